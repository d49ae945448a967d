import Foundation
import Mustache

/// The document templates: `Templates/NAME.FORMAT.mustache`, with a service's own folder
/// (`--templates DIR`) consulted first, so a service can replace any template or partial.
public struct TemplateLibrary: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case txt, md, html
        /// The body of a Word document (`w:p` and `w:tbl`), placed in a package by `WordPackage`.
        case docx

        /// HTML and Markdown escape every value; plain text prints values as they are.
        var escape: @Sendable (String) -> String {
            switch self {
            case .html: Template.escapeHTML
            case .md: TemplateLibrary.escapeMarkdown
            case .docx: WordPackage.escapeXML
            case .txt: Template.noEscaping
            }
        }
    }

    /// A value as Markdown text that stays text: HTML's `& < >` as entities (so a `<script>`
    /// is shown, never passed through by pandoc), Markdown's inline and table syntax behind
    /// a backslash (`|` no longer ends a table cell), and a line break as a space, so that a
    /// value cannot end a table row or start a heading or a list.
    @Sendable static func escapeMarkdown(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "{", "}": escaped += "\\" + String(character)
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Searched in order: the service's folder, then the shipped one.
    public let folders: [String]

    public init(folders: [String]) { self.folders = folders }

    /// Renders template `name` in `format` with `data`, strictly: a name the data lacks is an
    /// error, reported with the template's path, line and column.
    /// A Word document: template `name` in docx renders the body, placed in a package whose
    /// header and footer carry the data's service, title and marking.
    public func renderWord(_ name: String, data: DataValue) throws -> Data {
        let body = try render(name, format: .docx, data: data)
        return try WordPackage.make(body: body, service: data.text("service"), title: data.text("title"), marking: data.text("marking"))
    }

    public func render(_ name: String, format: Format, data: DataValue) throws -> String {
        let path = try locate(name, format: format)
        let source = try read(path)
        return try Template(source, path: path).render(data, options: .init(strict: true, escape: format.escape, partials: partials(extension: format.rawValue)))
    }

    /// Partials for templates of one format: `{{> name}}` is `name.EXTENSION.mustache`.
    public func partials(extension: String) -> @Sendable (String) -> String? {
        let library = self
        return { name in (try? library.locate(name, extension: `extension`)).flatMap { try? library.read($0) } }
    }

    /// A template's file. Names are letters, digits, `-` and `_` only, so that no name can
    /// reach outside the templates folders (`../../etc/passwd` is refused).
    public func locate(_ name: String, format: Format) throws -> String {
        try locate(name, extension: format.rawValue)
    }

    func locate(_ name: String, extension: String) throws -> String {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw DocumentError.badTemplateName(name)
        }
        let file = "\(name).\(`extension`).mustache"
        for folder in folders where FileManager.default.fileExists(atPath: folder + "/" + file) {
            return folder + "/" + file
        }
        throw DocumentError.missingTemplate(file, folders: folders)
    }

    func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DocumentError.unreadable(path)
        }
        return text
    }
}

/// Why a document could not be made.
public enum DocumentError: Error, Equatable, LocalizedError {
    case badTemplateName(String)
    case missingTemplate(String, folders: [String])
    case unreadable(String)
    case notReady(String)

    public var errorDescription: String? {
        switch self {
        case .badTemplateName(let name): "'\(name)' is not a template name; use letters, digits, '-' and '_'"
        case .missingTemplate(let file, let folders): "no template \(file) in \(folders.joined(separator: " or "))"
        case .unreadable(let path): "cannot read \(path) as UTF-8 text"
        case .notReady(let message): message
        }
    }
}
