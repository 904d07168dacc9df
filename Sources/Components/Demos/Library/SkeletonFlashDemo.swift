import Markup

/// `skeleton-flash` (PATTERNS.md, section 5): the anti-flash rule on its own — no skeleton
/// for a load under 200 ms; from 200 ms, and then for at least 300 ms, for a longer one —
/// with a timeline under the section of when the load started and ended and when the
/// skeleton came and went, for the latency the simulator is set to. The `AntiFlash` hook
/// (shared with `skeletons`) does the timing and writes the timeline.
enum SkeletonFlashDemo {
    static let demo = Demo("skeleton-flash", title: "Skeleton without flashing") {
        NetDefaults(["latency": 250])
        Initial(["rows": nil])
        OnEvent("load") { Op.set("rows", .literal(SkeletonsDemo.team)) }
        OnEvent("clear") { Op.set("rows", nil) }
        ServerState(["loaded": Expr.assign("rows").notEquals(nil)])
        Hook(AntiFlashHook.hook)
        Render { template }
    }

    static let antiFlash = ColocatedHooks.qualified(AntiFlashHook.hook.name, in: ElixirLiveView.moduleName("skeleton-flash"))

    static var template: Node {
        div(.id("skeleton-flash"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Skeleton without flashing" }
            p(.cls(DemoStyles.muted)) { "Set the simulator's latency, then load. Under 200 ms no skeleton appears; past it, the skeleton comes at 200 ms and stays at least 300 ms. The timeline shows what happened, in ms since the click." }
            section(.id("content"), .phx(.hook, .literal(.string(antiFlash))), .aria(.labelledby, "load-title"),
                    .cls("grid gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700")) {
                div(.cls("flex flex-wrap items-center gap-2")) {
                    h2(.id("load-title"), .cls("mr-auto font-semibold")) { "Team" }
                    Button.template(["id": "load", "data-load": "load"]) { "Load team" }
                    Button.template(["variant": "secondary", "id": "clear", "phx-click": "clear"]) { "Clear team" }
                }
                SkeletonText.template(["id": "content-skeleton", "label": "Loading team...", "data-skeleton": true, "hidden": true])
                div(.id("content-body"), .data("content", true)) {
                    when(.assign("rows"), then: {
                        ul(.cls("grid gap-1 text-sm")) {
                            forEach("row", in: .assign("rows")) {
                                li(.id("row-\(.variable("row.id"))")) { text("\(.variable("row.name")) · \(.variable("row.role"))") }
                            }
                        }
                    }, else: {
                        p(.cls(DemoStyles.muted)) { "Nothing loaded yet." }
                    })
                }
                div(.cls("grid gap-1")) {
                    h3(.id("timeline-title"), .cls("text-sm font-semibold")) { "Timeline of the last load" }
                    // The hook writes it; the server renders it empty and never patches it.
                    ol(.id("timeline"), .aria(.labelledby, "timeline-title"), .phx(.update, "ignore"), .data("timeline", true),
                       .cls("grid gap-0.5 font-mono text-xs text-slate-700 dark:text-slate-200")) {}
                }
            }
            ColocatedHooks.script(name: AntiFlashHook.hook.name, source: AntiFlashHook.hook.source)
        }
    }
}
