extension Template {
    /// Reads template source into nodes: text, variables, sections and partials. Works on
    /// Unicode scalars so that "\r\n" is two characters, as the spec's standalone rules need.
    struct Parser {
        let source: [Unicode.Scalar]
        let path: String
        var position = 0
        var open: [Unicode.Scalar] = ["{", "{"]
        var close: [Unicode.Scalar] = ["}", "}"]
        static let maximumSectionDepth = 100

        init(source: String, path: String) {
            self.source = Array(source.unicodeScalars)
            self.path = path
        }

        /// An open section while parsing: its name, where it began, what it holds so far.
        struct Frame {
            let name: String
            let inverted: Bool
            let at: Location
            var children: [Node] = []
        }

        mutating func parse() throws(MustacheError) -> [Node] {
            var frames = [Frame(name: "", inverted: false, at: Location(line: 1, column: 1))]
            var textStart = 0
            func append(_ node: Node) {
                if case .text(let text) = node, text.isEmpty { return }
                frames[frames.count - 1].children.append(node)
            }
            while let tagStart = find(open, from: position) {
                let at = location(of: tagStart)
                let contentStart = tagStart + open.count
                var closing = close
                if contentStart < source.count && source[contentStart] == "{" {
                    closing = ["}"] + close
                }
                guard let contentEnd = find(closing, from: contentStart) else {
                    throw error(at, "tag is never closed; expected \(String(String.UnicodeScalarView(closing)))")
                }
                let tagEnd = contentEnd + closing.count
                var content = String(String.UnicodeScalarView(source[contentStart..<contentEnd]))
                let sigil = content.unicodeScalars.first.map(Character.init) ?? " "
                let standaloneKinds: Set<Character> = ["!", "#", "^", "/", ">", "="]
                var textEnd = tagStart
                var next = tagEnd
                var indent = ""
                if standaloneKinds.contains(sigil), let line = standaloneLine(tagStart: tagStart, tagEnd: tagEnd, textStart: textStart) {
                    textEnd = line.start
                    next = line.next
                    indent = String(String.UnicodeScalarView(source[line.start..<tagStart]))
                }
                append(.text(String(String.UnicodeScalarView(source[textStart..<textEnd]))))
                position = next
                textStart = next
                switch sigil {
                case "!":
                    continue
                case "=":
                    guard content.hasSuffix("="), content.count >= 3 else { throw error(at, "a delimiter change is written {{=<% %>=}}") }
                    content = String(content.dropFirst().dropLast())
                    let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                    guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                        throw error(at, "a delimiter change needs two delimiters separated by a space, such as {{=<% %>=}}")
                    }
                    open = Array(parts[0].unicodeScalars)
                    close = Array(parts[1].unicodeScalars)
                case "#", "^":
                    // Rendering (and freeing) sections is recursive: a limit keeps a template
                    // from exhausting the stack. No paper needs more than a handful.
                    guard frames.count <= Self.maximumSectionDepth else {
                        throw error(at, "sections nest more than \(Self.maximumSectionDepth) deep")
                    }
                    frames.append(Frame(name: try name(content.dropFirst(), at), inverted: sigil == "^", at: at))
                case "/":
                    let closingName = try name(content.dropFirst(), at)
                    guard frames.count > 1 else { throw error(at, "{{/\(closingName)}} closes a section that was never opened") }
                    let frame = frames.removeLast()
                    guard frame.name == closingName else {
                        throw error(at, "{{/\(closingName)}} closes section '\(frame.name)' opened at line \(frame.at.line), column \(frame.at.column)")
                    }
                    append(.section(name: frame.name, inverted: frame.inverted, children: frame.children, at: frame.at))
                case ">":
                    append(.partial(name: try name(content.dropFirst(), at), indent: indent, at: at))
                case "&":
                    append(.variable(name: try name(content.dropFirst(), at), escaped: false, at: at))
                case "{":
                    append(.variable(name: try name(content.dropFirst(), at), escaped: false, at: at))
                default:
                    append(.variable(name: try name(content[...], at), escaped: true, at: at))
                }
            }
            append(.text(String(String.UnicodeScalarView(source[textStart...]))))
            guard frames.count == 1 else {
                let frame = frames[frames.count - 1]
                throw error(frame.at, "section '\(frame.name)' is never closed; expected {{/\(frame.name)}}")
            }
            return frames[0].children
        }

        /// A standalone tag has only spaces and tabs before it on its line and after it up to
        /// the line's end: then the whole line, newline included, disappears from the output.
        /// Returns where the line starts and where text resumes, or nil when not standalone.
        func standaloneLine(tagStart: Int, tagEnd: Int, textStart: Int) -> (start: Int, next: Int)? {
            var start = tagStart
            while start > 0 && (source[start - 1] == " " || source[start - 1] == "\t") { start -= 1 }
            guard start == 0 || source[start - 1] == "\n", start >= textStart else { return nil }
            var end = tagEnd
            while end < source.count && (source[end] == " " || source[end] == "\t") { end += 1 }
            if end == source.count { return (start, end) }
            if source[end] == "\n" { return (start, end + 1) }
            if source[end] == "\r" && end + 1 < source.count && source[end + 1] == "\n" { return (start, end + 2) }
            return nil
        }

        func name(_ text: Substring, _ at: Location) throws(MustacheError) -> String {
            let trimmed = text.trimmingSpaces()
            guard !trimmed.isEmpty else { throw error(at, "tag has no name") }
            return trimmed
        }

        func find(_ needle: [Unicode.Scalar], from start: Int) -> Int? {
            guard !needle.isEmpty, start + needle.count <= source.count else { return nil }
            var index = start
            while index + needle.count <= source.count {
                if source[index] == needle[0] && Array(source[index..<index + needle.count]) == needle { return index }
                index += 1
            }
            return nil
        }

        func location(of offset: Int) -> Location {
            var line = 1
            var column = 1
            for scalar in source[..<offset] {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return Location(line: line, column: column)
        }

        func error(_ at: Location, _ message: String) -> MustacheError {
            MustacheError(path: path, line: at.line, column: at.column, message: message)
        }
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
