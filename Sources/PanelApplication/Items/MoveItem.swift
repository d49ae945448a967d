import PanelDomain
import PanelStore

extension Workspace {
    /// Moves an item to another meeting, off a cancelled one or deferred by the panel,
    /// keeping where it was (`AgendaItem.moved`); the new meeting's booking rules apply, and
    /// `override` gives the reason for going beyond its capacity.
    public func moveItem(_ id: String, to target: String, reason: String?, override: String?) throws -> ItemMove {
        try write { database in
            let stored = try loadItem(id, database)
            guard let from = try CentralListStore(database).meeting(stored.meeting) else { throw StorageError.notFound(kind: "meeting", id: stored.meeting) }
            var (item, move) = try stored.moved(to: target, from: from, on: today, reason: reason).get()
            if let override { item.capacityOverride = override }
            try save(item, over: stored, in: database)
            try AgendaStore(database).recordMove(item: item.id, move)
            return move
        }
    }
}
