import PanelDocuments
import PanelDomain
import PanelStore

extension Workspace {
    /// One of Ofsted's Annex A lists for an inspection on `asOf` as CSV, its header and its
    /// rows in order of id, written to `write` in pieces of about 64 KB as the records are
    /// read from one snapshot; returns how many rows.
    public func annexA(_ list: AnnexAList, asOf: Day, csv write: (String) throws -> Void) throws -> Int {
        try read { database in
            var csv = CSVPieces(header: list.columns)
            let count = try annexARows(list, asOf: asOf, database) { row in
                if let piece = csv.append(row) { try write(piece) }
            }
            try write(csv.rest)
            return count
        }
    }

    /// The same list as a workbook written to `output` (`Workbook.annexA`), its rows read
    /// twice from one snapshot; `about` is handed how many rows.
    public func annexA<Output: ZipOutput>(_ list: AnnexAList, asOf: Day, workbook output: Output, about: (_ count: Int) -> [String]) throws -> Output {
        try read { database in
            try Workbook.annexA(list, to: output, about: about) { row in try annexARows(list, asOf: asOf, database, row) }
        }
    }

    /// Each row of the list, handed to `row` one at a time; returns how many. Only one child,
    /// or one household with its children, is held at a time.
    private func annexARows(_ list: AnnexAList, asOf: Day, _ database: Database, _ row: ([String]) throws -> Void) throws -> Int {
        var count = 0
        let store = JourneyStore(database)
        func add(_ found: [String]?) throws {
            guard let found else { return }
            try row(found)
            count += 1
        }
        if list.number == AnnexA.adoption.number {
            try store.forEachChild { try add(AnnexA.adoptionRow($0, asOf: asOf)) }
        } else {
            try store.forEachAdopterWithChildren { try add(AnnexA.adopterRow($0, children: $1, asOf: asOf)) }
        }
        return count
    }
}
