import Foundation
import Testing

@testable import PanelDomain

let shippedRulesPath: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/rules.ini").path
}()

func shippedRules(overrides: [String] = []) throws -> RuleBook {
    let shipped = try SettingsFile.parse(try String(contentsOfFile: shippedRulesPath, encoding: .utf8), file: "rules.ini")
    let local = try overrides.enumerated().map { try SettingsFile.parse($0.element, file: "local\($0.offset).ini") }
    return try RuleBook.load(shipped: shipped, overrides: local)
}

func loadError(_ text: String) -> String? {
    do {
        _ = try RuleBook.load(shipped: try SettingsFile.parse(text, file: "rules.ini"))
        return nil
    } catch {
        return error.description
    }
}

struct RuleBookTests {
    /// Settings lines are trimmed as Foundation's `.whitespaces` trims them, Foundation
    /// asked only when an end needs it: tabs and no-break spaces go, a carriage return
    /// (a Windows line end) stays, as before.
    @Test func settingsAreTrimmedAsFoundationTrimsThem() throws {
        let lines = ["amount = 7", "\tamount = 7  ", "\u{A0}amount = 7\u{A0}", "amount = 7\r", "", " ", "é = 7", "\u{2003}"]
        for line in lines {
            #expect(line.trimmingWhitespace() == line.trimmingCharacters(in: .whitespaces), "\(Array(line.unicodeScalars))")
            #expect(line.dropFirst(0).trimmingWhitespace() == line.trimmingCharacters(in: .whitespaces))
        }
        let file = try SettingsFile.parse("[D3]\n\tamount\u{A0}= 7 \n", file: "rules.ini")
        #expect(file.sections.map(\.name) == ["D3"])
        #expect(file.sections[0].entries.map(\.key) == ["amount"])
        #expect(file.sections[0].entries.map(\.value) == ["7"])
    }

