import PanelDomain
import PanelStore

extension Workspace {
    // MARK: Panels

    public func addPanel(_ id: String, _ changes: FieldChanges<Panel>) throws -> Panel {
        try write { database in
            let store = CentralListStore(database)
            if try store.panel(id) != nil { throw ApplicationError.alreadyExists(kind: "panel", id: id) }
            let panel = try changes.adding(["id": id]).applied(to: nil).get()
            try store.save(panel)
            return panel
        }
    }

    public func updatePanel(_ id: String, _ changes: FieldChanges<Panel>) throws -> SaveOutcome {
        try write { database in
            let store = CentralListStore(database)
            guard let stored = try store.panel(id) else { throw StorageError.notFound(kind: "panel", id: id) }
            return try store.save(try changes.applied(to: stored).get())
        }
    }

    public func panels() throws -> [Panel] {
        try read { try CentralListStore($0).panels() }
    }

    /// A panel and the people who sit on it on `day`.
    public func panel(_ id: String, on day: Day) throws -> (panel: Panel, seated: [(member: Member, role: Member.Role)]) {
        try read { database in
            let store = CentralListStore(database)
            guard let panel = try store.panel(id) else { throw StorageError.notFound(kind: "panel", id: id) }
            return (panel, CentralList.seated(try store.members(), on: [id], day: day))
        }
    }

    // MARK: The central list

    /// Adds someone to the central list, after checking their seats against the rest of it.
    public func addMember(_ id: String, _ changes: FieldChanges<Member>) throws -> Member {
        try write { database in
            if try CentralListStore(database).member(id) != nil { throw ApplicationError.alreadyExists(kind: "member", id: id) }
            let member = try changes.adding(["id": id]).applied(to: nil).get()
            try save(member, over: nil, in: database)
            return member
        }
    }

    public func updateMember(_ id: String, _ changes: FieldChanges<Member>) throws -> SaveOutcome {
        try write { database in
            guard let stored = try CentralListStore(database).member(id) else { throw StorageError.notFound(kind: "member", id: id) }
            return try save(try changes.applied(to: stored).get(), over: stored, in: database)
        }
    }

    /// Checks a member's seats against the list (`CentralList.seatProblems`) and saves them.
    @discardableResult
    private func save(_ member: Member, over stored: Member?, in database: Database) throws -> SaveOutcome {
        let store = CentralListStore(database)
        let problems = CentralList.seatProblems([member], existing: try store.members(), panels: try store.panels(), policy: try serviceData().policy)
        guard problems.isEmpty else { throw Problems(problems.map(\.problem), summary: "member \(member.id) was not saved") }
        return try store.save(member, over: stored)
    }

    /// The central list on `day` (everyone, with `all`), or those who sit on `panel`.
    public func members(panel: String?, on day: Day, all: Bool) throws -> [Member] {
        try read { database in
            try CentralListStore(database).members().filter { member in
                (all || member.isCurrent(on: day)) && (panel.map { member.role(on: $0) != nil } ?? true)
            }
        }
    }

    public func member(_ id: String) throws -> Member {
        try read { database in
            guard let member = try CentralListStore(database).member(id) else { throw StorageError.notFound(kind: "member", id: id) }
            return member
        }
    }

    /// What needs the administrator's attention on the central list and its panels on
    /// `day`: the list's own health, and adoption panels that have not met or given feedback.
    public func centralListHealth(on day: Day) throws -> [CentralList.Finding] {
        let policy = try serviceData().policy
        return try read { database in
            let store = CentralListStore(database)
            let panels = try store.panels()
            let adoption = panels.filter { $0.kind == .adoption }.map(\.id)
            let since = day.adding(months: -12 - policy.feedbackMonths)
            return CentralList.health(members: try store.members(), panels: panels, on: day, policy: policy)
                + CentralList.activity(panels: panels, meetings: try store.meetings(panels: adoption, from: since, through: day),
                                       items: try AgendaStore(database).items(panels: adoption, from: since, through: day), on: day, policy: policy)
        }
    }

    /// Removes someone added to the central list in error, while nothing refers to them:
    /// no attendance recorded, no item they took no part in. Being expected at a meeting is
    /// removed with them.
    public func removeMember(_ id: String) throws -> Member {
        try write { database in
            let store = CentralListStore(database)
            guard let member = try store.member(id) else { throw StorageError.notFound(kind: "member", id: id) }
            if try store.hasRecordedAttendance(member: id) || AgendaStore(database).hasAbsences(member: id) {
                throw ApplicationError.refused("\(id) has attendance recorded at a meeting, so they stay on the central list; record the day they left instead (--left-on)")
            }
            try store.remove(member: id)
            return member
        }
    }
}
