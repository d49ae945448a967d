import Mustache
import PanelDomain

/// The written notification of the agency decision maker's decision (DOMAIN.md D5), with the
/// representations and Independent Review Mechanism paragraph for a qualifying determination.
public enum DecisionLetter {
    /// `representationsRule` is the deadline rule for representations (D6 in the shipped rules).
    public static func data(_ papers: MeetingPapers, item: AgendaItem, today: Day, representationsRule: DeadlineRule, calendar: WorkingCalendar) throws -> DataValue {
        guard let decision = item.decision, let decided = item.admDecidedOn else {
            throw DocumentError.notReady("item \(item.id) has no ADM decision yet; record it with 'panel item decide \(item.id)'")
        }
        let qualifying = item.isQualifyingDetermination
        let representationsBy = representationsRule.dueDay(anchoredOn: decided, calendar: calendar)
        return .object(papers.header + [
            ("title", .string("Decision: \(item.caseRef)")),
            ("date", .string(today.long)),
            ("case_ref", .string(item.caseRef)),
            ("subject", .string(item.subject)),
            ("label", .string(papers.label(of: item))),
            ("recommendation", .string(item.recommendation?.label ?? "")),
            ("decision", .string(decision.label)),
            ("decision_day", .string(decided.long)),
            ("adm", .string(item.adm.isEmpty ? "The agency decision maker" : item.adm)),
            ("terms", .string(MinutesDocument.termsText(item))),
            ("reasons", .string(item.reasons)),
            ("qualifying_determination", .bool(qualifying)),
            ("representations_period", .string("\(representationsRule.amount) \(representationsRule.unit.label)")),
            ("representations_by", .string(representationsBy.long)),
        ])
    }
}
