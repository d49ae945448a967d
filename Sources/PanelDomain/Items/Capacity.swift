/// The local limit on assessments per panel, read from the policy ([capacity] in
/// panels.ini): local practice, not law.
public enum Capacity {
    /// How many limited items a meeting would hold with `item` on it, when that is more than
    /// the policy allows; nil when the item is within the limit or not limited at all.
    public static func excess(adding item: AgendaItem, to others: [AgendaItem], panelKind: Panel.Kind, policy: PanelPolicy) -> Int? {
        guard policy.capacityPanelKinds.contains(panelKind), policy.capacityTypes.contains(item.type), item.recommendation != .withdrawn else { return nil }
        // An item withdrawn (booked in error, or taken off) no longer takes a place.
        let count = others.count(where: { $0.id != item.id && $0.meeting == item.meeting && policy.capacityTypes.contains($0.type) && $0.recommendation != .withdrawn }) + 1
        return count > policy.capacityMaximum ? count : nil
    }
}
