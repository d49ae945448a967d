extension SSDA903 {
    /// What a return gives: the child records derived, the children that could not be (with
    /// what is missing), and how many children the return holds that never had a plan for
    /// adoption.
    public struct Derivation: Sendable {
        public var children: [Child] = []
        public var refused: [Refusal] = []
        public var notAdoption = 0
    }

    public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        public var child: String
        public var reason: String
        public var description: String { "child \(child): \(reason); not imported" }
    }
}

extension SSDA903.Return {
    /// A child record for every child with a plan for adoption: a should-be-placed decision,
    /// a placement for adoption or an adoption. Children are in the order of their ids.
    ///
    /// The derivation, as the adoption scorecard reads the return (see README, "From the
    /// SSDA903 return"):
    /// - the period of care is the one holding the latest of the adoption, the placement
    ///   for adoption and the latest decision: episodes chained back, each starting the day
    ///   the one before ceased, to the episode with RNE S, and forward to the adoption or
    ///   the end of care;
    /// - entered care is that episode's DECOM; the placement order the first episode with LS
    ///   E1 (or a freeing order, D1); placed for adoption the first with PLACE A3 to A6; the
    ///   adoption order the DEC of the episode ceasing with REC E11 or E12;
    /// - the should-be-placed decision is PlacedAdoption's DATE_PLACED in that period (the
    ///   latest not after the placement); a decision that ceased other than by adoption is a
    ///   change of plan;
    /// - the match is AD1's DATE_MATCH; adopted by its own foster carers when AD1 says so
    ///   (FOSTER_CARE 1) or the placement is A3 or A5, the child having moved in with them at
    ///   the start of the run of episodes with the same carers that leads to the placement;
    /// - early permanence: a U2 or U5 placement in the period, or a match before the
    ///   placement order (A2 then counts 0 days).
    public func children() -> SSDA903.Derivation {
        var derivation = SSDA903.Derivation()
        let episodes = Dictionary(grouping: self.episodes, by: \.child)
        let adoptions = Dictionary(grouping: self.adoptions, by: \.child)
        let decisions = Dictionary(grouping: self.decisions, by: \.child)
        let ids = Set(episodes.keys).union(adoptions.keys).union(decisions.keys).sorted()
        for id in ids {
            switch Self.child(id, episodes: episodes[id] ?? [], adoptions: adoptions[id] ?? [], decisions: decisions[id] ?? []) {
            case .derived(let child): derivation.children.append(child)
            case .refused(let reason): derivation.refused.append(.init(child: id, reason: reason))
            case .notAdoption: derivation.notAdoption += 1
            }
        }
        return derivation
    }

    enum Outcome {
        case derived(Child)
        case refused(String)
        case notAdoption
    }

