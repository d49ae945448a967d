// swift-tools-version:6.0
import PackageDescription

// No package dependencies: Foundation, the test libraries and the system's libsqlite3.
let package = Package(
    name: "panel",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "panel", targets: ["panel"])
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // Pure value types and functions: no SQLite, no printing, no clock.
        .target(name: "PanelDomain"),
        // Maps database rows to domain values.
        .target(name: "PanelStore", dependencies: ["PanelDomain", "CSQLite"]),
        // A Mustache engine, standing alone: the spec's templates, strict mode for documents.
        .target(name: "Mustache"),
        // Turns domain values into text through templates.
        .target(name: "PanelDocuments", dependencies: ["PanelDomain", "Mustache"]),
        // Parses arguments, calls the domain and the store, prints.
        .target(name: "PanelCLI", dependencies: ["PanelDomain", "PanelStore", "PanelDocuments", "Mustache"]),
        .executableTarget(name: "panel", dependencies: ["PanelCLI"]),
        .testTarget(name: "PanelDomainTests", dependencies: ["PanelDomain"]),
        .testTarget(name: "PanelStoreTests", dependencies: ["PanelStore", "PanelDomain"]),
        .testTarget(
            name: "PanelCLITests", dependencies: ["PanelCLI", "PanelDomain", "PanelDocuments", "Mustache"],
            exclude: ["Golden"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache", "PanelDocuments"]),
    ],
    swiftLanguageModes: [.v6]
)
