import Components
import Foundation
import Markup
import Testing

/// A demo's render is HEEx that calls the kit's components (`<.undo_toast …>`). Three
/// renderings of it must agree on the first render and on a few later states:
/// - the HTML back-end (what the gallery's static HTML and the goldens show),
/// - the independent HEEx evaluator over the demo's printed `render/1` and the printed
///   `--all` component module (what a Phoenix app that pastes both renders),
/// - the browser runtime over the template JSON (`Tests/js/demo_renders.test.js` reads the
///   HTML back-end's output from `Tests/js/fixtures/renders/<id>.json`, printed here).
@Suite struct DemoFidelityTests {
    static let renders = packageRoot.appendingPathComponent("Tests/js/fixtures/renders")

    /// The states each demo is rendered in: the mount assigns, then each entry merged over them.
    static let states: [String: [Assigns]] = [
        "skeletons": [["rows": .list([])], ["rows": [["id": "1", "name": "Ann", "role": "Admin"]]]],
        "loading-classes": [["flash": ["info": "Saved Ann"], "likes": 3, "name": "Ann"]],
        "disconnect-banner": [["note": "a <b> & \"c\""]],
        "typing-indicator": [["typers": ["Ann"]], ["typers": ["Ann", "Bo"]], ["typers": ["Ann", "Bo", "Cy", "Dee"]]],
        "undo-buffer": [[
            "items": [["id": "1", "title": "Buy milk", "hidden": true], ["id": "2", "title": "Walk the dog"]],
            "toasts": [["id": "1", "title": "Buy milk"]],
            "flash": ["error": "Could not delete Pay rent"],
        ]],
        "load-more": [
            ["streams": ["orders": [["id": "1", "title": "Order 1001"], ["id": "2", "title": "Order <1002>"]]], "shown": 2],
            ["streams": ["orders": []], "failed": true],
            ["streams": ["orders": []], "more": false, "shown": 53],
        ],
        "async-result": [
            ["report": asyncResult(ok: true, result: ["request": 1, "revenue": "$1 <M>", "growth": "+1%", "customers": 3])],
            ["report": asyncResult(failed: "unavailable")],
            ["report": asyncResult(ok: true, loading: true, result: ["request": 1, "revenue": "$1", "growth": "+1%", "customers": 3])],
            ["report": asyncResult(ok: true, failed: "unavailable", result: ["request": 2, "revenue": "$2", "growth": "0%", "customers": 4]),
             "loads": 3],
        ],
        "stale-while-revalidate": [
            ["cached": ["open": "9", "waiting": "<2>", "oldest": "1 day"]],
            ["cached": ["open": "9", "waiting": "2", "oldest": "1 day"], "tickets": asyncResult(failed: "unavailable")],
            ["tickets": asyncResult(failed: "unavailable")],
            ["cached": ["open": "9", "waiting": "2", "oldest": "1 day"],
             "tickets": asyncResult(ok: true, result: ["open": "12", "waiting": "5", "oldest": "3 days"])],
            ["tickets": asyncResult(ok: true, loading: true, result: ["open": "12", "waiting": "5", "oldest": "3 days"])],
        ],
        "infinite-scroll": [
            ["streams": ["posts": [["id": "1", "title": "Post <1>"]]], "shown": 1],
            ["streams": ["posts": []], "failed": true],
            ["streams": ["posts": []], "more": false, "shown": 100],
            ["streams": ["posts": []], "visible": false],
        ],
        "background-export": [
            ["exporting": true, "orders": 121],
            ["exports": 1, "flash": ["info": "Exported <120> orders to orders.csv"]],
            ["flash": ["error": "The export failed. Please try again."]],
        ],
        "js-commands": [
            ["photos": [["id": "a", "title": "Sunset <A>", "sticky": true, "starred": true],
                        ["id": "b", "title": "Harbour & dawn", "sticky": false, "starred": true]]],
            ["photos": [["id": "b", "title": "Harbour", "sticky": false, "starred": false]], "flash": ["error": "No <star>"]],
        ],
        "optimistic-stream": [
            ["streams": ["messages": [["id": 1, "body": "Hi <b>Ann</b> & co", "ref": "composer-1"]]], "count": 1],
            ["streams": ["messages": []], "flash": ["error": "Not <sent>"]],
        ],
        "optimistic-assigns": [
            ["enabled": true, "confirmed": false],
            ["enabled": true, "confirmed": true],
            ["flash": ["error": "Could not <save>"]],
        ],
        "silent-disconnect": [
            ["approved": 2, "archived": true],
        ],
        "optimistic-payment": [
            ["flash": ["error": "Nothing <charged>"]],
            ["paid": true, "payer": "Ann <A> & Co"],
        ],
        "optimistic-locking": [
            ["conflict": true, "description": "Mine <b> & co", "theirs": ["name": "Apollo Relaunch", "description": "Landing page", "owner": "Dana"],
             "theirs_version": 2, "notice": nil],
            ["notice": "Saved as v3.", "lock_version": 3, "history": [["who": "Bea", "version": 2, "fields": ["name": "A <i>", "description": "d", "owner": "o"]]]],
        ],
        "field-merge": [
            ["conflict": ["name": false, "description": true, "owner": false], "description": "Mine <b> & co",
             "theirs": ["name": "Apollo", "description": "Theirs <i>", "owner": "Dana"], "theirs_version": 2, "lock_version": 2,
             "notice": "Merged with v2. You both changed a field: choose under it, then save."],
            ["notice": "Merged with v2 and saved as v3.", "lock_version": 3, "history": [["who": "Bea", "version": 2, "fields": ["name": "A <i>", "description": "d", "owner": "o"]]]],
        ],
        "last-write-wins": [
            ["notice": "Saved as v3.", "lock_version": 3, "history": [["who": "You", "version": 3, "fields": ["name": "A & B", "description": "d", "owner": "o"]]]],
        ],
        "live-highlight": [
            ["quotes": [["symbol": "A<B>", "name": "Ann & Co", "price": "1.05", "change": "+0.05", "dir": "up", "changed": "up", "n": 3],
                        ["symbol": "C", "name": "C", "price": "2.00", "change": "−0.10", "dir": "down", "changed": "down", "n": 4],
                        ["symbol": "D", "name": "D", "price": "3.00", "change": "−0.10", "dir": "down", "changed": nil, "n": 5]],
             "rate": "5", "running": false],
        ],
        "toasts": [
            ["streams": ["toasts": [["id": 2, "text": "Bo <B> added a comment", "after": "10000"], ["id": 1, "text": "Ann added a comment", "after": "5000"]]],
             "comments": ["You", "Ann", "Bo <B>"], "next": 3, "dismiss_after": "10000"],
            ["streams": ["toasts": []], "comments": ["You"]],
        ],
        "live-counters": [["unread": 1], ["unread": 9], ["unread": 12]],
        "live-broadcast": [
            ["name": "Mine <b>", "focused": "name", "changed": ["name": nil, "description": "Ann", "owner": nil],
             "pending": ["name": ["by": "Ann", "value": "Apollo Relaunch"], "description": nil, "owner": nil]],
            ["focused": nil, "changed": ["name": nil, "description": nil, "owner": nil], "pending": ["name": nil, "description": nil, "owner": nil]],
        ],
        "idle-detection": [
            ["status": "idle", "reports": 1, "idle_after": "5000"],
            ["status": "active", "reports": 2, "tracking": false],
        ],
        "pessimistic-lock": [
            ["lock": ["holder": "Ann <A>", "expires_at": 9000], "editing": false, "record": ["email": "a&b@example.com", "iban": "DE<1>"],
             "notice": nil, "lock_ttl": 5000],
            ["lock": nil, "editing": true, "email": "mine <b>", "iban": "x", "notice": "Ann & Co's lock expired: it was not renewed in time.",
             "record": ["email": "e", "iban": "i"], "lock_ttl": 30000],
        ],
        "avatar-stack": [
            ["users": [["id": "You", "name": "You", "status": "active", "tabs": 1, "since": 0], ["id": "Ann", "name": "Ann <A>", "status": "idle", "tabs": 2, "since": 0]]],
            ["users": [["id": "You", "name": "You", "status": "active", "tabs": 1, "since": 0], ["id": "Bo", "name": "Bo", "status": "away", "tabs": 1, "since": 0], ["id": "Cy", "name": "Cy", "status": "idle", "tabs": 1, "since": 0], ["id": "Dee", "name": "Dee", "status": "active", "tabs": 1, "since": 0], ["id": "Eli", "name": "Eli", "status": "active", "tabs": 1, "since": 0], ["id": "Fay", "name": "Fay", "status": "active", "tabs": 1, "since": 0], ["id": "Gus", "name": "Gus", "status": "active", "tabs": 1, "since": 0]]],
        ],
        "active-field": [
            ["users": [["id": "You", "name": "You", "status": "active", "tabs": 1, "since": 0, "focus": ["title"]],
                       ["id": "Ann", "name": "Ann <A>", "status": "active", "tabs": 2, "since": 0, "focus": ["summary", "title"]],
                       ["id": "Bo", "name": "Bo", "status": "idle", "tabs": 1, "since": 0, "focus": ["due"]]]],
            ["users": [["id": "You", "name": "You", "status": "active", "tabs": 1, "since": 0, "focus": []],
                       ["id": "Cy", "name": "Cy", "status": "active", "tabs": 1, "since": 0, "focus": []]]],
        ],
        "latency-thresholds": [
            ["cart": 3],
        ],
        "full-page-spinner": [["rows": [["id": "1", "name": "Ann <A>", "role": "Admin & co"]]]],
        "blocking-modal": [
            ["exports": 2, "flash": ["info": "Exported <120> orders"]],
            ["flash": ["error": "The export failed. Please try again."]],
        ],
        "live-cursors": [
            ["cursors": [["id": "Ann", "name": "Ann <A>", "x": 24, "y": 48], ["id": "Bo", "name": "Bo", "x": 300, "y": 96]],
             "relayed": 7, "peak": 10, "last": ["x": 120, "y": 64]],
            ["cursors": [["id": "Bo", "name": "Bo", "x": 0, "y": 0]], "relayed": 0, "peak": 10, "last": ["x": 0, "y": 191]],
        ],
        "mousemove-presence": [
            ["cursors": [["id": "Dan", "name": "Dan", "x": 160, "y": 144]], "relayed": 60, "peak": 61, "last": ["x": 319, "y": 96]],
        ],
        "no-optimism": [
            ["flash": ["error": "Nothing <charged>"]],
            ["paid": true, "payer": "Ann <A> & Co"],
        ],
        "dual-state": [
            ["items": [["id": "1", "title": "Report <Q1>"]]],
            ["items": [], "flash": ["error": "Could not delete “<x>”. It is back in the list."]],
        ],
        "feed-window": [
            ["streams": ["posts": [["id": "41", "title": "Post <41>"]]], "top": 40, "bottom": 100],
            ["streams": ["posts": [["id": "200", "title": "Post 200"]]], "top": 140, "bottom": 200],
        ],
        "loading-hierarchy": [
            ["loading": true, "progress": 40],
            ["rows": [["id": "1", "name": "Ann <A>", "role": "Admin"]]],
        ],
        "progress": [
            ["job": ["progress": 40, "status": "running"]],
            ["job": ["progress": 100, "status": "done"]],
            ["job": ["progress": 30, "status": "cancelled"]],
        ],
    ]

