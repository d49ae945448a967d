import Foundation
import Testing

@testable import PanelCLI

struct CalendarCommandTests {
    @Test func addWorkingDaysPrintsTheISODay() {
        #expect(PanelRunner()("calendar", "add-working-days", "2023-05-05", "1") == PanelResult(out: "2023-05-09\n", err: "", code: 0))
    }

    @Test func acceptsUKDaysAndNegativeCounts() {
        #expect(PanelRunner()("calendar", "add-working-days", "11/05/2023", "-7").out == "2023-04-28\n")
    }

    @Test func anImpossibleDayIsAUsageError() {
        #expect(PanelRunner()("calendar", "add-working-days", "2023-02-30", "1") == PanelResult(
            out: "",
            err: "error: DAY: '2023-02-30' is not a day; write YYYY-MM-DD or DD/MM/YYYY\nSee 'panel calendar add-working-days --help'.\n",
            code: 64))
    }

    @Test func aCountThatIsNotANumberIsAUsageError() {
        let result = PanelRunner()("calendar", "add-working-days", "2023-05-05", "seven")
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("error: N: is not a whole number\n"))
    }

    @Test func workingDaysBetween() {
        #expect(PanelRunner()("calendar", "working-days", "2023-04-28", "2023-05-11").out == "7\n")
    }

    @Test func dueDayOfARuleWithTheExplanation() {
        let result = PanelRunner()("calendar", "due", "D3", "2023-04-28", "--explain")
        #expect(result.code == 0)
        #expect(result.out == """
            2023-05-11
            D3 ADM decision: ADM decision within 7 working days of final minutes received by ADM.
            Final minutes received by ADM on Friday 28 April 2023; ADM decision due by Thursday 11 May 2023.
            Skipped: 2023-04-29 (Saturday), 2023-04-30 (Sunday), 2023-05-01 (Early May bank holiday), 2023-05-06 (Saturday), 2023-05-07 (Sunday), 2023-05-08 (Coronation of Charles III)

            """)
    }

    /// An adoption applicant's 40 working days "beginning with" the day the letter was sent
    /// (AAR 2005 reg 30B(5)(c)): sent Friday 28 April 2023, that day is day 1; with 1, 8 and
    /// 29 May bank holidays the 40th is Tuesday 27 June.
    @Test func adoptionRepresentationsCountTheLettersDayAsTheFirst() {
        let result = PanelRunner()("calendar", "due", "D6a", "2023-04-28", "--explain")
        #expect(result.out.hasPrefix("""
            2023-06-27
            D6a Representations or IRM application (adoption): representations or IRM application within 40 working days beginning with written decision sent.
            Written decision sent on Friday 28 April 2023; representations or IRM application due by Tuesday 27 June 2023.
            The period begins with Friday 28 April 2023, day 1 of it.

            """))
        // Fostering: 28 calendar days from the letter of the same day, Friday 26 May.
        #expect(PanelRunner()("calendar", "due", "D6", "2023-04-28").out == "2023-05-26\n")
    }

    @Test func anUnknownRuleNamesTheRulesThereAre() {
        let result = PanelRunner()("calendar", "due", "D99", "2023-04-28")
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("error: RULE-ID: no rule 'D99'; the rules are D0, D1, D1a, D2, D2a, D3,"))
    }

    @Test func holidaysOfAYearAsCSV() {
        let result = PanelRunner()("calendar", "holidays", "--year", "2022", "--format", "csv")
        #expect(result.out == """
            day,weekday,name\r
            2022-01-03,Monday,New Year's Day (substitute day)\r
            2022-04-15,Friday,Good Friday\r
            2022-04-18,Monday,Easter Monday\r
            2022-05-02,Monday,Early May bank holiday\r
            2022-06-02,Thursday,Spring bank holiday (moved from 30 May)\r
            2022-06-03,Friday,Platinum Jubilee of Elizabeth II\r
            2022-08-29,Monday,Summer bank holiday\r
            2022-09-19,Monday,State Funeral of Queen Elizabeth II\r
            2022-12-26,Monday,Boxing Day\r
            2022-12-27,Tuesday,Christmas Day (substitute day)\r

            """)
    }

    @Test func aYearBeyondTheFileWarns() {
        let result = PanelRunner()("calendar", "add-working-days", "2031-01-02", "1")
        #expect(result.out == "2031-01-03\n")
        #expect(result.err == "warning: no bank holidays are listed for 2031; add them to Data/bank-holidays.txt\n")
    }

    @Test func localClosuresChangeTheAnswerWithoutRebuilding() {
        let panel = PanelRunner()
        #expect(panel("calendar", "add-working-days", "2023-12-22", "1").out == "2023-12-27\n")
        panel.write("local/closures.txt", "# Council closure\n2023-12-27  Council closure\n2023-12-28  Council closure\n2023-12-29  Council closure\n")
        #expect(panel("calendar", "add-working-days", "2023-12-22", "1").out == "2024-01-02\n")
    }
}

struct RulesCommandTests {
    @Test func listAsJSONHasEveryRule() throws {
        let result = PanelRunner()("rules", "list", "--format", "json")
        #expect(result.code == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(rules.count == 28)
        let d3 = try #require(rules.first { $0["id"] as? String == "D3" })
        #expect(d3["amount"] as? Int == 7)
        #expect(d3["unit"] as? String == "working-days")
        #expect(d3["applies"] as? [String] == ["fostering", "adoption", "long-term-matching"])
        #expect(d3["enabled"] as? Bool == true)
        #expect((d3["source"] as? String)?.contains("National Minimum Standards (2011), standard 14.9") == true)
        let a2 = try #require(rules.first { $0["id"] as? String == "A2" })
        #expect(a2["amounts_from"] as? String == "2010-04-01: 213; 2012-04-01: 182; 2013-04-01: 152; 2014-04-01: 121")
        #expect(rules.first { $0["id"] as? String == "D6a" }?["counting"] as? String == "beginning-with")
    }

    @Test func aLocalOverrideChangesTheDueDayWithoutRebuilding() {
        let panel = PanelRunner()
        #expect(panel("calendar", "due", "D1", "2023-05-15").out == "2023-05-08\n")
        panel.write("local/rules.ini", "[D1]\namount = 5\nunit = working-days\n")
        #expect(panel("calendar", "due", "D1", "2023-05-15").out == "2023-05-05\n")
        #expect(panel("rules", "check").out == "28 rules (28 enabled), 173 closed days\nLocal overrides: \(panel.folder)/local/rules.ini\n")
    }

    @Test func aMalformedLocalRulesFileIsADataError() {
        let panel = PanelRunner()
        panel.write("local/rules.ini", "[D3]\nunit = fortnights\n")
        #expect(panel("rules", "list") == PanelResult(
            out: "",
            err: "error: \(panel.folder)/local/rules.ini:2: unit: 'fortnights' is not a unit; expected one of: calendar-days, working-days, weeks, calendar-months\n",
            code: 65))
    }

    @Test func aNamedLocalFolderMustExist() {
        let panel = PanelRunner()
        let result = panel("rules", "list", "--local", "nowhere")
        #expect(result.code == 66)
        #expect(result.err == "error: the local folder \(panel.folder)/nowhere does not exist\n")
    }
}

struct CommandLineTests {
    @Test func unknownCommandIsAUsageError() {
        #expect(PanelRunner()("frobnicate") == PanelResult(
            out: "", err: "error: unknown command 'frobnicate' for 'panel'\nSee 'panel --help'.\n", code: 64))
    }

    @Test func unknownOptionNamesTheCommand() {
        #expect(PanelRunner()("rules", "list", "--fromat", "csv").err
            == "error: unknown option '--fromat' for 'panel rules list'\nSee 'panel rules list --help'.\n")
    }

    @Test func aChoiceOutsideTheListIsRefused() {
        #expect(PanelRunner()("rules", "list", "--format", "xml").err.hasPrefix("error: --format: 'xml' is not one of table, csv, json\n"))
    }

    @Test func missingAndExtraArguments() {
        #expect(PanelRunner()("calendar", "working-days", "2023-01-01").err.hasPrefix("error: missing TO\n"))
        #expect(PanelRunner()("calendar", "working-days", "2023-01-01", "2023-01-02", "2023-01-03").err.hasPrefix("error: 3 arguments given where 2 are expected (FROM TO); a value with spaces goes in quotes\n"))
    }

    @Test func versionAndHelp() {
        #expect(PanelRunner()("--version") == PanelResult(out: "panel \(PanelTool.version)\n", err: "", code: 0))
        let help = PanelRunner()("help", "calendar", "due")
        #expect(help.code == 0)
        #expect(help.out.hasPrefix("panel calendar due: The due day of a deadline rule, counted from its anchor day.\n\nUsage: panel calendar due RULE-ID DAY [options]\n"))
        #expect(help.out == PanelRunner()("calendar", "due", "--help").out)
    }

    @Test func everyCommandHasHelp() {
        func walk(_ command: any ParsableCommand.Type, _ path: [String]) {
            let result = PanelRunner().run(path + ["--help"])
            #expect(result.code == 0, "\(path)")
            #expect(result.out.contains("Usage: panel"), "\(path)")
            for sub in command.configuration.subcommands { walk(sub, path + [sub.configuration.name]) }
        }
        walk(RootCommand.self, [])
    }

    @Test func aGroupOnItsOwnPrintsItsHelp() {
        let result = PanelRunner()("calendar")
        #expect(result.code == 0)
        #expect(result.out.contains("Commands:\n  add-working-days"))
    }
}

struct InitCommandTests {
    @Test func initCreatesThenReportsUpToDate() throws {
        let panel = PanelRunner()
        let first = panel("init", "--service", "Northvale Fostering Service")
        #expect(first.code == 0)
        #expect(first.out.hasPrefix("\(panel.folder)/panel.db ready for Northvale Fostering Service: applied 0001-service"))
        let mode = try FileManager.default.attributesOfItem(atPath: panel.folder + "/panel.db")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(panel("init").out == "\(panel.folder)/panel.db is up to date (Northvale Fostering Service)\n")
    }

    @Test func dbOptionAndEnvironmentChooseTheFile() {
        let panel = PanelRunner()
        #expect(panel("init", "--db", "other.db").out.hasPrefix("\(panel.folder)/other.db ready"))
        panel.environment["PANEL_DB"] = "env.db"
        #expect(panel("init").out.hasPrefix("\(panel.folder)/env.db ready"))
    }

    @Test func initRefusesAnotherProgramsFile() {
        let panel = PanelRunner()
        panel.write("notes.db", "not a database")
        let result = panel("init", "--db", "notes.db")
        #expect(result.code == 65)
        #expect(result.err == "error: \(panel.folder)/notes.db is not an SQLite database; choose a panel database with --db PATH\n")
    }
}
