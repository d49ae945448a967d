import PanelApplication
import PanelDocuments
import PanelDomain

struct ExportAnnexA: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "annex-a", summary: "Write one of Ofsted's Annex A lists for an inspection: 10 (adoption) or 11 (adopters).",
        discussion: """
            The list for the 12 months before the inspection, with the headings of Ofsted's
            template (ILACS, "Child-level data: additional guidance and template for Annex
            A"), days as DD/MM/YYYY. Columns panel's records cannot fill (date of birth,
            sex, ethnicity, disability...) are left empty and named on standard error. Annex
            A has no fostering list.
              panel export annex-a --list 10 --as-of 2024-03-04 --format xlsx --output list10.xlsx
            """)

    @Option(help: "10 (children with a plan for adoption) or 11 (adopters).") var list: ListNumber
    @Option(name: "as-of", help: "The day of the inspection: the list covers the 12 months to it (default: today).") var asOf: Day?
    @Option(help: "csv or xlsx (default: csv).") var format: Format = .csv
    @Option(name: "output", "FILE", help: "Write to this file (created readable by its owner only); xlsx needs one.") var output: String?
    @Flag(help: "Start standard output with a UTF-8 byte-order mark too (files always have one).") var bom: Bool
    @OptionGroup var store: StoreOptions

    enum ListNumber: String, ChoiceValue {
        case adoption = "10", adopters = "11"
    }

    enum Format: String, ChoiceValue {
        case csv, xlsx
    }

    func validate() throws {
        if format == .xlsx && output == nil { throw CLIError.usage("--format xlsx needs --output FILE", command: "export annex-a") }
    }

    func run(_ context: Context) throws {
        let asOf = self.asOf ?? context.today
        let workspace = try context.workspace(store)
        let list = self.list == .adoption ? AnnexA.adoption : AnnexA.adopters
        func about(_ count: Int) -> [String] {
            let noun = list.number == 10 ? (count == 1 ? "child" : "children") : (count == 1 ? "household" : "households")
            return ["Ofsted Annex A, list \(list.number): \(list.title)", "The 12 months to \(asOf.long): \(count) \(noun)",
                    "Left empty, not in panel's records: \(list.unfilled.joined(separator: "; "))"]
        }
        var count = 0
        if format == .xlsx, let output {
            try context.writePackage(to: output) { file in
                try workspace.annexA(list, asOf: asOf, workbook: file) { found in
                    count = found
                    return about(found)
                }
            }
        } else if let output {
            count = try context.writeCSVFile(output) { write in try workspace.annexA(list, asOf: asOf, csv: write) }
        } else {
            if bom { context.writeOut(CSVWriter.byteOrderMark) }
            count = try workspace.annexA(list, asOf: asOf, csv: context.writeOut)
        }
        context.warn(about(count).joined(separator: "\n") + (output.map { "\nWritten to \(context.absolute($0))" } ?? ""))
    }
}
