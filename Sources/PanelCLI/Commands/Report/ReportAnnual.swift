import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct ReportAnnual: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "annual",
        summary: "The fostering or adoption annual report for a reporting year, with the previous year beside it.",
        discussion: """
            Every figure is computed from the records and has its definition and rounding in a
            note under its table. Formats: txt, md and html go through the annual-report
            templates (replace them with --templates DIR); html is a complete printable page
            with bar charts; csv is every table in one file with the table's id in the first
            column, or with --output DIR one file per table (DIR/items-by-type.csv ...), to
            paste into the council's own report; json is the data the templates receive.
              panel report annual --service fostering --year 2021/22 --format html --output report.html
              panel report annual --service adoption --year 2023/24 --format csv --output tables/
            """)
    static let fieldLocations = ["table": "--table"]

    @Option(help: "fostering or adoption.") var service: AnnualReport.Service
    @Option(help: "The reporting year (default: the last one ended).") var year: ReportingYear?
    @Option(name: "as-of", help: "The day deadlines are judged on (default: today).") var asOf: Day?
    @Option(name: "table", "LIST", help: "Only these tables, by id, comma-separated (the ids are the first column of the csv).") var table: List<String>?
    @Option(name: "conversion-base", "BASE", help: "Fostering conversion rate divides approvals by enquiries (default) or information-visits.")
    var conversionBase: FosteringYear.ConversionBase = .enquiries
    @Option(help: "Output format: txt, md, html, docx (Word) or xlsx (a workbook, a sheet a table), both with --output; csv or json (default: txt).") var format: Format = .txt
    @Option(name: "output", "FILE|DIR", help: "Write to this file (or, for csv, a folder of one file per table), readable by its owner only.") var output: String?
    @Option(name: "templates", "DIR", help: "A service's own templates, used before the shipped ones.") var templates: String?
    @OptionGroup var store: StoreOptions

    enum Format: String, ChoiceValue {
        case txt, md, html, docx, xlsx, csv, json
    }

    func run(_ context: Context) throws {
        let workspace = try context.workspace(store)
        let asOf = self.asOf ?? context.today
        // The last whole year before the as-of day; the first year there is, on its first days.
        let year = self.year ?? max(ReportingYear(containing: asOf).previous, ReportingYear(startYear: ReportingYear.accepted.lowerBound))
        let report = try workspace.annualReport(service, year: year, asOf: asOf, conversionBase: conversionBase, tables: table?.values)
        if format == .csv, let output, context.isFolder(output) {
            let folder = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
            try context.makeFolder(folder)
            for table in report.tables { try context.writeCSVFile(folder + "/" + table.id + ".csv", table.csv) }
            context.warn("\(report.tables.count) tables written to \(context.absolute(folder))")
            return
        }
        if format == .xlsx {
            try context.writeBinary(try Workbook.report(report.tables, data: report.data(false)), to: output)
            return
        }
        if format == .docx {
            // Tables with their notes; the charts are left out of the Word copy (the HTML has them).
            try context.writeBinary(try workspace.templates(own: templates.map(context.absolute)).renderWord("annual-report", data: report.data(false)), to: output)
            return
        }
        let text: String
        switch format {
        case .docx, .xlsx: return
        case .csv: text = ReportTable.combinedCSV(report.tables)
        case .json: text = JSONWriter.write(report.data(false)) + "\n"
        case .txt, .md, .html:
            text = try workspace.templates(own: templates.map(context.absolute))
                .render("annual-report", format: TemplateLibrary.Format(rawValue: format.rawValue)!, data: report.data(format == .html))
        }
        if format == .csv, let output {
            try context.writeCSVFile(output, text)
            context.warn("written to \(context.absolute(output))")
        } else {
            try context.emit(text, to: output)
        }
    }
}
