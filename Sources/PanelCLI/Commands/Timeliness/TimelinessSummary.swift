import Foundation
import Mustache
import PanelDocuments
import PanelDomain

enum TimelinessSummary {
    static let command = Command(
        name: "summary",
        summary: "Per rule, how many deadlines were met, missed and overdue, and the % met.",
        discussion: """
            Counts the items at meetings in the reporting year, and the journeys' deadlines met,
            missed or falling due in it, judged on --as-of (default: today). % met is met ÷ (met + missed + overdue), as a whole number, halves rounded
            up; deadlines still due and rules not applicable are not counted in it.
            """,
        options: [
            Option(name: "year", value: "YYYY/YY", help: "The reporting year (default: the one today falls in)."),
            Option(name: "as-of", value: "DAY", help: "The day to judge on (default: today)."),
            Option(name: "panel", value: "ID", help: "Only this panel's items."),
            Option(name: "kind", value: "LIST", help: "Only these kinds of case, comma-separated: \(TimelinessCommand.kinds.joined(separator: ", ")) (default: all)."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            let year = try invocation.reportingYearOption() ?? ReportingYear(containing: day)
            let rows = try TimelinessCommand.checks(invocation, context: context, on: day, from: year.first, through: year.last)
            let tallies = RuleTally.tally(rows.map(\.check), rules: try context.serviceData().rules.enabledRules)
            let listing = Listing(
                columns: ["rule", "title", "met", "missed", "overdue", "due", "not_applicable", "percent_met"],
                rows: tallies.map { tally in
                    [.string(tally.rule.id), .string(tally.rule.title), .int(tally.count(.met)), .int(tally.count(.missed)), .int(tally.count(.overdue)),
                     .int(tally.count(.due)), .int(tally.count(.notApplicable)), DataValue(tally.percentMet)]
                })
            context.print(listing, invocation)
        })
}