    /// An AsyncResult as the runtime holds it (the Elixir struct's fields).
    static func asyncResult(ok: Bool = false, loading: Bool = false, failed: String? = nil, result: AssignValue = .null) -> AssignValue {
        .map(["ok?": .bool(ok), "loading": loading ? .list(["report"]) : .null, "failed": failed.map { .string($0) } ?? .null, "result": result])
    }

    static func assignsList(_ demo: DemoDefinition) -> [Assigns] {
        // A demo with streams renders them from the first state on (mount fills them).
        let first = states[demo.id]?.first.map { demo.mountAssigns.merging($0) { $1 } }
        let base = first.flatMap { $0["streams"] } != nil ? [] : [demo.mountAssigns]
        return base + (states[demo.id] ?? []).map { demo.mountAssigns.merging($0) { $1 } }
    }

    @Test("HTML back-end equals the evaluated HEEx of render/1 and the component module", arguments: DemoLibrary.all.map(\.id))
    func heex(_ id: String) throws {
        let demo = try #require(DemoLibrary.named(id))
        var components = try callableComponents()
        var render = try #require(try ModuleParser.components(in: demo.heex)["render"])
        // render/1 lives in the demo's LiveView: its colocated hooks are qualified with that module.
        render.module = try #require(demo.elixir.split(separator: "\n").last { $0.hasPrefix("defmodule MyAppWeb.") && $0.hasSuffix("Live do") })
            .dropFirst("defmodule ".count).dropLast(" do".count).description
        components["render"] = render
        let evaluator = HEExRenderer(components: components)
        for (index, assigns) in Self.assignsList(demo).enumerated() {
            let html = HTMLRenderer.string(demo.demo.render, assigns: assigns)
            let evaluated = try evaluator.render(component: "render", assigns: liveViewAssigns(assigns), slots: [:])
            expectSameHTML(html, evaluated, "\(id), state \(index)")
        }
        #expect(HTMLRenderer.string(demo.demo.render, assigns: demo.mountAssigns) == demo.initialHTML)
    }

