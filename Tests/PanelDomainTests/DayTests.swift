import Testing

@testable import PanelDomain

struct DayTests {
    @Test(arguments: [
        ("2024-01-31", 1, "2024-02-29"),  // leap year end of month
        ("2023-01-31", 1, "2023-02-28"),
        ("2023-03-31", 1, "2023-04-30"),
        ("2023-08-31", 6, "2024-02-29"),
        ("2023-11-30", 2, "2024-01-30"),  // across a year
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-02-29", 48, "2028-02-29"),
        ("2024-03-31", -1, "2024-02-29"),
        ("2024-01-15", -13, "2022-12-15"),
        ("2023-05-15", 0, "2023-05-15"),
    ])
    func addingMonthsClampsToTheMonthEnd(start: String, months: Int, expected: String) {
        #expect(day(start).adding(months: months) == day(expected))
    }

    @Test(arguments: [
        ("2024-03-04", "Monday 4 March 2024"),
        ("2023-05-11", "Thursday 11 May 2023"),
        ("2000-02-29", "Tuesday 29 February 2000"),
        ("1970-01-01", "Thursday 1 January 1970"),
        ("2030-12-31", "Tuesday 31 December 2030"),
    ])
    func writtenOutTheUKWay(text: String, expected: String) {
        #expect(day(text).long == expected)
    }

    @Test(arguments: [
        ("2024-03-04", "2024-03-04"), ("04/03/2024", "2024-03-04"), ("4/3/2024", "2024-03-04"),
        ("29/02/2024", "2024-02-29"), ("31/12/1999", "1999-12-31"),
    ])
    func parsesISOAndUKSpellings(text: String, expected: String) {
        #expect(Day(parsing: text)?.iso == expected)
    }

    @Test(arguments: [
        "2023-02-30", "2023-02-29", "2100-02-29", "2023-13-01", "2023-00-10", "2023-1-5", "23-01-05",
        "31/04/2024", "2024/03/04", "", "today", "2024-03-04T10:00", "+024-03-04", "2024-03-4 ", "１２/03/2024",
    ])
    func refusesWhatIsNotADay(text: String) {
        #expect(Day(parsing: text) == nil)
    }

    @Test func ordinalRoundTripsOverFourCenturies() {
        var day = Day(year: 1900, month: 1, day: 1)!
        #expect(day.weekday == .monday)
        var mismatches = 0
        while day.year <= 2300 {
            let next = day.adding(days: 1)
            if Day(year: next.year, month: next.month, day: next.day) != next || next.ordinal != day.ordinal + 1 {
                mismatches += 1
            }
            day = next
        }
        #expect(mismatches == 0)
        #expect(day.iso == "2301-01-01")
    }
}