    static func child(_ id: String, episodes found: [SSDA903.Episode], adoptions: [SSDA903.Adoption], decisions decisionRows: [SSDA903.Decision]) -> Outcome {
        let episodes: [SSDA903.Episode], decisions: [SSDA903.Decision]
        switch (merged(found), merged(decisionRows)) {
        case (.success(let mergedEpisodes), .success(let mergedDecisions)): (episodes, decisions) = (mergedEpisodes, mergedDecisions)
        case (.failure(let refusal), _), (_, .failure(let refusal)): return .refused(refusal.reason)
        }
        let adoptedIn = episodes.lastIndex { $0.endReason.map(SSDA903.adopted.contains) ?? false }
        let placedIn = episodes.lastIndex { SSDA903.placedForAdoption.contains($0.placement) }
        guard adoptedIn != nil || placedIn != nil || !decisions.isEmpty || !adoptions.isEmpty else { return .notAdoption }
        guard !episodes.isEmpty else { return .refused("no episodes of care in the files (Episodes table)") }

        // The episode the period of care is found from: the latest of the adoption, the
        // placement for adoption and the episode holding the latest decision.
        let decidedIn = decisions.map(\.decidedOn).max().flatMap { day in episodes.lastIndex { $0.start <= day && ($0.end.map { day <= $0 } ?? true) } }
        let anchor: Int
        if let index = [adoptedIn, placedIn, decidedIn].compactMap({ $0 }).max() {
            anchor = index
        } else if let decided = decisions.map(\.decidedOn).max(), decided < episodes[0].start {
            return .refused("the period of care starts before the earliest file: the should-be-placed decision of \(decided.iso) is before the first episode in the files, from \(episodes[0].start.iso)")
        } else if adoptions.isEmpty {
            return .refused("the should-be-placed decision (PlacedAdoption DATE_PLACED) falls in no episode of care in the files")
        } else {
            return .refused("has an AD1 row but no episode ceasing by adoption (REC E11 or E12) or placement for adoption (PLACE A3 to A6)")
        }
        var first = anchor
        while episodes[first].reason != .started {
            guard first > 0 else {
                return .refused("the period of care starts before the earliest file: its first episode in the files, from \(episodes[first].start.iso), has RNE \(episodes[first].reason.rawValue), not S (started to be looked after)")
            }
            guard episodes[first - 1].end == episodes[first].start else {
                let before = episodes[first - 1].end.map { "ceased on \($0.iso)" } ?? "has no DEC"
                return .refused("a gap in the episodes: the episode from \(episodes[first].start.iso) has RNE \(episodes[first].reason.rawValue), but the one before it \(before)")
            }
            first -= 1
        }
        // And forward: the episodes that follow on the day each ceased (a placement order
        // after the decision, a change after the placement), to the adoption or the end of care.
        var last = anchor
        while last + 1 < episodes.count, episodes[last].endReason.map(SSDA903.adopted.contains) != true,
              let end = episodes[last].end, episodes[last + 1].start == end, episodes[last + 1].reason != .started {
            last += 1
        }
        let period = episodes[first...last]

        var child = Child(id: id)
        child.enteredCareOn = period.first!.start
        child.placementOrderOn = period.first { SSDA903.authorityToPlace.contains($0.legalStatus) }?.start
        let placement = period.firstIndex { SSDA903.placedForAdoption.contains($0.placement) }
        child.placedOn = placement.map { episodes[$0].start }
        let adoptionEpisode = period.last!.endReason.map(SSDA903.adopted.contains) == true ? period.last : nil
        child.adoptionOrderOn = adoptionEpisode?.end

        // Decisions and matches of a later period are not this one's.
        let periodEnd = period.last!.end ?? Day.accepted.upperBound
        let inPeriod = decisions.filter { child.enteredCareOn! <= $0.decidedOn && $0.decidedOn <= periodEnd }
        let decision = inPeriod.filter { decision in child.placedOn.map { decision.decidedOn <= $0 } ?? true }.max { $0.decidedOn < $1.decidedOn } ?? inPeriod.max { $0.decidedOn < $1.decidedOn }
        child.shobpaOn = decision?.decidedOn
        if child.adoptionOrderOn == nil, let decision, let ceased = decision.ceasedOn, !(decision.ceasedReason.map(SSDA903.adopted.contains) ?? false) {
            child.planChangedOn = ceased
            let code = decision.ceasedReason ?? ""
            child.planChangeReason = SSDA903.decisionCeased[code].map { "\(code): \($0)" } ?? "the decision ceased, for a reason the return does not give"
        }

        let matches = adoptions.filter { adoption in adoption.matchedOn.map { child.enteredCareOn! <= $0 && $0 <= periodEnd } ?? true }
        if child.adoptionOrderOn != nil {
            guard let adoption = matches.first else { return .refused("adopted on \(child.adoptionOrderOn!.iso) but no AD1 row gives the match (DATE_MATCH)") }
            guard matches.allSatisfy({ ($0.matchedOn, $0.byFosterCarers) == (adoption.matchedOn, adoption.byFosterCarers) }) else {
                return .refused("the AD1 rows in the files disagree (\(matches.map(\.source.description).joined(separator: ", ")))")
            }
            guard let matched = adoption.matchedOn else { return .refused("adopted on \(child.adoptionOrderOn!.iso) but AD1 (\(adoption.source)) has no DATE_MATCH") }
            child.matchedOn = matched
            child.fosterCarerAdoption = adoption.byFosterCarers == true
        }
        if let placement {
            child.fosterCarerAdoption = child.fosterCarerAdoption || SSDA903.placedWithFosterCarers.contains(episodes[placement].placement)
            if child.fosterCarerAdoption {
                var movedIn = placement
                while movedIn > first && episodes[movedIn].reason.sameCarers { movedIn -= 1 }
                child.movedInWithCarersOn = episodes[movedIn].start
            }
        }
        let earlyPlacement = period.prefix { episode in child.placedOn.map { episode.start <= $0 } ?? true }.contains { SSDA903.earlyPermanence.contains($0.placement) }
        let earlyMatch = both(child.matchedOn, child.placementOrderOn).map { $0 < $1 } ?? false
        child.earlyPermanence = earlyPlacement || earlyMatch

        let problems = child.orderProblems
        guard problems.isEmpty else { return .refused("the days derived are out of order: " + problems.map(\.description).joined(separator: "; ")) }
        return .derived(child)
    }

    /// The child's decisions, one per day decided: a decision still standing at the end of
    /// one year is in the next year's return too, ceased there or not.
    static func merged(_ decisions: [SSDA903.Decision]) -> Result<[SSDA903.Decision], SSDA903.Refusal> {
        var byDay: [Day: SSDA903.Decision] = [:]
        for decision in decisions {
            guard var kept = byDay[decision.decidedOn] else {
                byDay[decision.decidedOn] = decision
                continue
            }
            if kept.ceasedOn == nil { (kept.ceasedOn, kept.ceasedReason) = (decision.ceasedOn, decision.ceasedReason) }
            guard decision.ceasedOn == nil || (kept.ceasedOn, kept.ceasedReason) == (decision.ceasedOn, decision.ceasedReason) else {
                return .failure(.init(child: decision.child, reason: "two should-be-placed decisions of \(decision.decidedOn.iso) ceased differently (\(byDay[decision.decidedOn]!.source), \(decision.source))"))
            }
            byDay[decision.decidedOn] = kept
        }
        return .success(byDay.values.sorted { $0.decidedOn < $1.decidedOn })
    }

    /// The child's episodes in order, one per start day: the same episode read from two
    /// years' returns counts once, and an episode open in one year and ceased in the next
    /// keeps its end. Any other difference is refused.
    static func merged(_ episodes: [SSDA903.Episode]) -> Result<[SSDA903.Episode], SSDA903.Refusal> {
        var byStart: [Day: SSDA903.Episode] = [:]
        for episode in episodes {
            guard let other = byStart[episode.start] else {
                byStart[episode.start] = episode
                continue
            }
            var kept = other, read = episode
            if kept.end == nil { (kept.end, kept.endReason) = (read.end, read.endReason) }
            if read.end == nil { (read.end, read.endReason) = (kept.end, kept.endReason) }
            guard kept.sameFacts(as: read) else {
                return .failure(.init(child: episode.child, reason: "two episodes start on \(episode.start.iso) and differ (\(other.source), \(episode.source))"))
            }
            byStart[episode.start] = kept
        }
        return .success(byStart.values.sorted { $0.start < $1.start })
    }
}

private func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
