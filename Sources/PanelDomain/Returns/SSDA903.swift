/// The SSDA903 return: the looked-after children data every English local authority sends
/// DfE each year, the source of the adoption scorecard. Only the tables and columns a child
/// record needs are kept: episodes of care, the adoption table (AD1) and the should-be-placed
/// decisions (PlacedAdoption). No name, date of birth or postcode is read.
///
/// Codes as DfE's "Children looked after return: guide to the SSDA903 collection" and the open
/// validators (data-to-insight lac_validator, SocialFinance liia-tools) have them.
public enum SSDA903 {
    /// Where a row came from, so that a problem can point at it.
    public struct Source: Hashable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }
        public var description: String { "\(file):\(line)" }
    }

    /// One episode of care (table Episodes): a period with the same legal status and placement.
    public struct Episode: Equatable, Sendable {
        public var child: String
        /// DECOM, the day the episode began.
        public var start: Day
        /// RNE, why a new episode began.
        public var reason: NewEpisode
        /// LS, the legal status.
        public var legalStatus: String
        /// PLACE, the placement.
        public var placement: String
        /// DEC, the day it ceased; nil while it goes on.
        public var end: Day?
        /// REC, why it ceased.
        public var endReason: String?
        public var source: Source

        public init(child: String, start: Day, reason: NewEpisode, legalStatus: String, placement: String, end: Day?, endReason: String?, source: Source) {
            self.child = child
            self.start = start
            self.reason = reason
            self.legalStatus = legalStatus
            self.placement = placement
            self.end = end
            self.endReason = endReason
            self.source = source
        }

        /// The same episode, wherever it was read: two years' returns repeat an open episode.
        func sameFacts(as other: Episode) -> Bool {
            var same = other
            same.source = source
            return same == self
        }
    }

    /// RNE: the reason a new episode began.
    public enum NewEpisode: String, CaseIterable, Sendable {
        /// Started to be looked after.
        case started = "S"
        /// Change of legal status only.
        case legalStatus = "L"
        /// Change of placement and carer(s) only.
        case placementAndCarer = "P"
        /// Change of placement only, with the same carer(s).
        case placementSameCarer = "T"
        /// Change of legal status and of placement and carer(s) at the same time.
        case legalStatusPlacementAndCarer = "B"
        /// Change of legal status and of placement, with the same carer(s), at the same time.
        case legalStatusPlacementSameCarer = "U"

        /// The child stayed with the same carers: the walk back to the day a child moved in
        /// with the foster carers who adopt it passes through these.
        public var sameCarers: Bool { self == .legalStatus || self == .placementSameCarer || self == .legalStatusPlacementSameCarer }
    }

    /// A row of AD1, returned for each child adopted in the year.
    public struct Adoption: Equatable, Sendable {
        public var child: String
        /// DATE_MATCH, the ADM's decision matching the child with its adopters.
        public var matchedOn: Day?
        /// FOSTER_CARE: adopted by its own foster carers (1) or not (0).
        public var byFosterCarers: Bool?
        public var source: Source

        public init(child: String, matchedOn: Day?, byFosterCarers: Bool?, source: Source) {
            self.child = child
            self.matchedOn = matchedOn
            self.byFosterCarers = byFosterCarers
            self.source = source
        }
    }

    /// A row of PlacedAdoption: the decision that the child should be placed for adoption.
    public struct Decision: Equatable, Sendable {
        public var child: String
        /// DATE_PLACED: despite its name, the day of the should-be-placed decision.
        public var decidedOn: Day
        /// DATE_PLACED_CEASED and REASON_PLACED_CEASED: the decision no longer stands, or the
        /// child was adopted.
        public var ceasedOn: Day?
        public var ceasedReason: String?
        public var source: Source

        public init(child: String, decidedOn: Day, ceasedOn: Day?, ceasedReason: String?, source: Source) {
            self.child = child
            self.decidedOn = decidedOn
            self.ceasedOn = ceasedOn
            self.ceasedReason = ceasedReason
            self.source = source
        }
    }

    /// One or more years' returns, read together.
    public struct Return: Sendable {
        public var episodes: [Episode] = []
        public var adoptions: [Adoption] = []
        public var decisions: [Decision] = []
        public init() {}
    }

    // The codes the derivation looks for.

    /// LS: E1 placement order granted; D1 freeing order granted.
    static let authorityToPlace: Set<String> = ["E1", "D1"]
    /// PLACE: A3 and A5 placed for adoption with the current foster carer(s) (with consent
    /// and with a placement order); A4 and A6 with anyone else.
    static let placedForAdoption: Set<String> = ["A3", "A4", "A5", "A6"]
    static let placedWithFosterCarers: Set<String> = ["A3", "A5"]
    /// PLACE: U2 and U5, a foster placement with carers who are also approved adopters
    /// (fostering for adoption or concurrent planning): early permanence.
    static let earlyPermanence: Set<String> = ["U2", "U5"]
    /// REASON_PLACED_CEASED, when a should-be-placed decision ceased other than by adoption;
    /// Ofsted's Annex A, list 10, asks for the same codes.
    public static let decisionCeased = [
        "RD1": "The child's needs changed subsequent to the decision",
        "RD2": "The Court did not make a placement order",
        "RD3": "Prospective adopters could not be found",
        "RD4": "Any other reason",
    ]
    /// REC: E11 adopted, application unopposed; E12 adopted, consent dispensed with.
    static let adopted: Set<String> = ["E11", "E12"]
}
