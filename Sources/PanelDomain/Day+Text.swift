extension Day {
    /// ISO 8601, as CSV, JSON and the database store days: `2024-03-04`.
    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    /// The way UK panel papers write a day: `Monday 4 March 2024`.
    public var long: String { "\(weekday.name) \(day) \(Day.monthNames[month - 1]) \(year)" }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Reads `YYYY-MM-DD` (ISO) or `DD/MM/YYYY` (UK); nil for anything else, including
    /// well-formed text that names no real day, such as `2023-02-30`.
    public init?(parsing text: String) {
        let parts: [Substring]
        let order: (year: Int, month: Int, day: Int)
        if text.contains("-") {
            parts = text.split(separator: "-", omittingEmptySubsequences: false)
            order = (0, 1, 2)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2 else { return nil }
        } else {
            parts = text.split(separator: "/", omittingEmptySubsequences: false)
            order = (2, 1, 0)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
                (1...2).contains(parts[1].count)
            else { return nil }
        }
        guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(parts[order.year]), let m = Int(parts[order.month]), let d = Int(parts[order.day])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

extension Day: CustomStringConvertible {
    public var description: String { iso }
}

extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a day; expected YYYY-MM-DD")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
