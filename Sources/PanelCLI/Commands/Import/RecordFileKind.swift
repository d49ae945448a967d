import PanelApplication

/// A kind of record file, for the import and export commands of each.
protocol RecordFileKind {
    static var file: RecordFile { get }
    static var summary: String { get }
}

enum ServiceFile: RecordFileKind {
    static let file = RecordFile.named("service")!
    static let summary = "the service's name, as its papers print it"
}

enum ItemMovesFile: RecordFileKind {
    static let file = RecordFile.named("item-moves")!
    static let summary = "agenda items' moves between meetings"
}

enum ItemAbsencesFile: RecordFileKind {
    static let file = RecordFile.named("item-absences")!
    static let summary = "members present who took no part in an item"
}

enum PanelsFile: RecordFileKind {
    static let file = RecordFile.named("panels")!
    static let summary = "panels"
}

enum MembersFile: RecordFileKind {
    static let file = RecordFile.named("members")!
    static let summary = "the central list: members, advisers and minute takers"
}

enum MeetingsFile: RecordFileKind {
    static let file = RecordFile.named("meetings")!
    static let summary = "panel meetings"
}

enum AttendanceFile: RecordFileKind {
    static let file = RecordFile.named("attendance")!
    static let summary = "who was expected at meetings and who came"
}

enum ItemsFile: RecordFileKind {
    static let file = RecordFile.named("items")!
    static let summary = "agenda items and their decision chain"
}

enum AdoptersFile: RecordFileKind {
    static let file = RecordFile.named("adopters")!
    static let summary = "prospective adopters and their stages"
}

enum ChildrenFile: RecordFileKind {
    static let file = RecordFile.named("children")!
    static let summary = "children with adoption plans"
}

enum CarersFile: RecordFileKind {
    static let file = RecordFile.named("carers")!
    static let summary = "fostering households, from enquiry to leaving"
}
