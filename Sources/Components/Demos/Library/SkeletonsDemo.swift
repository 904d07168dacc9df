import Markup

/// `skeletons` (also placed by `skeleton-flash`): the skeleton primitives, and a "Load
/// team" section whose skeleton shows only if the load is still running at 200 ms and
/// then for at least 300 ms. That timing is the client's (the `AntiFlash` hook); the
/// server only answers `load` with the rows, as slowly as the latency says (1 s). Every
/// placeholder and button is a kit component (`skeleton*`, `button`).
enum SkeletonsDemo {
    static let team: AssignValue = [
        ["id": "1", "name": "Ann", "role": "Admin"],
        ["id": "2", "name": "Bo", "role": "Editor"],
        ["id": "3", "name": "Cy", "role": "Viewer"],
    ]

    // The server's side, which full-page-spinner shares: only the markup differs.
    static let load = OnEvent("load") { Op.set("rows", .literal(team)) }
    static let clear = OnEvent("clear") { Op.set("rows", nil) }
    static let loaded = ServerState(["loaded": Expr.assign("rows").notEquals(nil)])

    static let demo = Demo("skeletons", title: "Skeletons") {
        NetDefaults(["latency": 1_000])
        Initial(["rows": nil])
        load
        clear
        loaded
        Hook(AntiFlashHook.hook)
        Render { template }
    }

    static var template: Node {
        div(.id("skeletons"), .cls("grid gap-6")) {
            h1(.cls(DemoStyles.title)) { "Skeletons" }
            p(.cls(DemoStyles.muted)) { "Placeholders in the shape of the content. A section load shows its skeleton only if still loading at 200 ms, and then for at least 300 ms, so it never blinks." }
            loadSection
            primitives
            ColocatedHooks.script(name: AntiFlashHook.hook.name, source: AntiFlashHook.hook.source)
        }
    }

    /// AntiFlash, colocated in this demo's LiveView (it is the demo's, not a kit component's).
    static let antiFlash = ColocatedHooks.qualified(AntiFlashHook.hook.name, in: ElixirLiveView.moduleName("skeletons"))

    /// The section the AntiFlash hook drives: skeleton and content side by side.
    static var loadSection: Node {
        section(.id("content"), .phx(.hook, .literal(.string(antiFlash))), .aria(.labelledby, "load-title"), .cls("grid gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700")) {
            div(.cls("flex flex-wrap items-center gap-2")) {
                h2(.id("load-title"), .cls("mr-auto font-semibold")) { "Team" }
                Button.template(["id": "load", "data-load": "load"]) { "Load team" }
                Button.template(["variant": "secondary", "id": "clear", "phx-click": "clear"]) { "Clear team" }
            }
            // In the content's shape: a header and three rows of two columns.
            SkeletonTable.template(["rows": 3, "cols": 2, "label": "Loading team...",
                                    "id": "content-skeleton", "data-skeleton": true, "hidden": true])
            div(.id("content-body"), .data("content", true)) { teamTable }
        }
    }

    /// The loaded rows (`#row-<id>`), or "Nothing loaded yet." (full-page-spinner shows them too).
    static var teamTable: Node {
        when(.assign("rows")) {
            table(.cls("w-full text-left text-sm")) {
                thead {
                    tr(.cls("text-slate-600 dark:text-slate-300")) {
                        th(.cls("py-1 font-medium")) { "Name" }
                        th(.cls("py-1 font-medium")) { "Role" }
                    }
                }
                tbody(.cls("divide-y divide-slate-200 dark:divide-slate-700")) {
                    forEach("row", in: .assign("rows")) {
                        tr(.id("row-\(.variable("row.id"))")) {
                            td(.cls("py-1")) { text(.variable("row.name")) }
                            td(.cls("py-1")) { text(.variable("row.role")) }
                        }
                    }
                }
            }
        } else: {
            p(.cls(DemoStyles.muted)) { "Nothing loaded yet." }
        }
    }

    /// The "Primitives" section: one captioned card per skeleton component.
    static var primitives: Node {
        section(.aria(.labelledby, "primitives-title"), .cls("grid gap-3")) {
            h2(.id("primitives-title"), .cls("font-semibold")) { "Primitives" }
            div(.cls("grid gap-3 sm:grid-cols-2")) {
                primitive("skeleton", caption: "skeleton") { Skeleton.template(["class": "h-16"]) }
                primitive("skeleton-text", caption: "skeleton_text") { SkeletonText.template() }
                primitive("skeleton-card", caption: "skeleton_card") { SkeletonCard.template() }
                primitive("skeleton-table", caption: "skeleton_table (5 × 4)") { SkeletonTable.template() }
            }
        }
    }

    /// A captioned card showing one primitive.
    static func primitive(_ id: String, caption: String, @NodeBuilder content: () -> [Node]) -> Node {
        figure(.id(.literal(.string(id))), .cls("grid content-start gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700")) {
            figcaption(.cls("font-mono text-xs text-slate-600 dark:text-slate-300")) { caption }
            content()
        }
    }
}
