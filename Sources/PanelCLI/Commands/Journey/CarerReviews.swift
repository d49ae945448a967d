import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

enum CarerReviews {
    static let command = Command(
        name: "reviews",
        summary: "Reviews due and overdue for approved households, and first reviews not at panel in time.",
        discussion: """
            For each household approved on --as-of: the next annual review (rule D15), the first
            review at panel within a year of approval (D14) and the next review at panel (D15a,
            every two or three years as the service's rules say). A first review that went to
            panel late is listed as missed.
              panel carer reviews --within 28      (overdue, and due in the next 28 days)
            """,
        options: [
            Option(name: "as-of", value: "DAY", help: "The day to judge on (default: today)."),
            Option(name: "within", value: "DAYS", help: "Only reviews overdue or due within this many calendar days (default: all)."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            var until: Day?
            if let text = invocation.option("within") {
                guard let days = Int(text), days >= 0 else { throw invocation.usageError("--within: '\(text)' is not a whole number of 0 or more") }
                until = day.adding(days: days)
            }
            let data = try context.serviceData()
            let reviewEvents: Set<Event> = [.review, .panelReview, .firstReviewAtPanel]
            let rules = Carer.rules(in: data.rules).filter { reviewEvents.contains($0.dueEvent) }
            var rows: [(check: DeadlineCheck, carer: Carer)] = []
            for carer in try JourneyStore(try context.openDatabase()).carers() where carer.isApproved(on: day) {
                for check in carer.deadlineChecks(rules: rules, calendar: data.calendar, today: day) {
                    let open = check.status == .overdue || (check.status == .due && until.map { check.dueDay! <= $0 } ?? true)
                    let lateFirst = check.status == .missed && check.rule.dueEvent == .firstReviewAtPanel
                    if open || lateFirst { rows.append((check, carer)) }
                }
            }
            rows.sort { ($0.check.dueDay!, $0.carer.id) < ($1.check.dueDay!, $1.carer.id) }
            context.print(Listing(
                columns: ["due_on", "status", "detail", "rule", "title", "household", "name", "approved_on", "last_on"],
                rows: rows.map { check, carer in
                    [.string(check.dueDay!.iso), .string(check.status.rawValue), .string(check.detail), .string(check.rule.id),
                     .string(check.rule.title), .string(carer.id), .string(carer.name), DataValue(carer.approvedOn?.iso), DataValue(check.anchorDay?.iso)]
                }), invocation)
        })
}
