import Mustache
import PanelDomain

/// The written notification of the agency decision maker's decision (DOMAIN.md D5), with the
/// representations and Independent Review Mechanism paragraph for a qualifying determination.
public enum DecisionLetter {
    /// `representationsRule` is the deadline rule for representations (D6 in the shipped rules).
    /// `date` is the letter's: the day the written decision is sent; the period for
    /// representations counts from it.
    public static func data(_ papers: MeetingPapers, item: AgendaItem, date: Day, representationsRule: DeadlineRule, calendar: WorkingCalendar) throws -> DataValue {
        guard let decision = item.decision, let decided = item.admDecidedOn else {
            throw DocumentError.notReady("item \(item.id) has no ADM decision yet; record it with 'panel item decide \(item.id)'")
        }
        let qualifying = item.isQualifyingDetermination
        let representationsBy = representationsRule.dueDay(anchoredOn: date, calendar: calendar)
        return .object(papers.header + [
            ("title", .string("Decision: \(item.caseRef)")),
            ("date", .string(date.long)),
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
            // "within 28 calendar days of" (fostering) or "within 40 working days beginning
            // with" (AAR 2005 reg 30B(5)(c)) the date of the letter.
            ("representations_from", .string(representationsRule.counting == .beginningWith ? "beginning with" : "of")),
            ("representations_by", .string(representationsBy.long)),
        ])
    }
}
