import Markup

/// `blocking-modal` (PATTERNS.md section 7, the bad side of `inline-loading`): the same
/// "Export CSV", the same 1.5 s store write that can fail, but the click puts a modal
/// "Exporting... please wait" over the whole demo until the reply. Nothing behind it can be
/// read, clicked or copied meanwhile; with a lost reply the modal stays for LiveView's 30 s
/// push timeout, after which the page reloads (L8), so the app is frozen all that time.
///
/// The modal is shown by the push's loading class on the demo's root (`JS.push(..., loading:)`,
/// L1), not by an assign. An assign set by the click reaches the browser only in the click's
/// reply, the very reply that can be lost, and after the work is done: the modal would show
/// too late, or never. The loading class is on from the click and comes off only with the
/// ack of that push's ref (L2), so a lost reply keeps the modal up until the timeout reloads
/// the page: the frozen app this anti-pattern is about.
enum BlockingModalDemo {
    static let id = "blocking-modal"

    static let demo = Demo(id, title: "Blocking modal") {
        NetDefaults(["latency": 1_500])
        Database(["exports": []])
        Initial(["exports": 0])
        InlineLoadingDemo.export
        InlineLoadingDemo.exported
        Render { template }
    }

    static var template: Node {
        // `relative`: the overlay covers the demo (the app), not the simulator's panel below it.
        div(.id(.literal(.string(id))), .cls("relative grid min-h-64 content-start gap-4")) {
            h1(.cls(DemoStyles.title)) { "Blocking modal" }
            p(.cls(DemoStyles.muted)) { "Export takes 1.5 s here. While it runs a modal covers the page, and nothing behind it can be used until the server answers." }
            div(.cls("flex flex-wrap items-center gap-3")) {
                Button.template(["variant": "secondary", "id": "export", "phx-click": .js([.push(event: "export", loading: "#blocking-modal")])]) {
                    InlineLoadingDemo.icon
                    span { "Export CSV" }
                }
                p(.id("exports"), .cls(DemoStyles.muted)) { text("Exports so far: \(.assign("exports"))") }
            }
            DemoBlocks.flashes
            div(.id("export-wait"), .cls("absolute inset-0 z-10 hidden place-items-center rounded-md bg-slate-900/60 phx-click-loading:grid")) {
                div(.id("export-dialog"), .role(.dialog), .aria(.modal, "true"), .aria(.labelledby, "export-dialog-title"),
                    .cls("grid w-72 max-w-full justify-items-center gap-3 p-5 text-center " + Styles.surface)) {
                    Spinner.template(["label": nil, "class": "size-8 text-indigo-600 dark:text-indigo-400"])
                    h2(.id("export-dialog-title"), .cls("font-semibold")) { "Exporting... please wait" }
                    p(.cls(DemoStyles.muted)) { "Do not close this window." }
                }
            }
        }
    }
}
