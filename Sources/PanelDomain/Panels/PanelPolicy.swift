import Foundation

/// The quorum rule and the central list's limits, loaded from `Data/panels.ini`.
public struct PanelPolicy: Equatable, Sendable {
    public var quorumMembers: Int
    /// For a panel constituted jointly by two or more agencies or services.
    public var jointPanelQuorumMembers: Int
    public var quorumNeedsChairOrViceChair: Bool
    public var quorumQualifiedSocialWorkers: Int
    public var experienceYears: Int
    /// When the chair is absent and the vice chair who chairs is not independent, one other
    /// member must be (reg 6 AAR 2005).
    public var independentWhenViceChairChairs: Bool
    /// Independent members always required, by local policy.
    public var quorumIndependentMembers: Int
    public var maximumViceChairs: Int
    /// A fostering panel's chair who joined on or after this day must be independent.
    public var independentChairFrom: Day
    /// The adoption central list must hold the agency's medical adviser.
    public var adoptionMedicalAdviser: Bool
    public var appraisalMonths: Int
    public var dbsMonths: Int
    public var noticeMonths: Int
    /// Adoption panels meet at least this often, in months, and give feedback on reports
    /// this often, as items of `feedbackType`.
    public var adoptionMeetingMonths: Int
    public var feedbackMonths: Int
    public var feedbackType: String
    /// Item types limited per meeting (Skills to Foster and family-and-friends assessments),
    /// on which kinds of panel, and how many.
    public var capacityTypes: [String]
    public var capacityPanelKinds: [Panel.Kind]
    public var capacityMaximum: Int
    /// Where the annual report's bands of years fostering at leaving begin (after "under").
    public var yearsFosteringBands: [Int]
    /// What the papers print: the contact officer for an agenda, and the protective marking.
    public var contactName = ""
    public var contactTelephone = ""
    public var contactEmail = ""
    public var marking = "CONFIDENTIAL"

    static let fields: [String: [String]] = [
        "quorum": ["members", "joint-panel-members", "chair-or-vice-chair", "qualified-social-workers", "experience-years",
                   "independent-when-vice-chair-chairs", "independent-members"],
        "central-list": ["vice-chairs", "independent-chair-from", "adoption-medical-adviser", "appraisal-months", "dbs-months", "notice-months"],
        "capacity": ["types", "maximum", "panels"],
        "reports": ["years-fostering-bands"],
        "adoption-panel": ["meeting-months", "feedback-months", "feedback-type"],
        "papers": ["contact-name", "contact-telephone", "contact-email", "marking"],
    ]

