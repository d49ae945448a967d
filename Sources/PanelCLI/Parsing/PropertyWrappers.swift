import PanelDomain

/// An option that takes a value: `--as-of DAY`. Required unless it has a default or is
/// optional (nil when not given).
@propertyWrapper
struct Option<Value: ArgumentValue>: Declaring {
    private let slot: Slot<Value>
    private let name: String?
    private let help: String
    private let placeholder: String
    private let isRequired: Bool
    private let check: (Value) -> String?

    var wrappedValue: Value {
        // The parser refuses a command line without a required option before `run`.
        slot.value!
    }

    private init(value: Value?, name: String?, help: String, placeholder: String?, required: Bool, check: @escaping (Value) -> String?) {
        slot = Slot(value)
        self.name = name
        self.help = help
        self.placeholder = placeholder ?? Value.placeholder
        isRequired = required
        self.check = check
    }

    init(wrappedValue: Value, name: String? = nil, _ placeholder: String? = nil, help: String) {
        self.init(value: wrappedValue, name: name, help: help, placeholder: placeholder, required: false) { _ in nil }
    }

    /// Required, unless `Value` is optional: then nil when not given.
    init(name: String? = nil, _ placeholder: String? = nil, help: String) {
        let absent = (Value.self as? any ExpressibleByNilLiteral.Type).map { $0.init(nilLiteral: ()) as! Value }
        self.init(value: absent, name: name, help: help, placeholder: placeholder, required: absent == nil) { _ in nil }
    }

    func declarations(label: String) -> [Declaration] {
        let slot = self.slot, check = self.check
        return [Declaration(.option, name: name ?? label.kebabCased, placeholder: placeholder, help: help, isRequired: isRequired) { text, context throws(ValueError) in
            let value = try Value.read(text, context)
            if let problem = check(value) { throw ValueError(problem) }
            slot.value = value
        }]
    }
}

extension Option {
    /// A whole number that must be within `range`.
    init(wrappedValue: Int, name: String? = nil, _ placeholder: String? = nil, help: String, in range: ClosedRange<Int>) where Value == Int {
        self.init(value: wrappedValue, name: name, help: help, placeholder: placeholder, required: false) { range.contains($0) ? nil : FieldKind.describe(range) }
    }

    init(name: String? = nil, _ placeholder: String? = nil, help: String, in range: ClosedRange<Int>) where Value == Int? {
        self.init(value: .some(nil), name: name, help: help, placeholder: placeholder ?? "N", required: false) { value in
            value.map { range.contains($0) ? nil : FieldKind.describe(range) } ?? nil
        }
    }
}

extension Optional: ArgumentValue where Wrapped: ArgumentValue {
    static func read(_ text: String, _ context: ParseContext) throws(ValueError) -> Wrapped? { try Wrapped.read(text, context) }
    static var placeholder: String { Wrapped.placeholder }
}

/// An option that takes no value: `--dry-run`.
@propertyWrapper
struct Flag: Declaring {
    private let slot = Slot(false)
    private let name: String?
    private let help: String

    var wrappedValue: Bool { slot.value ?? false }

    init(name: String? = nil, help: String) {
        self.name = name
        self.help = help
    }

    func declarations(label: String) -> [Declaration] {
        let slot = self.slot
        return [Declaration(.flag, name: name ?? label.kebabCased, placeholder: "", help: help, isRequired: false) { _, _ in slot.value = true }]
    }
}

/// A positional argument, named in capitals in the help: `ID`, `DAY`.
@propertyWrapper
struct Argument<Value: ArgumentValue>: Declaring {
    private let slot = Slot<Value>(nil)
    private let name: String
    private let help: String

    var wrappedValue: Value { slot.value! }

    init(_ name: String, help: String) {
        self.name = name
        self.help = help
    }

    func declarations(label: String) -> [Declaration] {
        let slot = self.slot
        return [Declaration(.argument, name: name, placeholder: name, help: help, isRequired: true) { text, context throws(ValueError) in
            slot.value = try Value.read(text, context)
        }]
    }
}

/// Positional arguments, one or more, taking the words after any `Argument`: `FILE...`.
@propertyWrapper
struct Arguments<Value: ArgumentValue>: Declaring {
    private let slot = Slot<[Value]>([])
    private let name: String
    private let help: String

    var wrappedValue: [Value] { slot.value ?? [] }

    init(_ name: String, help: String) {
        self.name = name
        self.help = help
    }

    func declarations(label: String) -> [Declaration] {
        let slot = self.slot
        return [Declaration(.arguments, name: name, placeholder: name, help: help, isRequired: true) { text, context throws(ValueError) in
            slot.value = (slot.value ?? []) + [try Value.read(text, context)]
        }]
    }
}

/// Options declared once and shared by several commands (`--db` and `--local`).
@propertyWrapper
struct OptionGroup<Group: ParsableArguments>: Declaring {
    var wrappedValue: Group

    init() { wrappedValue = Group() }

    func declarations(label: String) -> [Declaration] { PanelCLI.declarations(of: wrappedValue) }
}
