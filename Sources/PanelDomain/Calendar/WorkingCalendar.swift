/// Working days: Monday to Friday, less the bank holidays of England and Wales and any days
/// the service itself is closed (a council closing between Christmas and New Year, say).
public struct WorkingCalendar: Sendable {
    /// Bank holidays and local closures, each with the name shown when a day is skipped.
    public let closedDays: [Day: String]
    /// The years the bank-holiday list covers; outside them every weekday counts as working.
    public let coveredYears: ClosedRange<Int>?
    /// The covered years' working days, counted once, so that a report judging half a
    /// million deadlines looks them up instead of walking the calendar day by day.
    private let table: WorkingDayTable?

    public init(bankHolidays: [NamedDay], closures: [NamedDay] = []) {
        var closed: [Day: String] = [:]
        for holiday in bankHolidays { closed[holiday.day] = holiday.name }
        for closure in closures where closed[closure.day] == nil { closed[closure.day] = closure.name }
        self.closedDays = closed
        let years = bankHolidays.map(\.day.year)
        self.coveredYears = years.min().map { $0...years.max()! }
        self.table = coveredYears.map { years in
            WorkingDayTable(from: Day(year: years.lowerBound, month: 1, day: 1)!, through: Day(year: years.upperBound, month: 12, day: 31)!) { day in
                Self.isWorkingDay(day, closed: closed)
            }
        }
    }

    public func isWorkingDay(_ day: Day) -> Bool { Self.isWorkingDay(day, closed: closedDays) }

    private static func isWorkingDay(_ day: Day, closed: [Day: String]) -> Bool {
        !day.weekday.isWeekend && closed[day] == nil
    }

    /// Why a day is not a working day ("Saturday", "Easter Monday"), or nil when it is one.
    public func closure(on day: Day) -> String? {
        if day.weekday.isWeekend { return day.weekday.name }
        return closedDays[day]
    }

    public func covers(_ day: Day) -> Bool { coveredYears?.contains(day.year) ?? false }

    /// `day` plus `count` working days, with `day` itself as day 0, as "within N working days
    /// of X" is read (NMS 14.9). A negative count goes backwards. Zero returns `day` unchanged.
    public func adding(workingDays count: Int, to day: Day) -> Day {
        if let found = table?.adding(count, to: day) { return found }
        let step = count < 0 ? -1 : 1
        var remaining = count.magnitude
        var current = day
        while remaining > 0 {
            let next = current.adding(days: step)
            // At the first or last day there is nowhere further to count.
            if next == current { return current }
            current = next
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// The working days after `from` up to and including `to`: the inverse of
    /// `adding(workingDays:to:)` when `to` is a working day. Negative when `to` is earlier.
    public func workingDays(from: Day, to: Day) -> Int {
        if to < from { return -workingDays(from: to, to: from) }
        if let counted = table?.workingDays(from: from, to: to) { return counted }
        var count = 0
        var current = from
        while current < to {
            current = current.adding(days: 1)
            if isWorkingDay(current) { count += 1 }
        }
        return count
    }

    /// The days strictly after `from` up to and including `to` that are not working days.
    public func closures(after from: Day, through to: Day) -> [NamedDay] {
        let (low, high) = from <= to ? (from, to) : (to, from)
        return stride(from: low.ordinal + 1, through: high.ordinal, by: 1).compactMap { ordinal in
            let day = Day(ordinal: ordinal)
            return closure(on: day).map { NamedDay(day: day, name: $0) }
        }
    }
}

/// The working days of a span of days: how many fall before each day, and each one in turn.
private struct WorkingDayTable: Sendable {
    let first: Int
    /// `before[i]`: working days from `first` up to, not including, `first + i`.
    let before: [Int32]
    /// The working days, as offsets from `first`.
    let working: [Int32]

    init(from: Day, through: Day, isWorkingDay: (Day) -> Bool) {
        first = from.ordinal
        var before: [Int32] = [0]
        var working: [Int32] = []
        for offset in 0...(through.ordinal - from.ordinal) {
            if isWorkingDay(Day(ordinal: first + offset)) { working.append(Int32(offset)) }
            before.append(Int32(working.count))
        }
        self.before = before
        self.working = working
    }

    /// nil when the answer lies outside the span.
    func adding(_ count: Int, to day: Day) -> Day? {
        let offset = day.ordinal - first
        guard offset >= 0, offset + 1 < before.count else { return nil }
        if count == 0 { return day }
        // A count beyond the table's working days lands outside it: too far to add here.
        guard count.magnitude <= UInt(working.count) else { return nil }
        // Working days up to and including the day, or strictly before it, going backwards.
        let index = count > 0 ? Int(before[offset + 1]) - 1 + count : Int(before[offset]) + count
        guard index >= 0, index < working.count else { return nil }
        return Day(ordinal: first + Int(working[index]))
    }

    /// Working days after `from` up to and including `to` (`from` <= `to`); nil outside the span.
    func workingDays(from: Day, to: Day) -> Int? {
        let low = from.ordinal - first, high = to.ordinal - first
        guard low >= 0, high + 1 < before.count else { return nil }
        return Int(before[high + 1] - before[low + 1])
    }
}
