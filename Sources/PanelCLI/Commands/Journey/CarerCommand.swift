import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

enum CarerCommand {
    static let journey = JourneyCommands<Carer>(
        kind: CarerRecord.kind, noun: "carer",
        help: [
            "name": "Optional household name; papers can use the reference alone.",
            "assessment": Carer.Assessment.allCases.map(\.rawValue).joined(separator: " or ") + ".",
            "household_type": Carer.HouseholdType.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            "reg24_on": "Regulation 24 temporary approval of a connected person.",
            "reg24_extended_on": "Days the temporary approval was extended, ';'-separated.",
            "closed_on": "Closed before approval (with closure_reason).",
            "left_on": "Left after approval (with leaving_route and leaving_reason).",
            "leaving_route": Carer.LeavingRoute.allCases.map(\.rawValue).joined(separator: " or ") + ".",
            "leaving_reason": Carer.LeavingReason.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            "reviews_on": "Annual review days, ';'-separated.",
            "panel_reviews_on": "Days reviews went to panel, ';'-separated; the first is the first review.",
            "item_id": "The agenda item that took the household to panel.",
        ],
        load: { try $0.carer($1) }, save: { try $0.save($1) }, plan: Carer.timelinePlan,
        check: { rows, database in try ItemRecord.unknownItems(rows, item: \.item, database: database) })

    static let command = Command(
        name: "carer",
        summary: "Fostering households: recruitment, approval, reviews, leaving, and the year's funnel.",
        subcommands: [journey.add, journey.update, journey.show, list, timeline, CarerReviews.command, CarerFunnel.command])

    static let timeline = journey.timeline(
        discussion: "Rules D7 (application to panel), D10 and D11 (stages), D14 (first review at panel), D15 and D15a (reviews).",
        heading: { carer, day in
            var lines = ["Household \(carer.id)\(carer.name.isEmpty ? "" : " (\(carer.name))"): \(carer.status(on: day)) on \(day.long)"]
            if let type = carer.householdType { lines.append("Household type: \(type.label)") }
            if let reg24 = carer.reg24On {
                lines.append("Regulation 24 temporary approval: \(reg24.iso)" + (carer.reg24Extensions.isEmpty ? "" : ", extended \(carer.reg24Extensions.map(\.iso).joined(separator: ", "))"))
            }
            return lines
        })

    static let statuses = ["enquiry", "applied", "stage-1", "stage-2", "approved", "closed", "left"]

    static let list = Command(
        name: "list",
        summary: "Fostering households and where each stands.",
        options: [
            Option(name: "status", value: "STATUS", help: "Only households at this point: \(statuses.joined(separator: ", ")).", choices: statuses),
            Option(name: "as-of", value: "DAY", help: "The day to place them on (default: today)."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            let wanted = invocation.option("status")
            let rows: [[DataValue]] = try JourneyStore(try context.openDatabase()).carers().compactMap { carer in
                let status = carer.status(on: day)
                if let wanted, wanted != status { return nil }
                return [.string(carer.id), .string(carer.name), .string(status), DataValue(carer.householdType?.rawValue),
                        DataValue(carer.approvedOn?.iso), DataValue(carer.leftOn?.iso ?? carer.closedOn?.iso)]
            }
            context.print(Listing(columns: ["id", "name", "status", "household_type", "approved_on", "left_or_closed_on"], rows: rows), invocation)
        })
}
