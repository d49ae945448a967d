import Foundation
import Testing

@testable import PanelDomain

/// The shipped bank-holiday file, read once for every calendar test.
let shippedCalendar: WorkingCalendar = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("Data/bank-holidays.txt").path
    let text = try! String(contentsOfFile: path, encoding: .utf8)
    return WorkingCalendar(bankHolidays: try! NamedDay.parseList(text, file: path))
}()

func day(_ text: String) -> Day { Day(parsing: text)! }

struct WorkingCalendarTests {
    /// (start, working days to add, expected): each line one boundary worth pinning.
    @Test(arguments: [
        // DOMAIN.md's worked example: day of receipt is day 0, 1 and 8 May 2023 bank holidays.
        ("2023-04-28", 7, "2023-05-11"),
        ("2023-05-05", 1, "2023-05-09"),  // Coronation, Monday 8 May 2023
        ("2022-12-23", 1, "2022-12-28"),  // Boxing Day and Christmas substitute
        ("2020-05-07", 1, "2020-05-11"),  // VE Day holiday moved to Friday 8 May
        ("2020-05-01", 1, "2020-05-04"),  // 4 May 2020 was a working day that year
        ("2011-04-28", 1, "2011-05-03"),  // Royal wedding 29 April, then early May 2 May
        ("2012-06-01", 1, "2012-06-06"),  // Spring holiday moved to 4 June, Diamond Jubilee 5 June
        ("2012-05-25", 1, "2012-05-28"),  // 28 May 2012 was a working day
        ("2022-06-01", 1, "2022-06-06"),  // Platinum Jubilee 2 and 3 June
        ("2022-05-27", 1, "2022-05-30"),  // 30 May 2022 was a working day
        ("2022-09-16", 1, "2022-09-20"),  // State funeral 19 September
        ("2023-05-05", 0, "2023-05-05"),  // zero working days is the same day
        ("2023-05-06", 0, "2023-05-06"),  // even when that day is a Saturday
        ("2023-05-06", 1, "2023-05-09"),  // from a weekend, the next working day
        ("2024-12-24", 1, "2024-12-27"),
        ("2024-12-31", 1, "2025-01-02"),  // year boundary over New Year's Day
        ("2021-12-24", 1, "2021-12-29"),  // Christmas and Boxing substitutes 27 and 28 Dec
        ("2021-12-31", 1, "2022-01-04"),  // New Year's Day substitute 3 January 2022
        ("2023-04-06", 1, "2023-04-11"),  // Good Friday and Easter Monday
        ("2024-02-28", 1, "2024-02-29"),  // leap day is a working day
        ("2024-02-29", 1, "2024-03-01"),
        ("2023-02-28", 1, "2023-03-01"),
        ("2023-01-27", 5, "2023-02-03"),  // a plain week
        ("2023-08-25", 1, "2023-08-29"),  // summer bank holiday
        ("2030-12-24", 1, "2030-12-27"),  // the file reaches 2030
        // Backwards: papers 5 working days before a panel.
        ("2023-05-15", -5, "2023-05-05"),
        ("2023-05-09", -1, "2023-05-05"),
        ("2022-12-28", -1, "2022-12-23"),
        ("2020-05-11", -1, "2020-05-07"),
        ("2025-01-02", -1, "2024-12-31"),
        ("2012-06-06", -1, "2012-06-01"),
        ("2022-09-20", -1, "2022-09-16"),
    ])
    func addingWorkingDays(start: String, count: Int, expected: String) {
        #expect(shippedCalendar.adding(workingDays: count, to: day(start)) == day(expected))
    }

    @Test(arguments: [
        "2011-04-29", "2012-06-04", "2012-06-05", "2020-05-08", "2022-06-02", "2022-06-03",
        "2022-09-19", "2023-05-08", "2010-12-27", "2010-12-28", "2024-03-29", "2024-04-01",
    ])
    func oneOffAndMovedHolidaysAreNotWorkingDays(text: String) {
        #expect(!shippedCalendar.isWorkingDay(day(text)))
    }

