import Mustache
import PanelDocuments
import PanelDomain
import PanelStore

enum ChildCommand {
    static let journey = JourneyCommands<Child>(
        kind: ChildRecord.kind, noun: "child",
        help: [
            "shobpa_on": "The ADM's decision that the child should be placed for adoption.",
            "matched_on": "The ADM's match decision.",
            "foster_carer_adoption": "yes when the child's own foster carers adopt.",
            "moved_in_with_carers_on": "For a foster-carer adoption, the day the child moved in with them (the adjusted A1 counts to it).",
            "early_permanence": "yes for an early permanence placement.",
            "plan_changed_on": "The day the plan for adoption changed; the measures stop.",
            "adopter_id": "The adopter household matched with the child.",
        ],
        load: { try $0.child($1) }, save: { try $0.save($1) }, plan: Child.timelinePlan,
        check: { rows, database in try ChildRecord.check(rows, database: database) })

    static let command = Command(
        name: "child",
        summary: "Children with adoption plans: milestones, A1, A2 and the adjusted A1.",
        subcommands: [journey.add, journey.update, journey.show, list, timeline, measures])

    static let timeline = journey.timeline(
        discussion: """
            A1 counts from entering care to placement for adoption; the adjusted A1 counts to
            the day the child moved in with the family, which for a child adopted by its own
            foster carers is the day it moved in with them. Thresholds are rules A1, A10 and A2.
            """,
        heading: { child, day in
            var lines = ["Child \(child.id) on \(day.long)"]
            if child.fosterCarerAdoption { lines.append("Adopted by its own foster carers") }
            if child.earlyPermanence { lines.append("Early permanence placement") }
            if let changed = child.planChangedOn { lines.append("Plan changed on \(changed.iso): \(child.planChangeReason)") }
            return lines
        })

    static let list = Command(
        name: "list",
        summary: "Children with adoption plans and their milestones.",
        discussion: "--waiting lists children with a placement order and no match yet, longest waiting first.",
        options: [
            Option(name: "waiting", value: nil, help: "Only children waiting for a match."),
            Option(name: "as-of", value: "DAY", help: "The day to judge waiting on (default: today)."),
            .format(), .noHeaders,
        ],
        run: { invocation, context in
            let day = try invocation.dayOption("as-of") ?? context.today
            var children = try JourneyStore(try context.openDatabase()).children()
            if invocation.flag("waiting") {
                children = children.filter { $0.isWaiting(on: day) }.sorted { ($0.placementOrderOn!, $0.id) < ($1.placementOrderOn!, $1.id) }
            }
            context.print(Listing(
                columns: ["id", "entered_care_on", "shobpa_on", "placement_order_on", "matched_on", "placed_on", "adoption_order_on", "adopter_id", "days_waiting"],
                rows: children.map { child in
                    [.string(child.id), DataValue(child.enteredCareOn?.iso), DataValue(child.shobpaOn?.iso), DataValue(child.placementOrderOn?.iso),
                     DataValue(child.matchedOn?.iso), DataValue(child.placedOn?.iso), DataValue(child.adoptionOrderOn?.iso), DataValue(child.adopter),
                     child.isWaiting(on: day) ? .int(child.placementOrderOn!.days(to: day)) : .null]
                }), invocation)
        })

    static let measures = Command(
        name: "measures",
        summary: "The year's children's figures and scorecard: A1, adjusted A1, A2, adopted within 12 months.",
        discussion: """
            Milestones count the events in the year. The scorecard averages over the children
            adopted in the year, with one decimal place; percentages within a threshold are
            whole numbers, halves up. Each figure is printed with its definition.
            """,
        options: [Option(name: "year", value: "YYYY/YY", help: "The reporting year (default: the one today falls in)."), .format(), .noHeaders],
        run: { invocation, context in
            let year = try invocation.reportingYearOption() ?? ReportingYear(containing: context.today)
            context.print(FigureListing.listing(try AdopterCommand.adoptionYear(year, context: context).childFigures, year: year), invocation)
        })
}