    @Test func everyRuleOfTheDomainIsShippedWithItsSource() throws {
        let book = try shippedRules()
        #expect(book.rules.map(\.id) == [
            "D0", "D1", "D1a", "D2", "D2a", "D3", "D4", "D4a", "D5", "D6", "D6a", "D7", "D8", "D9", "D10", "D11", "D11a",
            "D12", "D13", "D14", "D15", "D15a", "D16", "A10", "A1", "A2", "A12", "L12",
        ])
        #expect(book.rules.allSatisfy { !$0.source.isEmpty && $0.enabled })
        // Sources name a regulation, standard or guidance paragraph, or say they are local;
        // never a line of a council paper a user does not have.
        #expect(book.rules.allSatisfy { rule in
            rule.source.range(of: #"\b(lines?|p\.|page) ?\d"#, options: [.regularExpression, .caseInsensitive]) == nil &&
            ["Regulations", "Standards", "guidance", "Local", "DfE"].contains { rule.source.contains($0) }
        })
        // D6 is two rules, from the letter: fostering 28 calendar days, adoption 40 working days.
        #expect(book["D6"]?.from == .writtenNotification && book["D6"]?.appliesTo == [.fostering, .longTermMatching])
        #expect(book["D6a"]?.from == .writtenNotification && book["D6a"]?.appliesTo == [.adoption] && book["D6a"]?.counting == .beginningWith)
        // Stage 2 for adopters ends with the agency's decision (AAR 2005 reg 30B(1)).
        #expect(book["D11"]?.to == .admDecision && book["D11"]?.appliesTo == [.adopter])
        let d3 = try #require(book["D3"])
        #expect(d3.from == .minutesReceivedByADM && d3.to == .admDecision)
        #expect(d3.amount == 7 && d3.unit == .workingDays && d3.direction == .after)
        #expect(book["D12"]?.excludesBreaks == true)
        #expect(book["D4a"]?.appliesTo == [.adoption])
    }

    /// (rule, anchor day, due day) on the shipped rules and calendar.
    @Test(arguments: [
        ("D3", "2023-04-28", "2023-05-11"),
        ("D1", "2023-05-15", "2023-05-08"),  // 7 calendar days before, even onto a bank holiday
        ("D1a", "2023-05-15", "2023-05-05"),
        ("D0", "2024-03-25", "2024-03-04"),
        ("D2", "2022-12-22", "2022-12-28"),
        ("D4a", "2023-05-05", "2023-05-05"),
        ("D5", "2023-05-05", "2023-05-15"),
        ("D6", "2024-02-01", "2024-02-29"),
        // Letter sent Friday 28 April 2023, day 1 of the 40 ("beginning with"); 1, 8 and 29 May
        // were bank holidays: May gives 21 (2-5, 9-12, 15-19, 22-26, 30-31), June 1-26 gives
        // 17 more (38), so the 40th working day is Tuesday 27 June.
        ("D6a", "2023-04-28", "2023-06-27"),
        // Sent on Saturday 29 April 2023: the first working day is Tuesday 2 May, and the 40th
        // is Wednesday 28 June.
        ("D6a", "2023-04-29", "2023-06-28"),
        // Stage 2 from notice on 31 October 2023: four months is 29 February 2024.
        ("D11", "2023-10-31", "2024-02-29"),
        ("D7", "2023-06-30", "2024-02-29"),
        ("D10", "2023-12-31", "2024-02-29"),
        ("D15a", "2021-02-28", "2024-02-28"),
    ])
    func dueDays(id: String, anchor: String, expected: String) throws {
        let rule = try #require(try shippedRules()[id])
        #expect(rule.dueDay(anchoredOn: day(anchor), calendar: shippedCalendar) == day(expected))
    }

    @Test func localOverrideChangesOnlyTheFieldsItSets() throws {
        let book = try shippedRules(overrides: ["[D1]\namount = 5\nunit = working-days\n\n[D0]\nenabled = no\n"])
        let d1 = try #require(book["D1"])
        #expect(d1.amount == 5 && d1.unit == .workingDays)
        #expect(d1.from == .papersSent && d1.direction == .before && d1.title == "Papers to panel members (local)")
        #expect(book["D0"]?.enabled == false)
        #expect(book.enabledRules.count == 27)
    }

    @Test func localFileCanAddACompleteRule() throws {
        let book = try shippedRules(overrides: [
            "[L1]\nfrom = panel\nto = final-minutes\namount = 10\nunit = working-days\ndirection = after\nsource = Local policy\n"
        ])
        #expect(book["L1"]?.summary == "final minutes within 10 working days of panel")
        #expect(book.rules.last?.id == "L1")
    }

    @Test(arguments: [
        ("[D1]\nfrom = papers-sent\nto = panel\namount = 7\nunit = fortnights\ndirection = before\nsource = x\n",
         "rules.ini:5: unit: 'fortnights' is not a unit; expected one of: calendar-days, working-days, weeks, calendar-months"),
        ("[D1]\nfrom = papers-sent\nto = panel\namount = -7\nunit = weeks\ndirection = before\nsource = x\n",
         "rules.ini:4: amount: '-7' is not a whole number of 0 or more"),
        ("[D1]\nfrom = papers-sent\nto = panel\namount = 7\nunit = weeks\ndirection = before\nsource = x\n\n[D1]\n",
         "rules.ini:9: id: [D1] appears twice in this file (first on line 1)"),
        ("[D1]\nfrom = papers-sent\nto = panel-date\namount = 7\nunit = weeks\ndirection = before\nsource = x\n",
         "rules.ini:3: to: 'panel-date' is not an event; expected one of: draft-report-to-advisor, papers-sent, panel, draft-minutes, final-minutes, minutes-received-by-adm, adm-decision, oral-notification, written-notification, representations, enquiry, initial-visit, application, roi-received, roi-decision, stage1-start, stage1-end, stage2-start, stage2-end, approval, first-review-at-panel, review, panel-review, adopter-review, entered-care, shobpa, placement-order, match-decision, placed-for-adoption, moved-in, adoption-order"),
        ("[D1]\nfrom = papers-sent\nto = panel\nunit = weeks\ndirection = before\nsource = x\n",
         "rules.ini:1: amount: missing from rule D1; a new rule needs from, to, amount, unit, direction, source"),
        ("[D1]\nfrom = papers-sent\nto = panel\namount = 7\nunit = weeks\ndirection = sideways\nsource = x\n",
         "rules.ini:6: direction: 'sideways' is not a direction; expected one of: before, after"),
        ("[D1]\nfrom = papers-sent\nfrom = panel\n", "rules.ini:3: from: set twice in [D1] (first on line 2)"),
        ("amount = 7\n", "rules.ini:1: amount: comes before any [section] header"),
        ("[D1\n", "rules.ini:1: section: a section header is a name in square brackets, such as [D3]"),
        ("[D1]\namount 7\n", "rules.ini:2: line: expected 'key = value' or a [section] header"),
        ("[D1]\nfrom = papers-sent\nto = panel\namount = 7\nunit = weeks\ndirection = after\nsource = x\ncolour = red\n",
         "rules.ini:8: colour: is not a rule field; expected one of: title, from, to, amount, amounts-from, unit, direction, counting, applies, excludes, enabled, source"),
        ("[D1]\nfrom = papers-sent\nto = panel\namount = 7\nunit = weeks\ndirection = before\ncounting = beginning-with\nsource = x\n",
         "rules.ini:1: counting: beginning-with counts the day of `from` as the first of the period; it needs direction = after and an amount of 1 or more"),
        ("[A2]\nfrom = placement-order\nto = match-decision\namount = 121\namounts-from = 2013-04-01: 152; 2012-04-01: 182\nunit = calendar-days\ndirection = after\nsource = x\n",
         "rules.ini:5: amounts-from: '2012-04-01: 182' is not DAY: AMOUNT; write them as 2012-04-01: 608; 2013-04-01: 547, days in order"),
        ("[A2]\nfrom = placement-order\nto = match-decision\namount = 121\namounts-from = 2013-04-01: 9999\nunit = calendar-days\ndirection = after\nsource = x\n",
         "rules.ini:5: amount: 9999 calendar days is more than ten years; at most 3653"),
        ("[D1]\nfrom = papers-sent\nto = panel\namount = 7\nunit = weeks\ndirection = after\nsource = x\napplies = fostering, courts\n",
         "rules.ini:8: applies: 'courts' is not a panel kind or journey; expected one of: fostering, adoption, long-term-matching, adopter, foster-carer, child"),
        ("[D 1]\n", "rules.ini:1: id: 'D 1' is not a rule id; use letters, digits and hyphens, such as D3"),
    ])
    func malformedRulesNameFileLineAndField(text: String, expected: String) {
        #expect(loadError(text) == expected)
    }

    /// A scorecard threshold in force in a year is the one of the day the year ends.
    @Test func thresholdsChangeOverTime() throws {
        let book = try shippedRules()
        let a2 = try #require(book["A2"])
        #expect(a2.inForce(on: day("2011-03-31")).amount == 213)   // 2010/11: 7 months
        #expect(a2.inForce(on: day("2013-03-31")).amount == 182)   // 2012/13: 6 months
        #expect(a2.inForce(on: day("2014-03-31")).amount == 152)   // 2013/14: 5 months
        #expect(a2.inForce(on: day("2015-03-31")).amount == 121)   // 2014/15 on: 4 months
        #expect(a2.inForce(on: day("2009-03-31")).amount == 121)   // before the first dated value: `amount`
        let a1 = try #require(book["A1"])
        #expect([2011, 2013, 2014, 2015, 2016, 2024].map { a1.inForce(on: day("\($0)-03-31")).amount } == [639, 608, 547, 487, 426, 426])
    }

    @Test func overrideErrorsNameTheLocalFile() {
        #expect(throws: Problem(file: "local0.ini", line: 2, field: "amount", message: "'five' is not a whole number of 0 or more")) {
            try shippedRules(overrides: ["[D1]\namount = five\n"])
        }
    }
}
