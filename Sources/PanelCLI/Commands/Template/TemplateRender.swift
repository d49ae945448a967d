import Foundation
import Mustache
import PanelDocuments
import PanelDomain

struct TemplateRender: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "render", summary: "Render any template file with JSON data.",
        discussion: """
            Partials ({{> name}}) are read from the template's folder as name.FORMAT.mustache,
            where FORMAT is the template's own (agenda.html.mustache uses html partials).
            Values are HTML-escaped when the template's name ends .html.mustache.
              panel meeting agenda fostering-2024-04-08 --format json > agenda.json
              panel template render my-agenda.txt.mustache --data agenda.json --strict
            """)

    @Argument("TEMPLATE", help: "The template file.") var template: String
    @Option(name: "data", "FILE", help: "The JSON data.") var data: String
    @Flag(help: "A name the data lacks is an error.") var strict: Bool

    func run(_ context: Context) throws {
        let path = context.absolute(template)
        let source = try context.readInput(template)
        let json = try context.readInput(data)
        let value: DataValue
        do {
            value = DataValue(json: try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]))
        } catch {
            throw Problem(file: context.absolute(data), field: nil, message: "is not valid JSON")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let parts = (path as NSString).lastPathComponent.split(separator: ".")
        let format = parts.count >= 3 ? String(parts[parts.count - 2]) : "txt"
        context.print(try Template(source, path: path).render(value, options: .init(
            strict: strict, escape: format == "html" ? Template.escapeHTML : Template.noEscaping,
            partials: TemplateLibrary(folders: [folder]).partials(extension: format))))
    }
}
