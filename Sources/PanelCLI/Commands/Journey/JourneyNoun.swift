import PanelApplication
import PanelDomain

/// What the commands adopters, children and fostering households share need to know of
/// each: its use cases' kind, its fields' help, and its timeline's heading.
protocol JourneyNoun {
    associatedtype Value: Journey & Sendable
    static var kind: JourneyKind<Value> { get }
    static var fieldHelp: [String: String] { get }
    static var timelineDiscussion: String { get }
    /// The lines above a timeline: who, where they stand on the day, what is special.
    static func heading(_ value: Value, on day: Day) -> [String]
}
