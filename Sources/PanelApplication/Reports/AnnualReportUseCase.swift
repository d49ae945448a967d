import Foundation
import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

/// An annual report's tables and what its templates receive.
public struct AnnualReportResult: Sendable {
    public let tables: [ReportTable]
    /// The data the report's templates receive; `charts` draws the HTML's bar charts.
    public let data: @Sendable (_ charts: Bool) -> DataValue
}

extension Workspace {
    /// The fostering or adoption annual report for `year`, with the previous year beside
    /// it, judged on `asOf`; `tables` picks some tables by id.
    public func annualReport(_ service: AnnualReport.Service, year: ReportingYear, asOf: Day,
                             conversionBase: FosteringYear.ConversionBase, tables wanted: [String]?) throws -> AnnualReportResult {
        // Meetings and items of the year and the one before are all the report needs.
        let records = try serviceRecords(for: service, from: year.previous.first, through: year.last)
        var tables = AnnualReport.tables(service, records: records, year: year, asOf: asOf, conversionBase: conversionBase)
        if let wanted {
            if let unknown = wanted.first(where: { id in !tables.contains { $0.id == id } }) {
                throw Problems([Problem(field: "table", message: "no table \(FieldKind.id(unknown, or: "of the name given")) in the \(service.rawValue) report; the tables are \(tables.map(\.id).joined(separator: ", "))")],
                               summary: "", cause: .values)
            }
            tables = tables.filter { wanted.contains($0.id) }
        }
        let chosen = tables
        return AnnualReportResult(tables: chosen) { charts in
            AnnualReport.data(service, tables: chosen, records: records, year: year, asOf: asOf, charts: charts)
        }
    }

    /// Every record a report or check is computed from, with the service's data files. For
    /// one service's report, only its kinds of panel and its journeys; meetings and items
    /// only between `from` and `through` when they are given.
    public func serviceRecords(for service: AnnualReport.Service? = nil, from: Day? = nil, through: Day? = nil) throws -> ServiceRecords {
        let data = try serviceData()
        return try read { database in
            let central = CentralListStore(database)
            let journeys = JourneyStore(database)
            let panels = try central.panels()
            let wanted = service.map { service in panels.filter { service.panelKinds.contains($0.kind) }.map(\.id) }
            return ServiceRecords(
                serviceName: try Store.serviceName(database), panels: panels, members: try central.members(),
                meetings: try central.meetings(panels: wanted, from: from, through: through),
                items: try AgendaStore(database).items(panels: wanted, from: from, through: through),
                adopters: service == .fostering ? [] : try journeys.adopters(matches: true),
                children: service == .fostering ? [] : try journeys.children(),
                carers: service == .adoption ? [] : try journeys.carers(),
                itemTypes: data.itemTypes, rules: data.rules, calendar: data.calendar, policy: data.policy)
        }
    }

    /// The templates: a service's own folder, when given, before the shipped ones.
    public func templates(own folder: String?) throws -> TemplateLibrary {
        var folders = [(dataDirectory as NSString).deletingLastPathComponent + "/Templates"]
        if let folder {
            guard FileManager.default.fileExists(atPath: folder) else { throw ApplicationError.noInput("the templates folder \(folder) does not exist") }
            folders.insert(folder, at: 0)
        }
        return TemplateLibrary(folders: folders)
    }
}
