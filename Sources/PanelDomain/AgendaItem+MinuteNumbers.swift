/// Minute numbers run on through each panel's reporting year (S002), given in agenda order
/// as each item's minutes become final.
extension AgendaItem {
    /// True when `self` comes before `other` on the agendas: by meeting day, start time and
    /// id, then position (unplaced items last), slot and id, as the store lists them.
    public func isBefore(_ other: AgendaItem, meetings: [String: Meeting]) -> Bool {
        if meeting != other.meeting, let mine = meetings[meeting], let theirs = meetings[other.meeting] {
            if mine.date != theirs.date { return mine.date < theirs.date }
            if mine.startTime != theirs.startTime { return mine.startTime < theirs.startTime }
            return mine.id < theirs.id
        }
        if (order == nil) != (other.order == nil) { return order != nil }
        if order != other.order { return order! < other.order! }
        if slot != other.slot {
            // No slot comes first, as SQL sorts NULL.
            guard let mine = slot else { return true }
            guard let theirs = other.slot else { return false }
            return mine < theirs
        }
        return id < other.id
    }

    /// `items` with the next number of their panel's year given to each whose minutes are
    /// final but unnumbered, in agenda order. `highest` is the highest number a panel has
    /// already used in a year; items on meetings not in `meetings` are left as they are.
    public static func numberingMinutes(_ items: [AgendaItem], meetings: [String: Meeting],
                                        highest: (_ panel: String, ReportingYear) throws -> Int) rethrows -> [AgendaItem] {
        var numbered = items
        let waiting = items.indices
            .filter { items[$0].finalMinutesOn != nil && items[$0].minuteNumber == nil && meetings[items[$0].meeting] != nil }
            .sorted { items[$0].isBefore(items[$1], meetings: meetings) }
        // Each panel's year is read once and counted on from there, so numbering a whole
        // imported history is linear.
        var next: [String: Int] = [:]
        for index in waiting {
            let meeting = meetings[items[index].meeting]!
            let year = ReportingYear(containing: meeting.date)
            let key = meeting.panel + " " + year.label
            let number = try (next[key] ?? highest(meeting.panel, year)) + 1
            next[key] = number
            numbered[index].minuteNumber = number
        }
        return numbered
    }
}
