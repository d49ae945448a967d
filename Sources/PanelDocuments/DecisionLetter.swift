import Mustache
import PanelDomain

/// The written notification of the agency decision maker's decision (DOMAIN.md D5): to the
/// family by name and address, headed as they would describe it, saying what was decided in
/// words for them, the terms of approval, the ADM's own reasons where they differ from the
/// panel's, and for a qualifying determination the representations and Independent Review
/// Mechanism paragraph with its last day written out.
public enum DecisionLetter {
    /// Whom the letter goes to: a name and the address's lines.
    public struct Addressee: Sendable {
        public let name: String
        public let lines: [String]

        public init(name: String, address: String) {
            self.name = name
            lines = address.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r\n" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// `representationsRule` is the panel kind's rule for representations (D6 fostering, D6a
    /// adoption); `date` is the letter's, the day the written decision is sent, from which
    /// the period counts. `redact` leaves initials and no address, for a file copy.
    public static func data(_ papers: MeetingPapers, item: AgendaItem, date: Day, to addressee: Addressee, representationsRule: DeadlineRule,
                            calendar: WorkingCalendar, redact: Bool = false) throws -> DataValue {
        guard let decision = item.decision, let decided = item.admDecidedOn else {
            throw DocumentError.notReady("item \(item.id) has no ADM decision yet; record it with 'panel item decide \(item.id)'")
        }
        let type = papers.itemTypes.first { $0.id == item.type }
        let qualifying = item.isQualifyingDetermination
        let outcome = decision == .agreed ? item.recommendation : item.admOutcome
        if decision == .notAgreed && outcome == nil {
            throw DocumentError.notReady("item \(item.id): the ADM did not agree with the panel, and what they decided instead is not recorded; record it with 'panel item decide \(item.id) --decision not-agreed --outcome ... --correct REASON'")
        }
        let adm = item.adm.isEmpty ? "The agency decision maker" : item.adm
        let decided_words: String
        switch decision {
        case .agreed:
            decided_words = "\(adm), the agency decision maker, considered the panel's recommendation and agreed with it on \(decided.long). "
                + (qualifying ? "The agency decision maker proposes \(words(outcome!))." : "The decision is \(words(outcome!)).")
        case .notAgreed:
            decided_words = "\(adm), the agency decision maker, considered the panel's recommendation and did not agree with it. On \(decided.long) the agency decision maker "
                + (qualifying ? "proposed \(words(outcome!))." : "decided \(words(outcome!)).")
        case .referredBack:
            decided_words = "\(adm), the agency decision maker, considered the panel's recommendation and on \(decided.long) referred your case back to the panel to consider again. We will write to you again once it has."
        }
        let showsTerms = [.approve, .changeTerms, .continueApproval].contains(outcome) && decision != .referredBack
        let representationsBy = representationsRule.dueDay(anchoredOn: date, calendar: calendar)
        let name = redact ? addressee.name.initials : addressee.name
        return .object(papers.header + [
            ("title", .string("Decision: \(item.caseRef)")),
            ("date", .string(date.long)),
            ("case_ref", .string(item.caseRef)),
            ("subject", .string(redact ? "" : item.subject)),
            ("heading", .string(type?.letterHeading ?? papers.label(of: item))),
            ("label", .string(papers.label(of: item))),
            ("addressee", .string(name)),
            ("address", .list(redact ? [] : addressee.lines.map(DataValue.string))),
            ("recommendation", .string(item.recommendation.map(words) ?? "")),
            ("decision_words", .string(decided_words)),
            ("decision", .string(decision.label)),
            ("decision_day", .string(decided.long)),
            ("adm", .string(adm)),
            ("terms", .string(showsTerms ? MinutesDocument.termsText(item) : "")),
            ("reasons", .string(item.reasons)),
            ("adm_reasons", .string(item.admReasons)),
            ("qualifying_determination", .bool(qualifying)),
            ("representations_period", .string("\(representationsRule.amount) \(representationsRule.unit.label)")),
            // "within 28 calendar days of" (fostering) or "within 40 working days beginning
            // with" (AAR 2005 reg 30B(5)(c)) the date of the letter.
            ("representations_from", .string(representationsRule.counting == .beginningWith ? "beginning with" : "of")),
            ("representations_by", .string(representationsBy.long)),
        ])
    }

    /// A recommendation or decision in words for the family.
    static func words(_ outcome: AgendaItem.Recommendation) -> String {
        switch outcome {
        case .approve: "to approve your application"
        case .notApprove: "not to approve your application"
        case .continueApproval: "that your approval continues"
        case .changeTerms: "to change your terms of approval"
        case .terminate: "to end your approval"
        case .match: "to approve the match"
        case .noMatch: "not to approve the match"
        case .noted: "to note the report"
        case .deferred: "to put off a recommendation until more is known"
        case .withdrawn: "that the case was withdrawn"
        }
    }
}
