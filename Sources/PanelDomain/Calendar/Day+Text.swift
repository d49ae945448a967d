extension Day {
    /// ISO 8601, as CSV, JSON and the database store days: `2024-03-04`.
    public var iso: String {
        let (year, month, day) = civil
        guard (0...9999).contains(year) else { return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)" }
        // Written digit by digit: exports and the store write hundreds of thousands of days.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            for (offset, number, width) in [(0, year, 4), (5, month, 2), (8, day, 2)] {
                var rest = number
                for index in (offset..<offset + width).reversed() {
                    buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            buffer[4] = UInt8(ascii: "-")
            buffer[7] = UInt8(ascii: "-")
            return 10
        }
    }

    /// The way UK panel papers write a day: `Monday 4 March 2024`.
    public var long: String {
        let (year, month, day) = civil
        return "\(weekday.name) \(day) \(Day.monthNames[month - 1]) \(year)"
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Reads `YYYY-MM-DD` (ISO) or `DD/MM/YYYY` (UK); nil for anything else, including
    /// well-formed text that names no real day, such as `2023-02-30`.
    public init?(parsing text: String) {
        if let found = text.utf8.withContiguousStorageIfAvailable(Day.init(iso:)), let found {
            self = found
            return
        }
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

extension Day {
    /// Reads `YYYY-MM-DD` from UTF-8 bytes without making a string, since imports and the
    /// store read hundreds of thousands of days; nil for anything else.
    public init?(iso bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
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
