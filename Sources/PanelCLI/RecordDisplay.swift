import PanelDocuments
import Mustache

/// One record printed as aligned `field  value` lines, or as a JSON object.
enum RecordDisplay {
    static func show(_ pairs: [(String, DataValue)], _ options: ShowOptions, context: Context) {
        if options.format == .json {
            context.print(JSONWriter.write(.object(pairs)))
            return
        }
        context.print(Listing(columns: ["field", "value"], rows: pairs.map { [.string($0.0), $0.1] }).render(.table, headers: false))
    }
}
