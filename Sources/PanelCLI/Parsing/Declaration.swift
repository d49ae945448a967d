import PanelDomain

/// What the command line gives values in, for reading "today".
struct ParseContext {
    let today: Day
}

/// A value the command line gives that is not what it should be: the message says what
/// was expected; the parser adds where it was given.
struct ValueError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// One thing a command reads from its command line: an option, a flag or an argument.
final class Declaration {
    enum Kind {
        /// `arguments` takes every positional word left over: the last one declared.
        case option, flag, argument, arguments

        var isPositional: Bool { self == .argument || self == .arguments }
    }

    let kind: Kind
    /// The option's name without `--` (`as-of`), or the argument's (`ID`); nil until the
    /// parser names it after the property that declares it.
    var name: String?
    let placeholder: String
    let help: String
    let isRequired: Bool
    private let assign: (String, ParseContext) throws(ValueError) -> Void
    private(set) var isGiven = false

    init(_ kind: Kind, name: String?, placeholder: String, help: String, isRequired: Bool,
         assign: @escaping (String, ParseContext) throws(ValueError) -> Void) {
        self.kind = kind
        self.name = name
        self.placeholder = placeholder
        self.help = help
        self.isRequired = isRequired
        self.assign = assign
    }

    var displayName: String { kind.isPositional ? name ?? "" : "--" + (name ?? "") }

    func read(_ text: String, _ context: ParseContext) throws(ValueError) {
        try assign(text, context)
        isGiven = true
    }
}

/// A property that declares what a command reads.
protocol Declaring {
    /// The declarations, named after the property (`label`, without its `_`) unless they
    /// were named where declared.
    func declarations(label: String) -> [Declaration]
}

/// Holds a property's value once the command line is read.
final class Slot<Value> {
    var value: Value?
    init(_ value: Value?) { self.value = value }
}

extension String {
    /// `asOf` is `as-of`, as options are named.
    var kebabCased: String {
        var result = ""
        for character in self {
            if character.isUppercase {
                result += "-" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// Every declaration of a group of options and arguments, found by reflection in the order
/// its properties are declared; option groups are searched in turn.
func declarations(of arguments: any ParsableArguments) -> [Declaration] {
    Mirror(reflecting: arguments).children.flatMap { child -> [Declaration] in
        guard let label = child.label, let declaring = child.value as? Declaring else { return [] }
        return declaring.declarations(label: String(label.dropFirst()))
    }
}
