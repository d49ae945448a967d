/// Working days: Monday to Friday, less the bank holidays of England and Wales and any days
/// the service itself is closed (a council closing between Christmas and New Year, say).
public struct WorkingCalendar: Sendable {
    /// Bank holidays and local closures, each with the name shown when a day is skipped.
    public let closedDays: [Day: String]
    /// The years the bank-holiday list covers; outside them every weekday counts as working.
    public let coveredYears: ClosedRange<Int>?

    public init(bankHolidays: [NamedDay], closures: [NamedDay] = []) {
        var closed: [Day: String] = [:]
        for holiday in bankHolidays { closed[holiday.day] = holiday.name }
        for closure in closures where closed[closure.day] == nil { closed[closure.day] = closure.name }
        self.closedDays = closed
        let years = bankHolidays.map(\.day.year)
        self.coveredYears = years.min().map { $0...years.max()! }
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        !day.weekday.isWeekend && closedDays[day] == nil
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
        let step = count < 0 ? -1 : 1
        var remaining = abs(count)
        var current = day
        while remaining > 0 {
            current = current.adding(days: step)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// The working days after `from` up to and including `to`: the inverse of
    /// `adding(workingDays:to:)` when `to` is a working day. Negative when `to` is earlier.
    public func workingDays(from: Day, to: Day) -> Int {
        if to < from { return -workingDays(from: to, to: from) }
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
