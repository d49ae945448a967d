import Mustache
import PanelApplication
import PanelDocuments
import PanelDomain

struct CarerList: ParsableCommand {
    static let configuration = CommandConfiguration(name: "list", summary: "Fostering households and where each stands.")

    @Option(help: "Only households at this point: \(Carer.Status.allCases.dropLast().map(\.rawValue).joined(separator: ", ")).") var status: Carer.Status?
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var listing: ListingOptions
    @OptionGroup var store: StoreOptions

    func run(_ context: Context) throws {
        let day = asOf.day ?? context.today
        let rows: [[DataValue]] = try context.workspace(store).carers().compactMap { carer in
            let status = carer.status(on: day)
            if let wanted = self.status, wanted != status { return nil }
            return [.string(carer.id), .string(carer.name), .string(status.rawValue), DataValue(carer.householdType?.rawValue),
                    DataValue(carer.approvedOn?.iso), DataValue(carer.leftOn?.iso ?? carer.closedOn?.iso)]
        }
        try context.print(Listing(columns: ["id", "name", "status", "household_type", "approved_on", "left_or_closed_on"], rows: rows), listing)
    }
}
