import Foundation
import Mustache

extension DataValue {
    /// From JSONSerialization's output. A JSON boolean arrives as an NSNumber whose
    /// Objective-C type is "c", which is how it is told apart from 0 and 1; object keys
    /// are sorted, since JSON objects have no order.
    public init(json: Any) {
        switch json {
        case let number as NSNumber where String(cString: number.objCType) == "c":
            self = .bool(number.boolValue)
        case let number as NSNumber:
            let isWhole = String(cString: number.objCType) != "d" && String(cString: number.objCType) != "f"
            self = isWhole ? .int(number.intValue) : .double(number.doubleValue)
        case let text as String: self = .string(text)
        case let list as [Any]: self = .list(list.map(DataValue.init(json:)))
        case let object as [String: Any]: self = .object(object.keys.sorted().map { ($0, DataValue(json: object[$0]!)) })
        default: self = .null
        }
    }
}
