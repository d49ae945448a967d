import Foundation
import PanelDomain

/// The service's data files read and validated: the shipped `Data/` with the local folder's
/// overrides laid over it.
struct ServiceData {
    let calendar: WorkingCalendar
    let rules: RuleBook
    let policy: PanelPolicy
    let itemTypes: [ItemType]
    /// The override files that were found, for listings that say where a value came from.
    let localFiles: [String]

    static func load(shipped: String, local: (path: String, explicit: Bool)) throws -> ServiceData {
        if local.explicit && !FileManager.default.fileExists(atPath: local.path) {
            throw CLIError.noInput("the local folder \(local.path) does not exist")
        }
        let localRules = try readIfPresent(local.path + "/rules.ini")
        let localClosures = try readIfPresent(local.path + "/closures.txt")
        let localPolicy = try readIfPresent(local.path + "/panels.ini")
        let localTypes = try readIfPresent(local.path + "/item-types.ini")
        let itemTypes = try ItemType.load(
            shipped: SettingsFile.parse(try read(shipped + "/item-types.ini"), file: shipped + "/item-types.ini"),
            overrides: localTypes.map { [try SettingsFile.parse($0.text, file: $0.path)] } ?? [])
        let policy = try PanelPolicy.load(
            shipped: SettingsFile.parse(try read(shipped + "/panels.ini"), file: shipped + "/panels.ini"),
            overrides: localPolicy.map { [try SettingsFile.parse($0.text, file: $0.path)] } ?? [])
        let holidays = try NamedDay.parseList(try read(shipped + "/bank-holidays.txt"), file: shipped + "/bank-holidays.txt")
        let closures = try localClosures.map { try NamedDay.parseList($0.text, file: $0.path) } ?? []
        let rules = try RuleBook.load(
            shipped: SettingsFile.parse(try read(shipped + "/rules.ini"), file: shipped + "/rules.ini"),
            overrides: localRules.map { [try SettingsFile.parse($0.text, file: $0.path)] } ?? [])
        return ServiceData(
            calendar: WorkingCalendar(bankHolidays: holidays, closures: closures),
            rules: rules,
            policy: policy,
            itemTypes: itemTypes,
            localFiles: [localRules?.path, localClosures?.path, localPolicy?.path, localTypes?.path].compactMap { $0 })
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.noInput("cannot read \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError.data("\(path) is not UTF-8 text")
        }
        return text
    }

    private static func readIfPresent(_ path: String) throws -> (path: String, text: String)? {
        FileManager.default.fileExists(atPath: path) ? (path, try read(path)) : nil
    }
}
