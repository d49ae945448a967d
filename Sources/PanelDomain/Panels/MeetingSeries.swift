/// A rule for a series of panel dates, such as "2nd and 4th Monday" (fostering panels twice
/// a month on Mondays, as councils commonly timetable them).
public struct MeetingSeries: Equatable, Sendable {
    /// Which occurrences of the weekday in a month: 1 to 5, or -1 for the last.
    public let occurrences: [Int]
    public let weekday: Weekday

    static let ordinalWords: [String: Int] = [
        "1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4, "fourth": 4,
        "5th": 5, "fifth": 5, "last": -1,
    ]

    /// Reads "2nd and 4th Monday", "1st, 3rd Tuesday of each month", "last Wednesday",
    /// "every Thursday". Nil with no guess when the words are not understood.
    public init?(parsing text: String) {
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if words.suffix(3) == ["of", "each", "month"] || words.suffix(3) == ["of", "the", "month"] { words.removeLast(3) }
        words.removeAll { $0 == "and" }
        guard let last = words.popLast(), !words.isEmpty,
            let weekday = Weekday.allCases.first(where: { $0.name.lowercased() == last || $0.name.lowercased() + "s" == last })
        else { return nil }
        if words == ["every"] {
            occurrences = [1, 2, 3, 4, 5]
        } else {
            var found: [Int] = []
            for word in words {
                guard let number = Self.ordinalWords[word], !found.contains(number) else { return nil }
                found.append(number)
            }
            occurrences = found.sorted { ($0 == -1 ? 6 : $0) < ($1 == -1 ? 6 : $1) }
        }
        self.weekday = weekday
    }

    /// The series' days from `first` to `last`, split into those that are working days and
    /// those skipped because they are bank holidays or closures.
    public func days(from first: Day, through last: Day, calendar: WorkingCalendar) -> (meetings: [Day], skipped: [NamedDay]) {
        var meetings: [Day] = []
        var skipped: [NamedDay] = []
        var month = Day(year: first.year, month: first.month, day: 1)!
        while month <= last {
            let length = Day.length(ofMonth: month.month, year: month.year)
            let matching = (0..<length).map { month.adding(days: $0) }.filter { $0.weekday == weekday }
            let chosen = Set(occurrences.compactMap { occurrence -> Day? in
                if occurrence == -1 { return matching.last }
                return occurrence <= matching.count ? matching[occurrence - 1] : nil
            })
            for day in chosen.sorted() where first <= day && day <= last {
                if let closure = calendar.closure(on: day) {
                    skipped.append(NamedDay(day: day, name: closure))
                } else {
                    meetings.append(day)
                }
            }
            month = month.adding(months: 1)
        }
        return (meetings, skipped)
    }
}
