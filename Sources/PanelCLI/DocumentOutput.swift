import Mustache
import PanelApplication
import PanelDocuments

/// A document rendered through its template in the format asked for (`json` prints the
/// data itself, so a template author sees every key), to `--output` or standard output.
enum DocumentOutput {
    static func emit(_ template: String, data: DataValue, _ options: DocumentOptions, workspace: Workspace, context: Context) throws {
        let library = try workspace.templates(own: options.templates.map(context.absolute))
        if options.format == .docx {
            try context.writeBinary(try library.renderWord(template, data: data), to: options.output)
            return
        }
        let text: String
        if options.format == .json {
            text = JSONWriter.write(data) + "\n"
        } else {
            let format = TemplateLibrary.Format(rawValue: options.format.rawValue)!
            text = try library.render(template, format: format, data: data)
        }
        try context.emit(text, to: options.output)
    }
}
