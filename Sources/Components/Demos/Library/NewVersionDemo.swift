import Markup

/// `new-version` (PATTERNS.md, section 4): after a deploy the page learns on its next join
/// that its tracked static assets (`phx-track-static`) are older than the server's
/// (`static_changed?/1` in mount) and offers "A new version is available · Refresh" —
/// never a reload in the middle of the user's work: the note typed meanwhile is recovered
/// into the new process (L9) and stays until the user chooses to refresh.
enum NewVersionDemo {
    static let demo = Demo("new-version", title: "New version available") {
        NetDefaults(["latency": 200])
        Initial(["new_version": false, "draft": ""])
        OnMount { Op.set("new_version", .staticChanged) }
        OnEvent("draft", params: ["note"]) { Op.set("draft", .param("note")) }
        ServerState(["new_version": .assign("new_version"), "draft": .assign("draft")])
        Render { template }
    }

    static var template: Node {
        div(.id("new-version"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "New version available" }
            p(.cls(DemoStyles.muted)) { "Type something, then press Deploy new version in the simulator below. The server restarts with new assets; the page reconnects by itself, keeps what you typed, and offers the new version instead of reloading under your hands." }
            // A status region that is always there, so that what appears in it is announced.
            div(.id("version-status"), .role(.status)) {
                when(.assign("new_version")) {
                    p(.id("new-version-banner"), .cls("rounded-md bg-indigo-50 px-3 py-2 text-sm text-indigo-950 dark:bg-indigo-950 dark:text-indigo-50")) {
                        text("A new version is available · ")
                        // A plain link to this page: the browser loads it, with the new assets.
                        a(.id("refresh"), .attr("href", ""), .cls("font-semibold underline underline-offset-2")) { "Refresh" }
                    }
                }
            }
            form(.id("note-form"), .phx(.change, "draft"), .cls("grid gap-1")) {
                label(.attr("for", "note"), .cls(DemoStyles.label)) { "Note" }
                input(.id("note"), .attr("name", "note"), .attr("type", "text"), .attr("autocomplete", "off"),
                      .attr("value", .assign("draft")), .cls(DemoStyles.field))
            }
        }
    }
}