    /// Reads the shipped file, then each override, later values replacing earlier ones.
    /// Every field must be set by the shipped file, so nothing falls back to a number in code.
    public static func load(shipped: SettingsFile, overrides: [SettingsFile] = []) throws(Problem) -> PanelPolicy {
        var values: [String: (value: String, line: Int, file: String)] = [:]
        for file in [shipped] + overrides {
            for section in file.sections {
                guard let known = fields[section.name] else {
                    throw Problem(file: file.path, line: section.line, field: "section", message: "[\(section.name)] is not a section; expected [quorum], [central-list], [capacity], [reports], [adoption-panel] or [papers]")
                }
                for entry in section.entries {
                    guard known.contains(entry.key) else {
                        throw Problem(file: file.path, line: entry.line, field: entry.key, message: "is not a field of [\(section.name)]; expected one of: \(known.joined(separator: ", "))")
                    }
                    values["\(section.name).\(entry.key)"] = (entry.value, entry.line, file.path)
                }
            }
        }
        func value(_ key: String) throws(Problem) -> (value: String, line: Int, file: String) {
            guard let found = values[key] else {
                let parts = key.split(separator: ".")
                throw Problem(file: shipped.path, line: 1, field: String(parts[1]), message: "missing from [\(parts[0])]")
            }
            return found
        }
        /// A count or interval: no panel, list or interval in the regulations comes near 1,000.
        func number(_ key: String) throws(Problem) -> Int {
            let found = try value(key)
            guard let number = Int(found.value), number >= 0 else {
                throw Problem(file: found.file, line: found.line, field: String(key.split(separator: ".")[1]), message: "'\(found.value)' is not a whole number of 0 or more")
            }
            guard number <= 999 else {
                throw Problem(file: found.file, line: found.line, field: String(key.split(separator: ".")[1]), message: "\(number) is more than any panel or interval needs; at most 999")
            }
            return number
        }
        func flag(_ key: String) throws(Problem) -> Bool {
            let found = try value(key)
            switch found.value {
            case "yes": return true
            case "no": return false
            default: throw Problem(file: found.file, line: found.line, field: String(key.split(separator: ".")[1]), message: "'\(found.value)' is not yes or no")
            }
        }
        func list(_ key: String) throws(Problem) -> [String] {
            try value(key).value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func day(_ key: String) throws(Problem) -> Day {
            let found = try value(key)
            guard let day = Day(parsing: found.value), Day.accepted.contains(day) else {
                throw Problem(file: found.file, line: found.line, field: String(key.split(separator: ".")[1]), message: "'\(found.value)' is not a day from 1900-01-01 to 2199-12-31; write YYYY-MM-DD")
            }
            return day
        }
        var capacityKinds: [Panel.Kind] = []
        for name in try list("capacity.panels") {
            guard let kind = Panel.Kind(rawValue: name) else {
                let found = try value("capacity.panels")
                throw Problem(file: found.file, line: found.line, field: "panels", message: "'\(name)' is not a kind of panel; expected fostering, adoption or long-term-matching")
            }
            capacityKinds.append(kind)
        }
        var bands: [Int] = []
        for text in try list("reports.years-fostering-bands") {
            guard let band = Int(text), band > (bands.last ?? 0), band <= 99 else {
                let found = try value("reports.years-fostering-bands")
                throw Problem(file: found.file, line: found.line, field: "years-fostering-bands", message: "'\(text)' is not a whole number above the one before it, up to 99")
            }
            bands.append(band)
        }
        var policy = PanelPolicy(
            quorumMembers: try number("quorum.members"),
            jointPanelQuorumMembers: try number("quorum.joint-panel-members"),
            quorumNeedsChairOrViceChair: try flag("quorum.chair-or-vice-chair"),
            quorumQualifiedSocialWorkers: try number("quorum.qualified-social-workers"),
            experienceYears: try number("quorum.experience-years"),
            independentWhenViceChairChairs: try flag("quorum.independent-when-vice-chair-chairs"),
            quorumIndependentMembers: try number("quorum.independent-members"),
            maximumViceChairs: try number("central-list.vice-chairs"),
            independentChairFrom: try day("central-list.independent-chair-from"),
            adoptionMedicalAdviser: try flag("central-list.adoption-medical-adviser"),
            appraisalMonths: try number("central-list.appraisal-months"),
            dbsMonths: try number("central-list.dbs-months"),
            noticeMonths: try number("central-list.notice-months"),
            adoptionMeetingMonths: try number("adoption-panel.meeting-months"),
            feedbackMonths: try number("adoption-panel.feedback-months"),
            feedbackType: try value("adoption-panel.feedback-type").value,
            capacityTypes: try list("capacity.types"),
            capacityPanelKinds: capacityKinds,
            capacityMaximum: try number("capacity.maximum"),
            yearsFosteringBands: bands)
        policy.contactName = try value("papers.contact-name").value
        policy.contactTelephone = try value("papers.contact-telephone").value
        policy.contactEmail = try value("papers.contact-email").value
        policy.marking = try value("papers.marking").value
        if policy.marking.isEmpty { policy.marking = "CONFIDENTIAL" }
        return policy
    }
}

extension PanelPolicy {
    /// The quorum rule in words: "at least 5 members (6 for a joint panel), including the
    /// chair or a vice chair and at least 1 social worker with 3 years' post-qualifying
    /// experience; an independent member when a vice chair who is not independent chairs."
    public var quorumDescription: String {
        var parts: [String] = []
        if quorumNeedsChairOrViceChair { parts.append("the chair or a vice chair") }
        if quorumQualifiedSocialWorkers > 0 {
            parts.append("at least \(quorumQualifiedSocialWorkers) social worker with \(experienceYears) years' post-qualifying experience")
        }
        if quorumIndependentMembers > 0 { parts.append("at least \(quorumIndependentMembers) independent member") }
        let required = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.first
        return "at least \(quorumMembers) members (\(jointPanelQuorumMembers) for a joint panel)" + (required.map { ", including \($0)" } ?? "")
            + (independentWhenViceChairChairs ? "; and when the chair is absent and the vice chair who chairs is not independent, another member who is." : ".")
    }
}
