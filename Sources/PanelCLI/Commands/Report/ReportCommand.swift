import Foundation
import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

enum ReportCommand {
    static let command = Command(
        name: "report",
        summary: "The annual report tables for the service manager.",
        subcommands: [annual])

    static let formats = ["txt", "md", "html", "csv", "json"]

    static let annual = Command(
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
            """,
        options: [
            Option(name: "service", value: "SERVICE", help: "fostering or adoption.", choices: AnnualReport.Service.allCases.map(\.rawValue)),
            Option(name: "year", value: "YYYY/YY", help: "The reporting year (default: the last one ended)."),
            Option(name: "as-of", value: "DAY", help: "The day deadlines are judged on (default: today)."),
            Option(name: "table", value: "LIST", help: "Only these tables, by id, comma-separated (the ids are the first column of the csv)."),
            Option(name: "conversion-base", value: "BASE", help: "Fostering conversion rate divides approvals by enquiries (default) or information-visits.",
                   choices: FosteringYear.ConversionBase.allCases.map(\.rawValue)),
            Option.format(formats),
            Option(name: "output", value: "FILE|DIR", help: "Write to this file (or, for csv, a folder of one file per table), readable by its owner only."),
            Option(name: "templates", value: "DIR", help: "A service's own templates, used before the shipped ones."),
        ],
        run: { invocation, context in
            guard let serviceName = invocation.option("service"), let service = AnnualReport.Service(rawValue: serviceName) else {
                throw invocation.usageError("--service is required: fostering or adoption")
            }
            let asOf = try invocation.dayOption("as-of") ?? context.today
            let year = try invocation.reportingYearOption() ?? ReportingYear(containing: asOf).previous
            let base = invocation.option("conversion-base").flatMap(FosteringYear.ConversionBase.init(rawValue:)) ?? .enquiries
            // Meetings and items of the year and the one before are all the report needs.
            let records = try context.serviceRecords(for: service, from: year.previous.first, through: year.last)
            var tables = AnnualReport.tables(service, records: records, year: year, asOf: asOf, conversionBase: base)
            if let list = invocation.option("table") {
                let wanted = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                if let unknown = wanted.first(where: { id in !tables.contains { $0.id == id } }) {
                    throw invocation.usageError("--table: no table '\(unknown)' in the \(service.rawValue) report; the tables are \(tables.map(\.id).joined(separator: ", "))")
                }
                tables = tables.filter { wanted.contains($0.id) }
            }
            let format = invocation.option("format") ?? "txt"
            let output = invocation.option("output")
            if format == "csv", let output, context.isFolder(output) {
                let folder = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
                try context.makeFolder(folder)
                for table in tables { try context.writeFile(folder + "/" + table.id + ".csv", table.csv) }
                context.warn("\(tables.count) tables written to \(context.absolute(folder))")
                return
            }
            let text: String
            switch format {
            case "csv": text = ReportTable.combinedCSV(tables)
            case "json": text = JSONWriter.write(AnnualReport.data(service, tables: tables, records: records, year: year, asOf: asOf, charts: false)) + "\n"
            default:
                let data = AnnualReport.data(service, tables: tables, records: records, year: year, asOf: asOf, charts: format == "html")
                text = try DocumentCommand.library(invocation, context).render("annual-report", format: TemplateLibrary.Format(rawValue: format)!, data: data)
            }
            if let output {
                try context.writeFile(output, text)
                context.warn("written to \(context.absolute(output))")
            } else {
                context.print(text)
            }
        })
}
