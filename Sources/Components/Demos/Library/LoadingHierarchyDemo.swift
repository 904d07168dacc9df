import Markup

/// `loading-hierarchy` (PATTERNS.md, section 5): one slow load (2 s, five progress steps
/// of 400 ms) shown five ways side by side, worst to best: nothing, a spinner, a progress
/// bar, a skeleton, and an optimistic render of the expected result. One "Load team"
/// starts all five on the demo's one clock, so they can be compared moment by moment.
enum LoadingHierarchyDemo {
    static let step = 400
    static let team = SkeletonsDemo.team

    static let demo = Demo("loading-hierarchy", title: "Loading indicators, worst to best") {
        NetDefaults(["latency": 100])
        Database(["team": team])
        // What the page already expects the load to bring (shown at once by the optimistic pane).
        Initial(["rows": nil, "expected": team, "loading": false, "progress": 0])
        OnEvent("load") {
            Op.set("rows", nil)
            Op.set("loading", true)
            Op.set("progress", 0)
            Op.sendAfter(step, "step", key: "load")
        }
        OnInfo("step") {
            Op.set("progress", Expr.assign("progress").plus(20))
            Op.when(Expr.assign("progress").atLeast(100)) {
                Op.set("rows", .store("team"))
                Op.set("loading", false)
            } else: {
                Op.sendAfter(step, "step", key: "load")
            }
        }
        OnEvent("clear") {
            Op.cancel(key: "load")
            Op.set("rows", nil)
            Op.set("loading", false)
            Op.set("progress", 0)
        }
        ServerState(["loading": .assign("loading"), "progress": .assign("progress"), "loaded": Expr.assign("rows").notEquals(nil)])
        Render { template }
    }

    static var template: Node {
        div(.id("loading-hierarchy"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Loading indicators, worst to best" }
            p(.cls(DemoStyles.muted)) { "The same two-second load of a team list, five ways. Press Load team and watch them side by side: the optimistic pane shows the expected result at once, the skeleton shows its shape, the bar shows how far along it is, the spinner only that something is happening, and the first pane shows nothing at all until the end." }
            div(.cls("flex flex-wrap gap-2")) {
                Button.template(["id": "load", "phx-click": .js([.push(event: "load"), .removeClass("hidden", to: "#predicted")])]) { "Load team" }
                Button.template(["variant": "secondary", "id": "clear", "phx-click": "clear"]) { "Clear all" }
            }
            div(.id("panes"), .cls("grid grid-cols-2 gap-3 sm:grid-cols-5")) {
                pane("nothing", "1. Nothing", "The click seems ignored.") { [] }
                pane("spinner", "2. Spinner", "Something is happening.") {
                    [Spinner.template(["label": "Loading team...", "class": "size-5", "id": "spinner"])]
                }
                pane("progress", "3. Progress bar", "This much is done.") {
                    [ProgressBar.template(["value": .assign("progress"), "label": "Loading team", "id": "progress-bar"])]
                }
                pane("skeleton", "4. Skeleton", "This is what is coming.") {
                    [SkeletonText.template(["label": "Loading team...", "id": "skeleton"])]
                }
                section(.id("pane-optimistic"), .aria(.labelledby, "pane-optimistic-title"), .cls(paneClass)) {
                    header("optimistic", "5. Optimistic", "The expected result, confirmed later.")
                    when(.assign("rows"), then: { names(.assign("rows")) }, else: {
                        // Hidden until the click's own JS shows it: no round trip before it appears.
                        div(.id("predicted"), .cls("hidden grid gap-1 opacity-70")) {
                            names(.assign("expected"))
                            p(.cls(caption)) { "Confirming..." }
                        }
                    })
                }
            }
        }
    }

    static let caption = "text-xs text-slate-600 dark:text-slate-300"
    static let paneClass = "grid content-start gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"

    static func header(_ id: String, _ title: String, _ says: String) -> Node {
        div {
            h2(.id(.literal(.string("pane-\(id)-title"))), .cls("text-sm font-semibold")) { title }
            p(.cls(caption)) { says }
        }
    }

    /// A pane: its indicator while loading, the names once loaded.
    static func pane(_ id: String, _ title: String, _ says: String, indicator: () -> [Node]) -> Node {
        let shown = indicator()
        return section(.id(.literal(.string("pane-\(id)"))), .aria(.labelledby, .literal(.string("pane-\(id)-title"))), .cls(paneClass)) {
            header(id, title, says)
            if shown.isEmpty {
                when(.assign("rows")) { names(.assign("rows")) }
            } else {
                when(.assign("rows"), then: { names(.assign("rows")) }, else: {
                    when(.assign("loading")) { shown }
                })
            }
        }
    }

    static func names(_ rows: Expr) -> Node {
        ul(.cls("grid gap-1 text-sm"), .data("names", true)) {
            forEach("row", in: rows) {
                li { text(.variable("row.name")) }
            }
        }
    }
}
