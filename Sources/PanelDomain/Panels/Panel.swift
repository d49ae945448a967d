/// A panel of the service. One admin team runs all of a service's panels, so the kind of
/// panel is data (DOMAIN.md section 2).
public struct Panel: Equatable, Identifiable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case fostering
        case adoption
        case longTermMatching = "long-term-matching"

        public var label: String {
            switch self {
            case .fostering: "Fostering panel"
            case .adoption: "Adoption panel"
            case .longTermMatching: "Long-term matching panel"
            }
        }
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var startTime: TimeOfDay
    public var venue: String
    /// Chairs appointed after 1 October 2011 must be independent of the service (reg 23(4));
    /// a long-term matching panel chaired by team managers is not.
    public var independentChair: Bool
    /// Constituted jointly by two or more agencies or services: its quorum is larger
    /// (reg 6 AAR 2005; reg 24 FSR 2011).
    public var joint: Bool

    public init(id: String, name: String, kind: Kind, startTime: TimeOfDay, venue: String, independentChair: Bool, joint: Bool = false) {
        self.id = id
        self.name = name
        self.kind = kind
        self.startTime = startTime
        self.venue = venue
        self.independentChair = independentChair
        self.joint = joint
    }
}