    /// What the runtime must render: `[{"assigns": …, "html": …}, …]`, one state a line.
    static func rendersJSON(_ demo: DemoDefinition) -> String {
        let lines = assignsList(demo).map { assigns in
            JSONWriter.string(.map(["assigns": .map(assigns), "html": .string(HTMLRenderer.string(demo.demo.render, assigns: assigns))]))
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    @Test("the runtime's render fixtures are the HTML back-end's", arguments: DemoLibrary.all.map(\.id))
    func runtimeFixture(_ id: String) throws {
        let demo = try #require(DemoLibrary.named(id))
        let url = Self.renders.appendingPathComponent("\(id).json")
        if GoldenTests.updating {
            try FileManager.default.createDirectory(at: Self.renders, withIntermediateDirectories: true)
            try Self.rendersJSON(demo).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text == Self.rendersJSON(demo), "regenerate with RTUX_UPDATE_GOLDENS=1 swift test --filter DemoFidelityTests")
    }

    @Test("each demo calls the kit components that fit it")
    func callsTheKit() throws {
        func called(_ id: String) throws -> Set<String> {
            let demo = try #require(DemoLibrary.named(id))
            return Set(FunctionComponent(name: "render", doc: "", body: demo.demo.render).dependencies.map(\.name))
        }
        #expect(try called("skeletons").isSuperset(of: ["skeleton", "skeleton_text", "skeleton_card", "skeleton_table", "button"]))
        #expect(try called("loading-classes").isSuperset(of: ["button", "spinner", "flash"]))
        #expect(try called("disconnect-banner").isSuperset(of: ["connection_banner", "reconnect_dialog"]))
        #expect(try called("typing-indicator").isSuperset(of: ["typing_indicator", "typing_dots"]))
        #expect(try called("undo-buffer").isSuperset(of: ["undo_toast", "button", "flash"]))
        #expect(try called("live-cursors").contains("live_cursor"))
        #expect(try called("mousemove-presence").contains("live_cursor"))
        let undo = try #require(DemoLibrary.named("undo-buffer"))
        #expect(undo.heex.contains("<.undo_toast"))
    }
}
