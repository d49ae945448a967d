/// Ofsted's Annex A for the inspection of local authority children's services (ILACS):
/// the child-level lists an inspection asks for, of which panel's records fill the two on
/// adoption. Headings and order as Ofsted's template ("Child-level data: additional guidance
/// and template for Annex A", published with the ILACS framework, updated December 2024),
/// read through SocialFinance's liia-tools Annex_A_schema.yml; "Gender" is "Sex" from the
/// 2026 template (liia-tools-pipeline Annex_A_schema_2026.diff.yml). Days DD/MM/YYYY.
/// Annex A has no fostering list (lists 1 to 11; fostering appears only as the fostering
/// for adoption columns of lists 10 and 11).
public struct AnnexAList: Sendable {
    public let number: Int
    public let title: String
    public let columns: [String]
    /// The columns panel's records cannot fill, left empty in every row.
    public let unfilled: [String]
}

public enum AnnexA {
    public static let lists = [10, 11]

    /// The 12 months before the inspection: the day a year before `asOf` to `asOf`.
    static func period(_ asOf: Day) -> ClosedRange<Day> { asOf.adding(months: -12)...asOf }

    static func text(_ day: Day?) -> String {
        guard let day else { return "" }
        let iso = day.iso
        return "\(iso.suffix(2))/\(iso.dropFirst(5).prefix(2))/\(iso.prefix(4))"
    }

    /// List 10, Adoption: every child who, in the 12 months before the inspection, was
    /// adopted, or had a should-be-placed decision and is not yet adopted, or had that
    /// decision reversed. A row a child, in order of id (`adoptionRow`).
    public static let adoption = AnnexAList(
        number: 10, title: "Adoption",
        columns: [
            "Child Unique ID", "Family identifier", "Sex", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Does the Child have a Disability",
            "Date the Child Entered Care", "Date of Decision that Child Should be Placed for Adoption", "Date of Placement Order",
            "Date of Matching Child and Prospective Adopters", "Date Placed for Adoption", "Date of Adoption Order",
            "Date of Decision that Child Should No Longer be Placed for Adoption", "Reason Why Child No Longer Placed for Adoption",
            "Date the child was placed for fostering in FFA or concurrent planning placement",
        ],
        // The day a fostering for adoption placement began is not a field of the child
        // record (moved_in_with_carers_on is it only when those carers adopt).
        unfilled: ["Family identifier", "Sex", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Does the Child have a Disability",
                   "Date the child was placed for fostering in FFA or concurrent planning placement"])

    /// The child's row of list 10, or nil when the child is not on it. Only what was known
    /// on the day of the inspection counts.
    public static func adoptionRow(_ child: Child, asOf: Day) -> [String]? {
        let period = period(asOf)
        let known = { (day: Day?) in day.flatMap { $0 <= asOf ? $0 : nil } }
        if let adopted = known(child.adoptionOrderOn) {
            guard period.contains(adopted) else { return nil }
        } else {
            guard known(child.shobpaOn) != nil, known(child.planChangedOn).map(period.contains) ?? true else { return nil }
        }
        let reversed = known(child.planChangedOn)
        // The reason as Annex A codes it, when the record gives the code (as an import
        // of the SSDA903 return does: "RD2: The Court did not make a placement order").
        let code = String(child.planChangeReason.prefix(3))
        let reason = reversed != nil && SSDA903.decisionCeased[code] != nil ? code : ""
        return [child.id, "", "", "", "", "", "",
                text(known(child.enteredCareOn)), text(known(child.shobpaOn)), text(known(child.placementOrderOn)),
                text(known(child.matchedOn)), text(known(child.placedOn)), text(known(child.adoptionOrderOn)),
                text(reversed), reason, ""]
    }

    /// List 11, Adopters: every household that had contact with the adoption agency in
    /// the 12 months before the inspection: not one that left, or whose children were all
    /// adopted, before them. Panel keeps households, not individuals: the household's id
    /// stands for both identifiers. A row a household, in order of id (`adopterRow`).
    public static let adopters = AnnexAList(
        number: 11, title: "Adopters",
        columns: [
            "Individual adopter identifier", "Family identifier", "Sex", "Ethnicity", "Disability", "Is the (prospective) adopter fostering for adoption?",
            "Date enquiry received", "Date Stage 1 started", "Date Stage 1 ended", "Date Stage 2 started", "Date Stage 2 ended",
            "Date application submitted", "Date application approved", "Date adopter matched with child(ren)",
            "Date child/children placed with adopter(s)", "No. of children placed", "Date of Adoption Order",
            "Date of leaving adoption process", "Reason for leaving adoption process",
        ],
        unfilled: ["Sex", "Ethnicity", "Disability", "Is the (prospective) adopter fostering for adoption?", "Date application submitted"])

    /// The household's row of list 11, from its record and the children matched with it
    /// (`theirs`), or nil when it is not on the list.
    public static func adopterRow(_ adopter: Adopter, children theirs: [Child], asOf: Day) -> [String]? {
        let period = period(asOf)
        let known = { (day: Day?) in day.flatMap { $0 <= asOf ? $0 : nil } }
        // Refused: the ADM decided and did not approve.
        let refused = adopter.approvedOn == nil ? known(adopter.admDecidedOn) : nil
        let left = known(adopter.withdrawnOn) ?? refused
        let adopted = theirs.compactMap { known($0.adoptionOrderOn) }
        let firstDay = [adopter.enquiryOn, adopter.roiOn, adopter.stage1StartOn, adopter.stage2StartOn].compactMap(known).min()
        guard firstDay != nil else { return nil }
        if let left, left < period.lowerBound { return nil }
        if !theirs.isEmpty && adopted.count == theirs.count && adopted.max()! < period.lowerBound { return nil }
        let placed = theirs.compactMap { known($0.placedOn) }
        let reason = left == nil ? "" : adopter.withdrawnOn != nil && left == known(adopter.withdrawnOn) ? "Adopter withdrew from process" : "Application refused"
        return [adopter.id, adopter.id, "", "", "", "",
                text(known(adopter.enquiryOn)), text(known(adopter.stage1StartOn)), text(known(adopter.stage1EndOn)),
                text(known(adopter.stage2StartOn)), text(known(adopter.stage2EndOn)), "", text(known(adopter.approvedOn)),
                text(theirs.compactMap { known($0.matchedOn) }.min()), text(placed.min()), placed.isEmpty ? "" : String(placed.count),
                text(adopted.min()), text(left), reason]
    }
}
