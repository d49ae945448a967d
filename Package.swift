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
        // Turns domain values into text through templates; reads and writes records as CSV.
        .target(name: "PanelDocuments", dependencies: ["PanelDomain", "Mustache"]),
        // The use cases: one function a user action, each one transaction that reads, checks
        // (through the domain) and writes. What any front end calls.
        .target(name: "PanelApplication", dependencies: ["PanelDomain", "PanelStore", "PanelDocuments", "Mustache"]),
        // Parses typed options, calls one use case, prints.
        .target(name: "PanelCLI", dependencies: ["PanelApplication", "PanelDomain", "PanelStore", "PanelDocuments", "Mustache"]),
        .executableTarget(name: "panel", dependencies: ["PanelCLI"]),
        .testTarget(name: "PanelDomainTests", dependencies: ["PanelDomain"]),
        .testTarget(name: "PanelStoreTests", dependencies: ["PanelStore", "PanelDomain"]),
        .testTarget(
            name: "PanelCLITests", dependencies: ["PanelCLI", "PanelApplication", "PanelDomain", "PanelStore", "PanelDocuments", "Mustache"],
            exclude: ["Golden"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache", "PanelDocuments"], exclude: ["Spec"]),
    ],
    swiftLanguageModes: [.v6]
)
