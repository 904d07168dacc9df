// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way: rtux → Server → Site → Components → Markup, and Site → CCmarkGFM
// (DESIGN.md). Markup imports nothing but the standard library.
let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "rtux",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rtux", targets: ["rtux"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Markup", swiftSettings: strict),
        .target(name: "Components", dependencies: ["Markup"], swiftSettings: strict),
        // `rtux add` and the registry (issue 15): the kit's snippets as registry items, and
        // how they go into a Phoenix app. Foundation for files and JSON. DemoTests holds each
        // demo's Phoenix.LiveViewTest, which `rtux add --demo` ships (read at run time, not
        // compiled in, so Tests/phoenix/run.sh runs the very files).
        .target(name: "Install", dependencies: ["Components", "Markup"], resources: [.copy("DemoTests")],
                swiftSettings: strict),
        // Build-time syntax highlighting for code blocks and snippet tabs: pure, standard library only.
        .target(name: "Highlight", swiftSettings: strict),
        .target(
            name: "Site",
            dependencies: [
                "CCmarkGFM", "Markup", "Components", "Highlight", "Install",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict
        ),
        // `rtux serve`: the gallery from memory, rebuilt on change, with live reload and the
        // multi-tab hub's WebSocket (DESIGN.md, "Server"; docs/hub.md).
        .target(
            name: "Server",
            dependencies: ["Site", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "rtux",
            dependencies: ["Server", "Site", "Components", "Markup", "Install", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // Not part of `swift test`: `swift run -c release MarkupBench` (issue 3's benchmark).
        .executableTarget(name: "MarkupBench", dependencies: ["Components", "Markup"], path: "Benchmarks/MarkupBench"),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "ComponentsTests", dependencies: ["Components", "Markup"]),
        .testTarget(name: "HighlightTests", dependencies: ["Highlight"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Components"]),
        .testTarget(name: "rtuxTests", dependencies: ["Site"]),
        // The hub's end-to-end test talks to the server with the same package's WebSocket client.
        .testTarget(name: "ServerTests", dependencies: ["Server", .product(name: "HummingbirdWSClient", package: "hummingbird-websocket")]),
        .testTarget(name: "InstallTests", dependencies: ["Install", "Components"]),
    ]
)
