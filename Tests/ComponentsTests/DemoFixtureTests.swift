import Components
import Foundation
import Markup
import Testing

/// The Swift definitions' JSON printer reproduces `Tests/js/fixtures/<id>.json`, which the
/// node and Chromium tests run. `RTUX_UPDATE_GOLDENS=1` rewrites the fixtures from Swift
/// (pretty-printed, keys sorted); review the diff and run `node --test Tests/js/`.
@Suite struct DemoFixtureTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/js/fixtures")

    @Test("demo JSON equals its fixture", arguments: DemoLibrary.all.map(\.id))
    func matchesFixture(_ id: String) throws {
        let demo = try #require(DemoLibrary.named(id))
        let url = Self.fixtures.appendingPathComponent("\(id).json")
        if GoldenTests.updating {
            try demo.fixtureJSON.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let fixture = try TinyJSON.parse(String(contentsOf: url, encoding: .utf8))
        let swift = try TinyJSON.parse(demo.fixtureJSON)
        #expect(firstDifference(swift, fixture) == nil, "\(id): \(firstDifference(swift, fixture) ?? "")")
    }

    @Test("fixtures are written as Swift prints them", arguments: DemoLibrary.all.map(\.id))
    func fixtureBytes(_ id: String) throws {
        let demo = try #require(DemoLibrary.named(id))
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("\(id).json"), encoding: .utf8)
        #expect(text == demo.fixtureJSON, "regenerate with RTUX_UPDATE_GOLDENS=1")
    }

    @Test("every fixture has a Swift demo") func noOrphanFixtures() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(DemoLibrary.all.map(\.id)))
    }

    @Test("documentJSON: id, template and demo, compact and script-safe", arguments: DemoLibrary.all.map(\.id))
    func document(_ id: String) throws {
        let demo = try #require(DemoLibrary.named(id))
        let text = demo.documentJSON()
        #expect(!text.contains("</"))
        #expect(!text.contains("\n"))
        guard case .map(let object) = try TinyJSON.parse(text),
              case .map(let fixture) = try TinyJSON.parse(demo.fixtureJSON) else {
            Issue.record("not objects"); return
        }
        #expect(object["id"] == .string(id))
        #expect(object["template"] == fixture["template"])
        var withoutTemplate = fixture
        withoutTemplate["template"] = nil
        #expect(object["demo"] == .map(withoutTemplate))
        #expect(text == demo.documentJSON(), "deterministic")
    }

    @Test func libraryNamesAndTitles() {
        #expect(DemoLibrary.all.map(\.id) == ["skeletons", "loading-classes", "disconnect-banner", "typing-indicator", "undo-buffer", "requires-connection", "offline-queue", "unsaved-changes", "extended-disconnect", "form-recovery", "connection-states", "new-version", "url-state", "inline-loading", "skeleton-flash", "load-more", "async-result", "stale-while-revalidate", "progress", "infinite-scroll", "loading-hierarchy", "feed-window", "background-export", "dual-state", "js-commands", "no-optimism", "optimistic-assigns", "optimistic-stream", "latency-thresholds", "silent-disconnect", "optimistic-payment", "full-page-spinner", "blocking-modal", "live-cursors", "mousemove-presence", "optimistic-locking", "last-write-wins", "field-merge", "live-highlight", "toasts", "live-counters", "live-broadcast", "idle-detection", "pessimistic-lock", "avatar-stack", "active-field"])
        #expect(DemoLibrary.named("undo-buffer")?.title == "Undo window")
        #expect(DemoLibrary.named("nope") == nil)
    }

    @Test("PeerTimeout is the peers' `timeout`; without it the key is absent (the runtime's 60 s)")
    func peerTimeout() {
        func json(_ timeout: Int?) -> String {
            DemoDefinition(Demo("t", title: "T") {
                Peers(["Ann"], actions: ["vanish": []])
                if let timeout { PeerTimeout(timeout) }
                Render { p { "x" } }
            }).fixtureJSON.filter { !$0.isWhitespace }
        }
        #expect(json(5_000).contains(#""timeout":5000"#))
        #expect(!json(nil).contains("timeout"))
    }

    @Test func classTokensCoverEveryBranch() throws {
        let undo = try #require(DemoLibrary.named("undo-buffer"))
        // The error flash and the toasts are not in the first render, but Tailwind must still
        // see their classes, also inside the components they call.
        #expect(undo.classTokens.isSuperset(of: ["bg-red-50", "motion-safe:animate-undo-countdown", "divide-y"]))
        let skeletons = try #require(DemoLibrary.named("skeletons"))
        // The button's secondary variant is a branch of the component's class list.
        #expect(skeletons.classTokens.isSuperset(of: ["ring-zinc-300", "motion-safe:animate-pulse"]))
    }

    @Test func initialHTMLRendersTheMountAssigns() throws {
        let undo = try #require(DemoLibrary.named("undo-buffer"))
        #expect(undo.initialHTML.contains("<li id=\"item-1\""))
        #expect(undo.initialHTML.contains("aria-label=\"Delete Pay rent\""))
        #expect(!undo.initialHTML.contains("flash-error"))
        let typing = try #require(DemoLibrary.named("typing-indicator"))
        #expect(typing.initialHTML.contains("role=\"status\" id=\"typing\""))
        #expect(!typing.initialHTML.contains("animate-typing-dot"))
    }
}
