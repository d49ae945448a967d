/// What saving a record did, so that an import can say "3 added, 1 updated, 8 unchanged".
public enum SaveOutcome: Sendable {
    case added, updated, unchanged
}
