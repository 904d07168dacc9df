import Foundation
import Testing

/// Runs the built `rtux` binary as a user would and checks stdout, stderr and the exit code.
struct CommandLine {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary sits beside the test bundle in the build folder (`swift build` makes it before `swift test`).
    static var binary: String? {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("rtux").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        let fallback = repository.appendingPathComponent(".build/debug/rtux").path
        return FileManager.default.isExecutableFile(atPath: fallback) ? fallback : nil
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let binary = try #require(binary, "build the rtux executable first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

@Suite struct CommandLineTests {
    func project(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    let templates = CommandLine.repository.appendingPathComponent("Templates").path

    @Test func version() throws {
        let result = try CommandLine.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test func helpListsTheSubcommands() throws {
        let result = try CommandLine.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: rtux <subcommand>"))
        #expect(result.stdout.contains("build"))
        let build = try CommandLine.run(["build", "--help"])
        #expect(build.stdout.contains("--content <content>"))
        #expect(build.stdout.contains("--strict"))
    }

    @Test func usageErrorKeepsTheParsersExitCode() throws {
        let result = try CommandLine.run(["build", "--no-such-flag"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--no-such-flag'"))
    }

    @Test func buildPrintsOneSummaryLine() throws {
        let root = try project(["Content/latency/a.md": "---\nid: a\ntitle: A\nchallenge: latency\nsummary: S\n---\nText\n"])
        let result = try CommandLine.run(["build", "--templates", templates], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        // The page, the index, 27 component pages and the components index.
        #expect(lines.first?.hasPrefix("built 30 pages, 46 demos (0 placed; files ≤ ") == true, "\(lines)")
        #expect(lines.first?.contains("), 46 warnings in ") == true, "forty-six demos never placed")
        #expect(lines.first?.hasSuffix(" s → output") == true)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/latency/a.html").path))
    }

    @Test func contentErrorsGoToStderrInCompilerFormatWithExit1() throws {
        let root = try project(["Content/latency/a.md": "---\nid: a\ntitle: A\nchallenge: latency\nsumary: S\n---\n"])
        let result = try CommandLine.run(["build", "--templates", templates], in: root)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
        Content/latency/a.md:5:1: error: unknown key 'sumary' (did you mean 'summary'?); the keys are id, title, challenge, summary, order, related
        Content/latency/a.md:1:1: error: missing required key 'summary': add a line 'summary: …' to the front matter
        Content: warning: demo 'skeletons' is never placed: add a ```demo block with 'skeletons' to a page
        Content: warning: demo 'loading-classes' is never placed: add a ```demo block with 'loading-classes' to a page
        Content: warning: demo 'disconnect-banner' is never placed: add a ```demo block with 'disconnect-banner' to a page
        Content: warning: demo 'typing-indicator' is never placed: add a ```demo block with 'typing-indicator' to a page
        Content: warning: demo 'undo-buffer' is never placed: add a ```demo block with 'undo-buffer' to a page
        Content: warning: demo 'requires-connection' is never placed: add a ```demo block with 'requires-connection' to a page
        Content: warning: demo 'offline-queue' is never placed: add a ```demo block with 'offline-queue' to a page
        Content: warning: demo 'unsaved-changes' is never placed: add a ```demo block with 'unsaved-changes' to a page
        Content: warning: demo 'extended-disconnect' is never placed: add a ```demo block with 'extended-disconnect' to a page
        Content: warning: demo 'form-recovery' is never placed: add a ```demo block with 'form-recovery' to a page
        Content: warning: demo 'connection-states' is never placed: add a ```demo block with 'connection-states' to a page
        Content: warning: demo 'new-version' is never placed: add a ```demo block with 'new-version' to a page
        Content: warning: demo 'url-state' is never placed: add a ```demo block with 'url-state' to a page
        Content: warning: demo 'inline-loading' is never placed: add a ```demo block with 'inline-loading' to a page
        Content: warning: demo 'skeleton-flash' is never placed: add a ```demo block with 'skeleton-flash' to a page
        Content: warning: demo 'load-more' is never placed: add a ```demo block with 'load-more' to a page
        Content: warning: demo 'async-result' is never placed: add a ```demo block with 'async-result' to a page
        Content: warning: demo 'stale-while-revalidate' is never placed: add a ```demo block with 'stale-while-revalidate' to a page
        Content: warning: demo 'progress' is never placed: add a ```demo block with 'progress' to a page
        Content: warning: demo 'infinite-scroll' is never placed: add a ```demo block with 'infinite-scroll' to a page
        Content: warning: demo 'loading-hierarchy' is never placed: add a ```demo block with 'loading-hierarchy' to a page
        Content: warning: demo 'feed-window' is never placed: add a ```demo block with 'feed-window' to a page
        Content: warning: demo 'background-export' is never placed: add a ```demo block with 'background-export' to a page
        Content: warning: demo 'dual-state' is never placed: add a ```demo block with 'dual-state' to a page
        Content: warning: demo 'js-commands' is never placed: add a ```demo block with 'js-commands' to a page
        Content: warning: demo 'no-optimism' is never placed: add a ```demo block with 'no-optimism' to a page
        Content: warning: demo 'optimistic-assigns' is never placed: add a ```demo block with 'optimistic-assigns' to a page
        Content: warning: demo 'optimistic-stream' is never placed: add a ```demo block with 'optimistic-stream' to a page
        Content: warning: demo 'latency-thresholds' is never placed: add a ```demo block with 'latency-thresholds' to a page
        Content: warning: demo 'silent-disconnect' is never placed: add a ```demo block with 'silent-disconnect' to a page
        Content: warning: demo 'optimistic-payment' is never placed: add a ```demo block with 'optimistic-payment' to a page
        Content: warning: demo 'full-page-spinner' is never placed: add a ```demo block with 'full-page-spinner' to a page
        Content: warning: demo 'blocking-modal' is never placed: add a ```demo block with 'blocking-modal' to a page
        Content: warning: demo 'live-cursors' is never placed: add a ```demo block with 'live-cursors' to a page
        Content: warning: demo 'mousemove-presence' is never placed: add a ```demo block with 'mousemove-presence' to a page
        Content: warning: demo 'optimistic-locking' is never placed: add a ```demo block with 'optimistic-locking' to a page
        Content: warning: demo 'last-write-wins' is never placed: add a ```demo block with 'last-write-wins' to a page
        Content: warning: demo 'field-merge' is never placed: add a ```demo block with 'field-merge' to a page
        Content: warning: demo 'live-highlight' is never placed: add a ```demo block with 'live-highlight' to a page
        Content: warning: demo 'toasts' is never placed: add a ```demo block with 'toasts' to a page
        Content: warning: demo 'live-counters' is never placed: add a ```demo block with 'live-counters' to a page
        Content: warning: demo 'live-broadcast' is never placed: add a ```demo block with 'live-broadcast' to a page
        Content: warning: demo 'idle-detection' is never placed: add a ```demo block with 'idle-detection' to a page
        Content: warning: demo 'pessimistic-lock' is never placed: add a ```demo block with 'pessimistic-lock' to a page
        Content: warning: demo 'avatar-stack' is never placed: add a ```demo block with 'avatar-stack' to a page
        Content: warning: demo 'active-field' is never placed: add a ```demo block with 'active-field' to a page
        build failed with 2 errors; output was not changed

        """)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }
}

/// Every content error of issue 2 through the real binary: exit 1, the message at its place on
/// stderr, and the previous output byte for byte as it was.
@Suite struct CommandLineErrorTests {
    static let valid = "---\nid: a\ntitle: A\nchallenge: latency\nsummary: S\nrelated: [b]\n---\nText\n"
    static let other = "---\nid: b\ntitle: B\nchallenge: presence\nsummary: S\n---\nText\n"

    static let cases: [(name: String, file: String, text: String, expected: String)] = [
        ("malformed YAML", "Content/latency/c.md", "---\nid: c\ntitle: [oops\n---\n", "Content/latency/c.md:4:1: error: malformed YAML in front matter"),
        ("missing key", "Content/latency/c.md", "---\nid: c\ntitle: C\nchallenge: latency\n---\n", "Content/latency/c.md:1:1: error: missing required key 'summary'"),
        ("unknown key", "Content/latency/c.md", "---\nid: c\ntitle: C\nchallenge: latency\nsummary: S\ntags: [x]\n---\n", "Content/latency/c.md:6:1: error: unknown key 'tags'"),
        ("bad challenge", "Content/latency/c.md", "---\nid: c\ntitle: C\nchallenge: offline\nsummary: S\n---\n", "Content/latency/c.md:4:12: error: unknown challenge 'offline'"),
        ("duplicate id", "Content/presence/z.md", "---\nid: a\ntitle: Z\nchallenge: presence\nsummary: S\n---\n", "Content/presence/z.md:2:5: error: duplicate id 'a': Content/latency/a.md already uses it"),
        ("unknown related", "Content/latency/c.md", "---\nid: c\ntitle: C\nchallenge: latency\nsummary: S\nrelated: [bb]\n---\n", "Content/latency/c.md:6:11: error: related page 'bb' does not exist (did you mean 'b'?)"),
        ("no front matter", "Content/latency/c.md", "# Title\n\nText\n", "Content/latency/c.md:1:1: error: missing front matter"),
        ("unknown demo", "Content/latency/c.md", "---\nid: c\ntitle: C\nchallenge: latency\nsummary: S\n---\n\n```demo\nundo-bufer\n```\n", "Content/latency/c.md:8:1: error: unknown demo id 'undo-bufer' (did you mean 'undo-buffer'?)"),
    ]

    @Test(arguments: cases.map(\.name))
    func errorExitsOneAndKeepsTheOutput(name: String) throws {
        let error = try #require(Self.cases.first { $0.name == name })
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-cli-\(UUID().uuidString)")
        let templates = CommandLine.repository.appendingPathComponent("Templates").path
        for (path, text) in ["Content/latency/a.md": Self.valid, "Content/presence/b.md": Self.other] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let first = try CommandLine.run(["build", "--templates", templates], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try snapshot(root.appendingPathComponent("output"))
        try Data(error.text.utf8).write(to: root.appendingPathComponent(error.file))
        let result = try CommandLine.run(["build", "--templates", templates], in: root)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").contains { $0.hasPrefix(error.expected) }, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("output was not changed\n"))
        #expect(try snapshot(root.appendingPathComponent("output")) == before)
    }

    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path) { files[relative] = data }
        }
        #expect(!files.isEmpty)
        return files
    }
}
