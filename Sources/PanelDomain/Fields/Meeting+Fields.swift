extension Meeting {
    /// A blank start time or venue is the panel's usual one.
    public static let fields = FieldTable<Meeting>(
        name: "meetings",
        fields: [
            .identifier("id", \.id),
            .identifier("panel", \.panel, column: "panel_id"),
            Field("date", .day, column: "date", get: { .day($0.date) }) { meeting, value in
                if let day = value.day { meeting.date = day }
                return nil
            },
            Field("start_time", .time, column: "start_time", get: { .time($0.startTime) }) { meeting, value in
                if case .time(let time) = value { meeting.startTime = time }
                return nil
            },
            .text("venue", \.venue),
            Field("status", .choice(Status.allCases.map(\.rawValue)), column: "status", get: { .text($0.status.rawValue) }) { meeting, value in
                guard let status = Status(rawValue: value.text) else { return "holds a value this version does not know" }
                meeting.status = status
                return nil
            },
            .optionalText("cancel_reason", \.cancelReason, maximumLength: 500),
            .time("end_time", \.endTime),
            .text("link", \.link, maximumLength: 500),
        ],
        required: ["id", "panel", "date"],
        blank: { Meeting(id: "", panel: "", date: Day(ordinal: 0), startTime: TimeOfDay(hour: 0, minute: 0)!, venue: "") },
        finish: { meeting, given, context in
            var problems: [Problem] = []
            if let panel = context.panels.first(where: { $0.id == meeting.panel }) {
                if (given("start_time") ?? "").allSatisfy(\.isWhitespace) { meeting.startTime = panel.startTime }
                if (given("venue") ?? "").allSatisfy(\.isWhitespace) { meeting.venue = panel.venue }
            } else {
                problems.append(Problem(field: "panel", message: "no panel \(FieldKind.id(meeting.panel, or: "of the name given")); the panels are \(context.panels.map(\.id).joined(separator: ", "))"))
            }
            problems += meeting.cancellationProblems
            return problems
        })

    /// A cancelled meeting has the reason it was cancelled, and only a cancelled one has.
    public var cancellationProblems: [Problem] {
        if status == .cancelled && cancelReason == nil {
            return [Problem(field: "cancel_reason", message: "a cancelled meeting needs the reason it was cancelled")]
        }
        if status != .cancelled && cancelReason != nil {
            return [Problem(field: "cancel_reason", message: "only a cancelled meeting has a reason for cancelling")]
        }
        return []
    }
}

extension Attendance {
    /// A blank `expected` is yes: people are expected unless the list says otherwise.
    public static let fields = FieldTable<Attendance>(
        name: "attendance",
        fields: [
            .identifier("meeting_id", \.meeting),
            .identifier("member_id", \.member),
            .flag("expected", \.expected),
            .choice("attended", \.attended),
        ],
        required: ["meeting_id", "member_id"],
        keyFields: ["meeting_id", "member_id"],
        blank: { Attendance(meeting: "", member: "", expected: true) },
        finish: { attendance, given, _ in
            if (given("expected") ?? "").allSatisfy(\.isWhitespace) { attendance.expected = true }
            return []
        })
}

extension Panel {
    /// The usual start time when none is given; a service changes it per panel.
    public static let defaultStartTime = TimeOfDay(hour: 10, minute: 0)!

    /// A panel's chair must be independent unless it says otherwise; a long-term matching
    /// panel, chaired by team managers, need not have one (reg 23(4) FSR 2011 is about the
    /// fostering panel).
    public static let fields = FieldTable<Panel>(
        name: "panels",
        fields: [
            .identifier("id", \.id),
            .text("name", \.name),
            Field("kind", .choice(Kind.allCases.map(\.rawValue)), column: "kind", get: { .text($0.kind.rawValue) }) { panel, value in
                guard let kind = Kind(rawValue: value.text) else { return "holds a value this version does not know" }
                panel.kind = kind
                return nil
            },
            Field("start_time", .time, column: "start_time", get: { .time($0.startTime) }) { panel, value in
                if case .time(let time) = value { panel.startTime = time }
                return nil
            },
            .text("venue", \.venue),
            .flag("independent_chair", \.independentChair),
            .flag("joint", \.joint),
        ],
        required: ["id", "name", "kind"],
        blank: { Panel(id: "", name: "", kind: .fostering, startTime: Panel.defaultStartTime, venue: "", independentChair: true) },
        finish: { panel, given, _ in
            if (given("independent_chair") ?? "").allSatisfy(\.isWhitespace) { panel.independentChair = panel.kind != .longTermMatching }
            return []
        })
}
