import Foundation
import Testing
@testable import Site

/// The Swift build and the dev assembler (`scripts/assemble_demo.py`) implement one recipe
/// (docs/runtime.md, "Bundling"); these tests hold them to the same entries.
@Suite struct DemoBundleEntryTests {
    static let fixtures = Fixture.repository.appendingPathComponent("Tests/js/fixtures")
    static let ids = ["skeletons", "loading-classes", "disconnect-banner", "typing-indicator", "undo-buffer", "live-cursors"]

    /// The `#rtux-demo-data` document of a fixture: the fixture is the demo JSON with its template inside.
    static func document(_ id: String) throws -> String {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("\(id).json"))
        var demo = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let template = demo.removeValue(forKey: "template") ?? [:]
        let document: [String: Any] = ["id": id, "template": template, "demo": demo]
        return String(decoding: try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test(arguments: ids)
    func entryMatchesTheAssembler(id: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/assemble_demo.py", id, "/dev/null", "--print-entry"]
        process.currentDirectoryURL = Fixture.repository
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try DemoBundleEntry.source(document: try Self.document(id), panel: true) == printed)
    }

    @Test func undoBufferEntry() throws {
        #expect(try DemoBundleEntry.source(document: try Self.document("undo-buffer"), panel: false) == """
        import { boot } from "./dom/boot.js";
        boot({ ops: {}, peers: null, streams: null, rateLimit: null, connect: null, hooks: {}, panel: null });

        """)
    }

    @Test func familiesHooksPeersAndRateLimitAreDetected() throws {
        let document = #"""
        {"id":"x","template":{"v":1,"root":[{"el":"div","a":[["phx-hook",{"lit":"RealtimeComponents.ConnectionBanner"}],["phx-throttle",{"lit":"500"}]]}]},
         "demo":{"mount":[{"if":{"lit":true},"then":[{"stream_insert":"m","value":{"lit":1}}],"else":[{"track":"t"}]}],
                 "peers":{"actions":{"type":[{"broadcast":"typing"}]}}}}
        """#
        #expect(try DemoBundleEntry.source(document: document, panel: true) == """
        import { boot } from "./dom/boot.js";
        import { streamOps } from "./ops/streams.js";
        import { pubsubOps } from "./ops/pubsub.js";
        import { presenceOps } from "./ops/presence.js";
        import { createPeers } from "./peers.js";
        import { applyStreamOps } from "./streams.js";
        import { createRateLimiter } from "./ratelimit.js";
        import { ConnectionBanner } from "./dom/hooks/connection_banner.js";
        import { buildPanel } from "./dom/panel.js";
        boot({ ops: { ...streamOps, ...pubsubOps, ...presenceOps }, peers: createPeers, streams: applyStreamOps, rateLimit: createRateLimiter, connect: null, hooks: { ConnectionBanner }, panel: buildPanel });

        """)
    }

    @Test func userColoursBringColorsJsIntoTheFileButNotTheCore() throws {
        let colour = ##"{"i":{"hash":{"get":["user","id"]},"mod":8},"pick":["#881337","#7c2d12"]}"##
        let document = #"{"id":"x","template":{"v":1,"root":[{"el":"p","a":[["style",\#(colour)]]}]},"demo":{}}"#
        let entry = try DemoBundleEntry.source(document: document, panel: true)
        #expect(entry.contains("import \"./colors.js\";\nimport { buildPanel }"))
        #expect(try !DemoBundleEntry.source(document: document, panel: false).contains("colors.js"))
        // Words that only look like the forms: a "hash" assign, a literal "pick".
        let lookalike = #"{"id":"x","template":{"v":1,"root":[{"text":{"get":["hash"]}},{"text":{"lit":"pick"}}]},"demo":{}}"#
        #expect(try !DemoBundleEntry.source(document: lookalike, panel: true).contains("colors.js"))
        #expect(try DemoBundleEntry.source(document: try Self.document("live-cursors"), panel: true).contains("import \"./colors.js\";"))
    }

    @Test func anUnknownHookIsAnError() {
        #expect(throws: DemoBundleEntry.Failure.self) {
            try DemoBundleEntry.source(document: #"{"template":{"root":[{"el":"div","a":[["phx-hook","Nope"]]}]},"demo":{}}"#, panel: true)
        }
    }
}
