import PanelDomain

/// One option for each field of a record, as the record's `FieldTable` lists them:
/// `joined_on` is `--joined-on DAY`. What is given becomes `FieldChanges`, each value read
/// as its field's kind, so a value refused in a file is refused here with the same words.
/// A day may also be written `today` or `yesterday`; an empty value clears a field.
@propertyWrapper
struct Fields<Record>: Declaring {
    private let table: FieldTable<Record>
    private let only: [String]?
    private let except: Set<String>
    private let help: [String: String]
    private let names: [String: String]
    private let slot = Slot<[String: String]>([:])

    /// `only` picks some fields, in that order; `except` leaves some out; `names` gives a
    /// field an option name other than its own.
    init(_ table: FieldTable<Record>, only: [String]? = nil, except: Set<String> = ["id"], help: [String: String], names: [String: String] = [:]) {
        self.table = table
        self.only = only
        self.except = except
        self.help = help
        self.names = names
    }

    /// The changes given; a value of the wrong kind was refused while parsing.
    var wrappedValue: FieldChanges<Record> {
        // Every value was read as its kind when it was given, so this cannot fail.
        try! FieldChanges(slot.value ?? [:], table: table)
    }

    func declarations(label: String) -> [Declaration] {
        let slot = self.slot
        let fields = (only ?? table.columns).compactMap { table[$0] }.filter { !except.contains($0.name) }
        return fields.map { field in
            Declaration(.option, name: names[field.name] ?? field.name.replacingOccurrences(of: "_", with: "-"), placeholder: Self.placeholder(field),
                        help: help[field.name] ?? "", isRequired: false) { text, context throws(ValueError) in
                var text = text
                if field.kind == .day, ["today", "yesterday"].contains(text.lowercased()) { text = try Day.read(text, context).iso }
                do {
                    _ = try FieldChanges([field.name: text], table: table)
                } catch let problems as Problems {
                    throw ValueError(problems.list.first?.message ?? "is not a value for \(field.name)")
                } catch {
                    throw ValueError("is not a value for \(field.name)")
                }
                slot.value?[field.name] = text
            }
        }
    }

    private static func placeholder(_ field: Field<Record>) -> String {
        switch field.kind {
        case .day: "DAY"
        case .days, .dayList: "DAYS"
        case .time: "HH:MM"
        case .number: "N"
        case .yesNo: "YES-NO"
        case .identifier: "ID"
        case .choice: field.name.uppercased().replacingOccurrences(of: "_", with: "-")
        case .text, .list: "TEXT"
        }
    }
}
