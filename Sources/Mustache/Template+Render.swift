extension Template {
    struct Renderer {
        let options: Options
        /// Parsed partials by name and indentation, so a partial used in a loop parses once.
        var partialCache: [String: Template] = [:]
        var depth = 0
        static let maximumPartialDepth = 64

        init(options: Options) { self.options = options }

        mutating func render(_ nodes: [Node], path: String, stack: [DataValue]) throws(MustacheError) -> String {
            var output = ""
            for node in nodes {
                switch node {
                case .text(let text):
                    output += text
                case .variable(let name, let escaped, let at):
                    guard let value = try lookup(name, in: stack, path: path, at: at) else { continue }
                    let text: String
                    switch value {
                    case .list, .object:
                        if options.strict { throw MustacheError(path: path, line: at.line, column: at.column, message: "'\(name)' is a \(value.kindName); use it as a section, {{#\(name)}}...{{/\(name)}}") }
                        text = ""
                    case .null: text = ""
                    case .bool(let flag): text = flag ? "true" : "false"
                    default: text = value.plainText
                    }
                    output += escaped ? options.escape(text) : text
                case .section(let name, let inverted, let children, let at):
                    let value = try lookup(name, in: stack, path: path, at: at) ?? .null
                    if inverted {
                        if value.isFalsey { output += try render(children, path: path, stack: stack) }
                    } else if case .list(let items) = value {
                        for item in items { output += try render(children, path: path, stack: stack + [item]) }
                    } else if !value.isFalsey {
                        output += try render(children, path: path, stack: stack + [value])
                    }
                case .partial(let name, let indent, let at):
                    output += try partial(name, indent: indent, stack: stack, path: path, at: at)
                }
            }
            return output
        }

        /// Spec rule: the first part of a dotted name is looked up through the whole stack,
        /// innermost first; the rest only within what it found. `.` is the current item.
        func lookup(_ name: String, in stack: [DataValue], path: String, at: Location) throws(MustacheError) -> DataValue? {
            if name == "." { return stack.last }
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            var found: DataValue?
            for context in stack.reversed() {
                if let value = context[parts[0]] {
                    found = value
                    break
                }
            }
            for part in parts.dropFirst() {
                found = found?[part]
            }
            if found == nil && options.strict {
                throw MustacheError(path: path, line: at.line, column: at.column, message: "no value named '\(name)' in the data")
            }
            return found
        }

        mutating func partial(_ name: String, indent: String, stack: [DataValue], path: String, at: Location) throws(MustacheError) -> String {
            let key = indent + "\u{0}" + name
            if partialCache[key] == nil {
                guard let source = options.partials(name) else {
                    if options.strict { throw MustacheError(path: path, line: at.line, column: at.column, message: "no partial named '\(name)'") }
                    return ""
                }
                partialCache[key] = try Template(Self.indent(source, by: indent), path: name)
            }
            guard depth < Self.maximumPartialDepth else {
                throw MustacheError(path: path, line: at.line, column: at.column, message: "partials nest more than \(Self.maximumPartialDepth) deep; is '\(name)' including itself?")
            }
            depth += 1
            defer { depth -= 1 }
            let template = partialCache[key]!
            return try render(template.nodes, path: template.path, stack: stack)
        }

        /// A standalone partial's indentation goes before every line of the partial's source.
        static func indent(_ source: String, by indent: String) -> String {
            guard !indent.isEmpty else { return source }
            var result = indent
            let scalars = Array(source.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                result.unicodeScalars.append(scalar)
                if scalar == "\n" && index + 1 < scalars.count { result += indent }
            }
            return result
        }
    }
}

extension DataValue {
    /// Sections skip null, false and empty lists, as the spec reads them, and the empty
    /// string too (as mustache.js does), so `{{#reasons}}...{{/reasons}}` omits a blank.
    var isFalsey: Bool {
        switch self {
        case .null, .bool(false): true
        case .string(let text): text.isEmpty
        case .list(let items): items.isEmpty
        default: false
        }
    }

    var kindName: String {
        switch self {
        case .list: "list"
        case .object: "object"
        default: "value"
        }
    }
}
