/// A parsed Mustache template (https://mustache.github.io/mustache.5.html).
///
/// Parsing is done once; rendering walks the tree with a stack of contexts.
public struct Template: Sendable {
    /// Where a tag stands in its template, for error messages.
    struct Location: Equatable, Sendable {
        let line: Int
        let column: Int
    }

    indirect enum Node: Equatable, Sendable {
        case text(String)
        case variable(name: String, escaped: Bool, at: Location)
        case section(name: String, inverted: Bool, children: [Node], at: Location)
        case partial(name: String, indent: String, at: Location)
    }

    public let path: String
    let nodes: [Node]

    /// Parses `source`; `path` names the template in errors.
    public init(_ source: String, path: String = "template") throws(MustacheError) {
        self.path = path
        var parser = Parser(source: source, path: path)
        self.nodes = try parser.parse()
    }

    /// How a render treats names, escaping and partials.
    public struct Options: Sendable {
        /// A name the data lacks is an error rather than an empty string, so that a typo in a
        /// template never prints a blank into a panel paper.
        public var strict: Bool
        /// Applied to `{{name}}` and never to `{{{name}}}` or `{{& name}}`.
        public var escape: @Sendable (String) -> String
        /// The source of a partial by name; nil when there is none.
        public var partials: @Sendable (String) -> String?

        public init(strict: Bool = false, escape: @escaping @Sendable (String) -> String = Template.escapeHTML,
                    partials: @escaping @Sendable (String) -> String? = { _ in nil }) {
            self.strict = strict
            self.escape = escape
            self.partials = partials
        }
    }

    public func render(_ data: DataValue, options: Options = Options()) throws(MustacheError) -> String {
        var renderer = Renderer(options: options)
        return try renderer.render(nodes, path: path, stack: [data])
    }

    /// HTML escaping for `.html` output: the five characters that can change markup.
    @Sendable public static func escapeHTML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// No escaping, for plain text and Markdown.
    @Sendable public static func noEscaping(_ text: String) -> String { text }
}
