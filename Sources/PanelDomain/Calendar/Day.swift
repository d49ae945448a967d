/// A calendar day with no time of day and no time zone: the unit every deadline is counted in.
///
/// Panels, minutes and decisions happen on days, not instants, so `Date` (an instant) would
/// make a deadline depend on the machine's time zone.
public struct Day: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01: the one stored field, so that comparison and arithmetic are
    /// integer operations and a record with ten days in it stays small to copy.
    public let ordinal: Int

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// Returns nil when the parts do not name a real day (2023-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.length(ofMonth: month, year: year)).contains(day)
        else { return nil }
        self.ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// The day `ordinal` days after 1970-01-01, kept within 0001-01-01 to 9999-12-31 so
    /// that no arithmetic on days can overflow: a deadline counted past the last day ends on it.
    public init(ordinal: Int) {
        self.ordinal = min(max(ordinal, Day.firstOrdinal), Day.lastOrdinal)
    }

    static let firstOrdinal = Day.ordinal(year: 1, month: 1, day: 1)
    static let lastOrdinal = Day.ordinal(year: 9999, month: 12, day: 31)

    /// The days the tool accepts wherever a day is given (a command line, a file, a data
    /// file): wide enough for any care history and any deadline counted from it, narrow
    /// enough that no day near the ends of the calendar is taken for a typing slip.
    public static let accepted = Day(year: 1900, month: 1, day: 1)!...Day(year: 2199, month: 12, day: 31)!

    /// "is outside ...", for a day that is a real day but not one the tool accepts.
    public static let outsideAccepted = "is outside the days panel accepts, 1900-01-01 to 2199-12-31"

    /// Howard Hinnant's civil-from-days algorithm, valid for the proleptic Gregorian calendar.
    var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * monthIndex + 2) / 5 + 1)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Day {
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        Weekday.allCases[((ordinal % 7) + 7 + 3) % 7]
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal.addingReportingOverflow(days).partialValue.clamped(near: ordinal, by: days)) }

    /// Calendar months, clamped to the end of a shorter month: 31 January + 1 month is
    /// 28 or 29 February, as "within 2 months" is read in the regulations.
    public func adding(months: Int) -> Day {
        let (year, month, day) = civil
        // Beyond 10,000 years either way every result is the first or last day anyway.
        let index = year * 12 + (month - 1) + min(max(months, -120_000), 120_000)
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, Day.length(ofMonth: newMonth, year: newYear))
        return Day(ordinal: Day.ordinal(year: newYear, month: newMonth, day: newDay))
    }

    /// Calendar days from `self` to `other`: positive when `other` is later.
    public func days(to other: Day) -> Int { other.ordinal - ordinal }
}

extension Int {
    /// `self` (a sum that may have overflowed) or, when it did, the end of the range in the
    /// direction `base` was moved `by`.
    fileprivate func clamped(near base: Int, by change: Int) -> Int {
        base.addingReportingOverflow(change).overflow ? (change > 0 ? Int.max : Int.min) : self
    }
}
