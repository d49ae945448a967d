import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

enum AdopterCommand {
    static let journey = JourneyCommands<Adopter>(
        kind: AdopterRecord.kind, noun: "adopter",
        help: [
            "name": "Optional household name; papers can use the reference alone.",
            "roi_outcome": "accepted or declined.",
            "fast_track": "yes for second-time adopters and foster carers, who go straight to Stage 2.",
            "break_start_on": "Break start days, ';'-separated (several breaks line up with break_end_on and break_reason).",
            "break_end_on": "Break end days, ';'-separated; leave the last empty while a break goes on.",
            "break_reason": "Break reasons, ';'-separated.",
            "withdrawal_reason": Adopter.WithdrawalReason.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            "item_id": "The agenda item that took the household to panel.",
        ],
        load: { try $0.adopter($1) }, save: { try $0.save($1) }, plan: Adopter.timelinePlan,
        check: { rows, database in try ItemRecord.unknownItems(rows, item: \.item, database: database) })

    static let command = Command(
        name: "adopter",
        summary: "Prospective adopters: stages, breaks, timelines and the year's measures.",
        subcommands: [journey.add, journey.update, journey.show, list, timeline, measures])

    static let timeline = journey.timeline(
        discussion: """
            Break days are shown, counted in the days elapsed, and left out of the six-month
            measure from registration of interest to the ADM's decision (rule D12).
            """,
        heading: { adopter, day in
            var lines = ["Adopter \(adopter.id)\(adopter.name.isEmpty ? "" : " (\(adopter.name))"): \(adopter.stage(on: day).label.lowercased()) on \(day.long)"]
            if adopter.fastTrack { lines.append("Fast track: straight to Stage 2") }
            for (index, pause) in adopter.breaks.enumerated() {
                let days = adopter.breakDays(from: pause.start, until: pause.end ?? day)
                lines.append("Break \(index + 1): \(pause.start.iso) to \(pause.end?.iso ?? "now"), \(days) days\(pause.reason.isEmpty ? "" : ", \(pause.reason)")")
            }
            return lines
        })

    static let stages = Adopter.Stage.allCases.map(\.rawValue) + ["waiting"]

    static let list = Command(
        name: "list",
        summary: "Adopter households and where each stands.",
        discussion: "--stage waiting lists approved households not yet matched with a child, with the days since approval.",
        options: [
            Option(name: "stage", value: "STAGE", help: "Only households at this stage: \(stages.joined(separator: ", ")).", choices: stages),
            Option(name: "as-of", value: "DAY", help: "The day to place them on (default: today)."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            let store = JourneyStore(try context.openDatabase())
            let matched = Set(try store.children().filter { child in child.adopter != nil && (child.matchedOn.map { $0 <= day } ?? false) }.compactMap(\.adopter))
            let wanted = invocation.option("stage")
            let rows: [[DataValue]] = try store.adopters().compactMap { adopter in
                let stage = adopter.stage(on: day)
                let waiting = stage == .approved && !matched.contains(adopter.id)
                if let wanted, wanted == "waiting" ? !waiting : wanted != stage.rawValue { return nil }
                let since: Day? = switch stage {
                case .approved: adopter.approvedOn
                case .withdrawn: adopter.withdrawnOn
                default: [adopter.stage2StartOn, adopter.stage1EndOn, adopter.stage1StartOn, adopter.roiOn, adopter.enquiryOn].compactMap { $0 }.first { $0 <= day }
                }
                return [.string(adopter.id), .string(adopter.name), .string(stage.rawValue), DataValue(since?.iso),
                        since.map { .int($0.days(to: day)) } ?? .null, .bool(waiting), DataValue(adopter.withdrawalReason?.rawValue),
                        DataValue(stage == .withdrawn ? adopter.stageAtWithdrawal?.rawValue : nil)]
            }
            context.print(Listing(columns: ["id", "name", "stage", "since", "days", "waiting_for_match", "withdrawal_reason", "stage_at_withdrawal"], rows: rows), invocation)
        })

    static let measures = Command(
        name: "measures",
        summary: "The year's adopter figures: registrations, approvals, timeliness, where this year's registrations stand.",
        discussion: """
            Each figure is printed with its definition. Averages have one decimal place and
            percentages are whole numbers, halves rounded up.
            """,
        options: [Option(name: "year", value: "YYYY/YY", help: "The reporting year (default: the one today falls in)."), .format(), .noHeaders],
        run: { invocation, context in
            let year = try invocation.reportingYearOption() ?? ReportingYear(containing: context.today)
            let measures = try adoptionYear(year, context: context)
            var figures = measures.adopterFigures
            figures += measures.registrationStatus.map { Figure("This year's registrations now \($0.stage.label.lowercased())", .count($0.count), "registrations of interest received in \(year.label), by where they stood on \(year.last.iso)") }
            figures += measures.withdrawals.map { Figure("Withdrawn: \($0.reason.label.lowercased())", .count($0.count), "households that withdrew in \(year.label) for this reason") }
            context.print(FigureListing.listing(figures, year: year), invocation)
        })

    static func adoptionYear(_ year: ReportingYear, context: Context) throws -> AdoptionYear {
        let store = JourneyStore(try context.openDatabase())
        let data = try context.serviceData()
        return AdoptionYear(adopters: try store.adopters(), children: try store.children(), year: year, rules: data.rules, calendar: data.calendar)
    }
}
