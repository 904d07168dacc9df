import Markup

/// `full-page-spinner` (PATTERNS.md section 7, the bad side of `skeletons`): the same page, the
/// same "Load team" and the same server, but while the load runs the whole demo is one centred
/// spinner. The header, the intro, the team section and the primitives are all gone (not
/// shown, not focusable, not clickable), and when the reply comes the page comes back from the
/// top: where the user had scrolled to, and the focus, are lost.
///
/// The spinner is LiveView's loading class on the demo's root, put there by the button's
/// `JS.push(..., loading:)` (L1) and taken off by the ack of that push (L2). That is the cheap
/// way this gets built (one `phx-click-loading:hidden` on the layout), and it ties the whole
/// page to one reply: a lost one keeps the spinner up until the push times out and LiveView
/// reloads the page (L8).
enum FullPageSpinnerDemo {
    static let id = "full-page-spinner"

    static let demo = Demo(id, title: "Full-page spinner") {
        NetDefaults(["latency": 1_000])
        Initial(["rows": nil])
        SkeletonsDemo.load
        SkeletonsDemo.clear
        SkeletonsDemo.loaded
        Render { template }
    }

    static var template: Node {
        div(.id(.literal(.string(id))), .cls("grid gap-6")) {
            // Shown only while the root carries the load's loading class; the status region
            // is the only thing on the page then.
            div(.id("page-spinner"), .role(.status), .cls("hidden min-h-80 place-content-center justify-items-center gap-3 phx-click-loading:grid")) {
                Spinner.template(["label": nil, "class": "size-10 text-indigo-600 dark:text-indigo-400"])
                p(.cls(DemoStyles.muted)) { "Loading..." }
            }
            div(.id("page"), .cls("grid gap-6 phx-click-loading:hidden")) {
                h1(.id("page-title"), .cls(DemoStyles.title)) { "Full-page spinner" }
                p(.cls(DemoStyles.muted)) { "The same page and the same load, but the whole page waits for it behind one spinner." }
                section(.id("content"), .aria(.labelledby, "load-title"), .cls("grid gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700")) {
                    div(.cls("flex flex-wrap items-center gap-2")) {
                        h2(.id("load-title"), .cls("mr-auto font-semibold")) { "Team" }
                        Button.template(["id": "load", "phx-click": .js([.push(event: "load", loading: "#full-page-spinner")])]) { "Load team" }
                        Button.template(["variant": "secondary", "id": "clear", "phx-click": "clear"]) { "Clear team" }
                    }
                    div(.id("content-body")) { SkeletonsDemo.teamTable }
                }
                SkeletonsDemo.primitives
            }
        }
    }
}
