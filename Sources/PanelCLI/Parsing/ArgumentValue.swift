import PanelDocuments
import PanelDomain

/// A type an option or argument can hold, read from its text on the command line.
protocol ArgumentValue {
    static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> Self
    /// What the help shows after the option: `DAY`, `N`, `YYYY/YY`.
    static var placeholder: String { get }
}

extension String: ArgumentValue {
    static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> String {
        guard !text.utf8.contains(0) else { throw ValueError("holds a NUL character") }
        guard text.utf8.count <= 10_000 else { throw ValueError("is too long; at most 10,000 characters") }
        return text
    }
    static var placeholder: String { "TEXT" }
}

extension Int: ArgumentValue {
    static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> Int {
        guard let number = Int(text) else { throw ValueError(FieldKind.quoted(text, if: "0123456789+-.,") + "is not a whole number") }
        return number
    }
    static var placeholder: String { "N" }
}

extension Day: ArgumentValue {
    /// `YYYY-MM-DD`, `DD/MM/YYYY`, `today` or `yesterday`.
    static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> Day {
        switch text.lowercased() {
        case "today": return context.today
        case "yesterday": return context.today.adding(days: -1)
        default:
            guard let day = Day(parsing: text) else { throw ValueError(FieldKind.quoted(text, if: FieldKind.dayCharacters) + "is not a day; write YYYY-MM-DD or DD/MM/YYYY") }
            guard Day.accepted.contains(day) else { throw ValueError("'\(text)' \(Day.outsideAccepted)") }
            return day
        }
    }
    static var placeholder: String { "DAY" }
}

extension ReportingYear: ArgumentValue {
    static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> ReportingYear {
        guard let year = ReportingYear(parsing: text) else {
            throw ValueError(FieldKind.quoted(text, if: "0123456789/") + "is not a reporting year from 1900/01 to 2198/99; write it as 2024/25")
        }
        return year
    }
    static var placeholder: String { "YYYY/YY" }
}

extension TimeOfDay: ArgumentValue {
    static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> TimeOfDay {
        guard let time = TimeOfDay(parsing: text) else { throw ValueError(FieldKind.quoted(text, if: "0123456789:.") + "is not a time; write HH:MM") }
        return time
    }
    static var placeholder: String { "HH:MM" }
}

/// A choice among an enumeration's raw values; the help lists them.
protocol ChoiceValue: ArgumentValue, CaseIterable, RawRepresentable where RawValue == String {}

extension ChoiceValue {
    static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> Self {
        guard let value = Self(rawValue: text) else { throw ValueError(FieldKind.quoted(text, if: FieldKind.codeCharacters) + "is not one of \(choices.joined(separator: ", "))") }
        return value
    }
    static var placeholder: String { String(describing: Self.self).kebabCased.uppercased().trimmingCharacters(in: ["-"]) }
    static var choices: [String] { allCases.map(\.rawValue) }
}

extension Listing.Format: ChoiceValue {}
extension TemplateLibrary.Format: ChoiceValue {}
extension AgendaItem.Decision: ChoiceValue {}
extension AgendaItem.Recommendation: ChoiceValue {}
extension Meeting.Status: ChoiceValue {}
extension Attendance.Outcome: ChoiceValue {}
extension DeadlineCheck.Status: ChoiceValue {}
extension CaseKind: ChoiceValue {}
extension FosteringYear.ConversionBase: ChoiceValue {}
extension AnnualReport.Service: ChoiceValue {}

/// Comma-separated values: `--status overdue,due`.
struct List<Element: ArgumentValue>: ArgumentValue {
    let values: [Element]

    static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> List {
        var values: [Element] = []
        for part in text.split(separator: ",") {
            values.append(try Element.read(part.trimmingCharacters(in: .whitespaces), context))
        }
        guard !values.isEmpty else { throw ValueError("names nothing; give one or more, separated by commas") }
        return List(values: values)
    }
    static var placeholder: String { "LIST" }
}
extension Carer.Status: ChoiceValue {}
extension ItemAbsence.Reason: ChoiceValue {}
