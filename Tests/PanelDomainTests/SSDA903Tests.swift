import Testing
@testable import PanelDomain

/// The walk back to the day a child moved in with the foster carers who adopt it: RNE L, T
/// and U keep the carers (U: legal status and placement changed, same carers); P and B
/// bring new ones.
@Suite struct SSDA903DerivationTests {
    func child(_ reasons: [SSDA903.NewEpisode]) -> Child? {
        let starts = ["2022-01-03", "2022-03-01", "2022-06-01", "2022-09-01"].map { Day(parsing: $0)! }
        var data = SSDA903.Return()
        for (index, reason) in reasons.enumerated() {
            let last = index == reasons.count - 1
            data.episodes.append(.init(child: "C1", start: starts[index], reason: reason, legalStatus: last ? "E1" : "C2", placement: last ? "A5" : "U6",
                                       end: last ? Day(parsing: "2023-01-10") : starts[index + 1], endReason: last ? "E11" : "X1",
                                       source: .init(file: "f", line: index + 2)))
        }
        data.adoptions.append(.init(child: "C1", matchedOn: Day(parsing: "2022-08-15"), byFosterCarers: true, source: .init(file: "f", line: 9)))
        return data.children().children.first
    }

    @Test func sameCarersThroughLTAndU() {
        // S 3 Jan, P 1 Mar (new carers), L 1 Jun, U 1 Sep (placed with them): moved in 1 Mar.
        #expect(child([.started, .placementAndCarer, .legalStatus, .legalStatusPlacementSameCarer])?.movedInWithCarersOn == Day(parsing: "2022-03-01"))
        // B brings new carers on 1 Sep: they moved in that day.
        #expect(child([.started, .placementAndCarer, .legalStatus, .legalStatusPlacementAndCarer])?.movedInWithCarersOn == Day(parsing: "2022-09-01"))
        // Walked back to the start of care: in care with them from 3 Jan.
        #expect(child([.started, .placementSameCarer, .legalStatus, .placementSameCarer])?.movedInWithCarersOn == Day(parsing: "2022-01-03"))
    }
}
