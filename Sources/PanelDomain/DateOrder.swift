/// Days of one record that must come in order: a stage cannot end before it starts.
public enum DateOrder {
    /// A day out of order, named by the record's field (its CSV column).
    public struct Problem: Equatable, Sendable {
        public let field: String
        public let message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    /// Each pair whose later day is before its earlier one, blamed on the later field.
    public static func problems(_ pairs: [(String, Day?, String, Day?)]) -> [Problem] {
        pairs.compactMap { earlierField, earlier, laterField, later in
            guard let earlier, let later, later < earlier else { return nil }
            return Problem(field: laterField, message: "\(later.iso) is before \(earlierField) \(earlier.iso); it cannot come first")
        }
    }
}
