/// Minute numbers run on through each panel's reporting year (S002), given in agenda order
/// as each item's minutes become final.
extension AgendaItem {
    /// Where an item stands on the agendas: by meeting day, start time and id, then position
    /// (unplaced items last), slot (none first, as SQL sorts NULL) and id, as the store
    /// lists them.
    public struct AgendaPlace: Comparable, Sendable {
        let day: Day
        let start: TimeOfDay
        let meeting: String
        let position: Int
        let slot: Int
        let id: String

        public static func < (a: AgendaPlace, b: AgendaPlace) -> Bool {
            if a.day != b.day { return a.day < b.day }
            if a.start != b.start { return a.start < b.start }
            if a.meeting != b.meeting { return a.meeting < b.meeting }
            if a.position != b.position { return a.position < b.position }
            if a.slot != b.slot { return a.slot < b.slot }
            return a.id < b.id
        }
    }

    public func place(on meeting: Meeting) -> AgendaPlace {
        AgendaPlace(day: meeting.date, start: meeting.startTime, meeting: meeting.id, position: order ?? .max, slot: slot?.minutes ?? -1, id: id)
    }

    /// Gives each of `items` whose minutes are final but unnumbered the next number of its
    /// panel's year, in agenda order. `highest` is the highest number a panel has already
    /// used in a year, beside which the numbers `items` hold count as used; items on
    /// meetings not in `meetings` are left as they are. Numbered in place: an import numbers
    /// 300,000 items, and a numbered copy of them was 140 MB more.
    public static func numberMinutes(_ items: inout [AgendaItem], meetings: [String: Meeting],
                                     highest: (_ panel: String, ReportingYear) throws -> Int) rethrows {
        struct PanelYear: Hashable {
            let panel: String
            let year: ReportingYear
            init(_ meeting: Meeting) {
                panel = meeting.panel
                year = ReportingYear(containing: meeting.date)
            }
        }
        var used: [PanelYear: Int] = [:]
        for item in items {
            guard let number = item.minuteNumber, let meeting = meetings[item.meeting] else { continue }
            used[PanelYear(meeting)] = max(number, used[PanelYear(meeting)] ?? 0)
        }
        let waiting = items.indices.compactMap { index -> (index: Int, key: PanelYear, place: AgendaPlace)? in
            let item = items[index]
            guard item.finalMinutesOn != nil, item.minuteNumber == nil, let meeting = meetings[item.meeting] else { return nil }
            return (index, PanelYear(meeting), item.place(on: meeting))
        }.sorted { $0.place < $1.place }
        // Each panel's year is read once and counted on from there, so numbering a whole
        // imported history is linear.
        var next: [PanelYear: Int] = [:]
        for (index, key, _) in waiting {
            let number = try (next[key] ?? max(highest(key.panel, key.year), used[key] ?? 0)) + 1
            next[key] = number
            items[index].minuteNumber = number
        }
    }
}
