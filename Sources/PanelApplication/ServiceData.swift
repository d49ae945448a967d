import Foundation
import PanelDomain

/// The service's data files read and validated: the shipped `Data/` with the local folder's
/// overrides laid over it.
public struct ServiceData: Sendable {
    public let calendar: WorkingCalendar
    public let rules: RuleBook
    public let policy: PanelPolicy
    public let itemTypes: [ItemType]
    /// The override files that were found, for listings that say where a value came from.
    public let localFiles: [String]

    static func load(shipped: String, local: (path: String, explicit: Bool)) throws -> ServiceData {
        if local.explicit && !FileManager.default.fileExists(atPath: local.path) {
            throw ApplicationError.noInput("the local folder \(local.path) does not exist")
        }
        var localFiles: [String] = []
        /// The shipped settings file and, when the service has one, its local override.
        func settings(_ name: String) throws -> (shipped: SettingsFile, overrides: [SettingsFile]) {
            let shippedFile = try SettingsFile.parse(try read(shipped + "/" + name), file: shipped + "/" + name)
            guard let override = try readIfPresent(local.path + "/" + name) else { return (shippedFile, []) }
            localFiles.append(override.path)
            return (shippedFile, [try SettingsFile.parse(override.text, file: override.path)])
        }
        let rules = try settings("rules.ini")
        let policy = try settings("panels.ini")
        let itemTypes = try settings("item-types.ini")
        let holidays = try NamedDay.parseList(try read(shipped + "/bank-holidays.txt"), file: shipped + "/bank-holidays.txt")
        let localClosures = try readIfPresent(local.path + "/closures.txt")
        if let localClosures { localFiles.append(localClosures.path) }
        return ServiceData(
            calendar: WorkingCalendar(bankHolidays: holidays, closures: try localClosures.map { try NamedDay.parseList($0.text, file: $0.path) } ?? []),
            rules: try RuleBook.load(shipped: rules.shipped, overrides: rules.overrides),
            policy: try PanelPolicy.load(shipped: policy.shipped, overrides: policy.overrides),
            itemTypes: try ItemType.load(shipped: itemTypes.shipped, overrides: itemTypes.overrides),
            localFiles: localFiles)
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ApplicationError.noInput("cannot read \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ApplicationError.noInput("\(path) is not UTF-8 text")
        }
        return text
    }

    private static func readIfPresent(_ path: String) throws -> (path: String, text: String)? {
        FileManager.default.fileExists(atPath: path) ? (path, try read(path)) : nil
    }
}
