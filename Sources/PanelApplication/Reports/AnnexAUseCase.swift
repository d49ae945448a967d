import PanelDomain
import PanelStore

extension Workspace {
    /// One of Ofsted's Annex A lists (10, adoption; 11, adopters) for an inspection on
    /// `asOf`, from one snapshot of the records.
    public func annexA(list: Int, asOf: Day) throws -> AnnexAList {
        try read { database in
            let store = JourneyStore(database)
            return list == 10 ? AnnexA.adoption(try store.children(), asOf: asOf) : AnnexA.adopters(try store.adopters(), children: try store.children(), asOf: asOf)
        }
    }
}
