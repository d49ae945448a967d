import Foundation
import Mustache
import PanelDocuments

enum TemplateRender {
    static let command = Command(
        name: "template",
        summary: "Work with templates.",
        subcommands: [render])

    static let render = Command(
        name: "render",
        summary: "Render any template file with JSON data.",
        discussion: """
            Partials ({{> name}}) are read from the template's folder as name.FORMAT.mustache,
            where FORMAT is the template's own (agenda.html.mustache uses html partials).
            Values are HTML-escaped when the template's name ends .html.mustache.
              panel meeting agenda fostering-2024-04-08 --format json > agenda.json
              panel template render my-agenda.txt.mustache --data agenda.json --strict
            """,
        arguments: [Argument(name: "TEMPLATE", help: "The template file.")],
        options: [
            Option(name: "data", value: "FILE", help: "The JSON data (required)."),
            Option(name: "strict", value: nil, help: "A name the data lacks is an error."),
        ],
        run: { invocation, context in
            guard let dataPath = invocation.option("data") else { throw invocation.usageError("--data FILE is required") }
            let path = context.absolute(invocation.argument("TEMPLATE"))
            let source = try context.readInput(invocation.argument("TEMPLATE"))
            let json = try context.readInput(dataPath)
            let data: DataValue
            do {
                data = DataValue(json: try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]))
            } catch {
                throw CLIError.data("\(context.absolute(dataPath)) is not valid JSON")
            }
            let folder = (path as NSString).deletingLastPathComponent
            let parts = (path as NSString).lastPathComponent.split(separator: ".")
            let format = parts.count >= 3 ? String(parts[parts.count - 2]) : "txt"
            let template = try Template(source, path: path)
            context.print(try template.render(data, options: .init(
                strict: invocation.flag("strict"), escape: format == "html" ? Template.escapeHTML : Template.noEscaping,
                partials: TemplateLibrary(folders: [folder]).partials(extension: format))))
        })
}
