import Markup

/// `loading-classes` (PATTERNS.md, latency level 0): a `phx-click-loading` button, a
/// `phx-disable-with` button and a form with `phx-submit-loading`, slow enough by default
/// (800 ms) to watch each state.
enum LoadingClassesDemo {
    static let demo = Demo("loading-classes", title: "Loading classes") {
        NetDefaults(["latency": 800])
        Initial(["likes": 0, "saved": 0, "name": ""])
        OnEvent("like") { Op.set("likes", Expr.assign("likes").plus(1)) }
        OnEvent("save") { Op.set("saved", Expr.assign("saved").plus(1)) }
        OnEvent("submit", params: ["name"]) {
            Op.set("name", .param("name"))
            Op.flash("info", "Saved \(.param("name"))")
            Op.reply(["ok": true])
        }
        ServerState(["likes": .assign("likes"), "saved": .assign("saved"), "name": .assign("name")])
        Render { template }
    }

    static var template: Node {
        div(.id("loading-classes"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Loading classes" }
            p(.cls(DemoStyles.muted)) { "While an event is in flight LiveView puts a class on the element that sent it. Raise the latency in the simulator below to watch each control." }
            when(.assign("flash.info")) {
                div(.id("flash-info"), .role(.status), .cls("rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100")) { text(.assign("flash.info")) }
            }
            div(.cls("flex flex-wrap items-center gap-2")) {
                button(.id("like"), .type(.button), .phx(.click, "like"), .cls(DemoStyles.primaryButton + " phx-click-loading:cursor-wait phx-click-loading:opacity-60")) {
                    span(.cls("hidden " + DemoStyles.spinnerRing + " phx-click-loading:inline-block"), .ariaHidden)
                    text("Like (\(.assign("likes")))")
                }
                button(.id("save"), .type(.button), .phx(.click, "save"), .phx(.disableWith, "Saving..."), .cls(DemoStyles.secondaryButton)) { "Save" }
                span(.id("saved"), .cls(DemoStyles.muted)) { text("Saved \(.assign("saved")) times") }
            }
            form(.id("profile"), .phx(.submit, "submit"), .cls("grid gap-2 rounded-md border border-slate-200 p-3 phx-submit-loading:opacity-60 dark:border-slate-700 sm:grid-cols-[1fr_auto] sm:items-end")) {
                div(.cls("grid gap-1")) {
                    label(.attr("for", "name"), .cls(DemoStyles.label)) { "Name" }
                    input(.id("name"), .attr("name", "name"), .attr("type", "text"), .attr("autocomplete", "off"), .attr("value", .assign("name")), .cls(DemoStyles.field))
                }
                button(.id("submit"), .type(.submit), .phx(.disableWith, "Saving..."), .cls(DemoStyles.primaryButton)) { "Submit" }
            }
        }
    }
}
