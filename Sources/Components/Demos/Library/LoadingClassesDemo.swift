import Markup

/// `loading-classes` (PATTERNS.md, latency level 0): a `phx-click-loading` button, a
/// `phx-disable-with` button whose `JS.push` marks the count it changes (`loading:`) too,
/// and a form with `phx-submit-loading`, slow enough by default (800 ms) to watch each state.
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
            DemoBlocks.infoFlash
            div(.cls("flex flex-wrap items-center gap-2")) {
                // The button fades while its click is in flight (L1); the spinner shows through
                // the same variant on its wrapper.
                Button.template(["id": "like", "phx-click": "like"]) {
                    span(.cls("hidden phx-click-loading:inline-flex"), .ariaHidden) {
                        Spinner.template(["label": nil, "class": "size-3.5"])
                    }
                    text("Like (\(.assign("likes")))")
                }
                // JS.push's loading: puts the same class on the count the click will change,
                // so the stale number dims until the reply replaces it.
                Button.template(["variant": "secondary", "disable_with": "Saving...", "id": "save",
                                 "phx-click": .js([.push(event: "save", loading: "#saved")])]) { "Save" }
                span(.id("saved"), .cls(DemoStyles.muted + " phx-click-loading:opacity-50")) { text("Saved \(.assign("saved")) times") }
            }
            form(.id("profile"), .phx(.submit, "submit"), .cls("grid gap-2 rounded-md border border-slate-200 p-3 phx-submit-loading:opacity-60 dark:border-slate-700 sm:grid-cols-[1fr_auto] sm:items-end")) {
                div(.cls("grid gap-1")) {
                    label(.attr("for", "name"), .cls(DemoStyles.label)) { "Name" }
                    input(.id("name"), .attr("name", "name"), .attr("type", "text"), .attr("autocomplete", "off"), .attr("value", .assign("name")), .cls(DemoStyles.field))
                }
                Button.template(["type": "submit", "disable_with": "Saving...", "id": "submit"]) { "Submit" }
            }
        }
    }
}