    @Test(arguments: ["2020-05-04", "2012-05-28", "2022-05-30", "2023-05-02", "2024-02-29"])
    func daysThatWereMovedAwayAreWorkingDays(text: String) {
        #expect(shippedCalendar.isWorkingDay(day(text)))
    }

    @Test(arguments: [
        ("2023-04-28", "2023-05-11", 7),
        ("2023-05-11", "2023-04-28", -7),
        ("2023-05-05", "2023-05-05", 0),
        ("2023-05-05", "2023-05-08", 0),  // only a weekend and a bank holiday between
        ("2022-12-23", "2022-12-28", 1),
        ("2023-01-01", "2023-12-31", 251),  // working days in 2023
        ("2024-01-01", "2024-12-31", 254),  // 2024: a leap year starting on a bank holiday
    ])
    func countingWorkingDays(from: String, to: String, expected: Int) {
        #expect(shippedCalendar.workingDays(from: day(from), to: day(to)) == expected)
    }

    @Test func localClosuresAreSkippedAndNamed() {
        let closures = [NamedDay(day: day("2023-12-27"), name: "Council closure")]
        let holidays = shippedCalendar.closedDays.map { NamedDay(day: $0.key, name: $0.value) }
        let calendar = WorkingCalendar(bankHolidays: holidays, closures: closures)
        #expect(calendar.adding(workingDays: 1, to: day("2023-12-22")) == day("2023-12-28"))
        #expect(calendar.closure(on: day("2023-12-27")) == "Council closure")
        #expect(calendar.closure(on: day("2023-12-25")) == "Christmas Day")
        #expect(calendar.closure(on: day("2023-12-23")) == "Saturday")
        #expect(calendar.closure(on: day("2023-12-28")) == nil)
    }

    /// The looked-up answers equal walking the calendar a day at a time, inside the covered
    /// years, across their edges and beyond them.
    @Test(arguments: ["2009-11-20", "2016-03-20", "2022-12-10", "2030-11-25"])
    func lookedUpWorkingDaysMatchAWalk(start: String) {
        func walk(_ count: Int, from day: Day) -> Day {
            var current = day, remaining = abs(count)
            while remaining > 0 {
                current = current.adding(days: count < 0 ? -1 : 1)
                if shippedCalendar.isWorkingDay(current) { remaining -= 1 }
            }
            return current
        }
        let first = day(start)
        for offset in 0..<60 {
            let from = first.adding(days: offset)
            for count in -30...30 {
                #expect(shippedCalendar.adding(workingDays: count, to: from) == walk(count, from: from), "\(from.iso) \(count)")
            }
            for length in 0..<60 {
                let to = from.adding(days: length)
                let counted = stride(from: from.ordinal + 1, through: to.ordinal, by: 1).filter { shippedCalendar.isWorkingDay(Day(ordinal: $0)) }.count
                #expect(shippedCalendar.workingDays(from: from, to: to) == counted, "\(from.iso) \(to.iso)")
                #expect(shippedCalendar.workingDays(from: to, to: from) == -counted)
            }
        }
    }

    @Test func coverageIsTheYearsOfTheFile() {
        #expect(shippedCalendar.coveredYears == 2010...2030)
        #expect(!shippedCalendar.covers(day("2031-01-02")))
    }

    @Test func holidayListErrorsNameLineAndField() {
        #expect(throws: Problem(file: "c.txt", line: 2, field: "day", message: "'2023-13-01' is not a day; write YYYY-MM-DD followed by the name")) {
            try NamedDay.parseList("# closures\n2023-13-01 Bad\n", file: "c.txt")
        }
        #expect(throws: Problem(file: "c.txt", line: 3, field: "day", message: "2023-12-27 is listed twice (first on line 1)")) {
            try NamedDay.parseList("2023-12-27 Closure\n\n2023-12-27 Again\n", file: "c.txt")
        }
    }
}
