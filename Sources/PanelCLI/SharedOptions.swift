import PanelDocuments
import PanelDomain

/// Where the database and the service's local overrides are.
struct StoreOptions: ParsableArguments {
    @Option(name: "db", "PATH", help: "The database file (default: $PANEL_DB, or panel.db here).")
    var database: String?

    @Option(name: "local", "DIR", help: "The service's local overrides (default: $PANEL_LOCAL, or local/ beside the database).")
    var local: String?

    @Flag(help: "Use a database on a network file system (NFS, SMB) with a rollback journal, one command at a time, instead of refusing it.")
    var allowNetworkFs: Bool
}

/// Where the database is, and who is changing it.
struct WriterOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(name: "by", "NAME", help: "Who is making the change, for the audit trail (default: $PANEL_USER, or the login name).")
    var by: String?
}

/// How a listing is printed, and where.
struct ListingOptions: ParsableArguments {
    @Option(help: "Output format: table, csv or json (default: table).")
    var format: Listing.Format = .table

    @Flag(help: "Leave out the header row of a table or CSV.")
    var noHeaders: Bool

    @Option(name: "output", "FILE", help: "Write to this file (created readable by its owner only) instead of standard output.")
    var output: String?

    @Flag(help: "Start CSV on standard output with a UTF-8 byte-order mark too (files always have one), for a spreadsheet reading it.")
    var bom: Bool
}

/// The day something is judged on.
struct AsOfOption: ParsableArguments {
    @Option(name: "as-of", help: "The day to judge on (default: today); also 'today' or 'yesterday'.")
    var day: Day?
}

/// A show command's format.
struct ShowOptions: ParsableArguments {
    @Option(help: "Output format: table or json (default: table).")
    var format: ShowFormat = .table

    enum ShowFormat: String, ChoiceValue {
        case table, json
    }
}

/// Where a document goes, in which format, and from which templates.
struct DocumentOptions: ParsableArguments {
    @Option(help: "Output format: txt, md, html, docx (Word, with --output) or json, the data the template receives (default: txt).")
    var format: DocumentFormat = .txt

    @Option(name: "output", "FILE", help: "Write to this file (created readable by its owner only) instead of standard output.")
    var output: String?

    @Option(name: "templates", "DIR", help: "A service's own templates, used before the shipped ones.")
    var templates: String?

    enum DocumentFormat: String, ChoiceValue {
        case txt, md, html, docx, json
    }
}
