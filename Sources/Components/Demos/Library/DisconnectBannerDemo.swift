import Markup

/// `disconnect-banner` (also placed by `extended-disconnect` and `connection-states`): a
/// banner only after 2 s down, a dialog after 15 s, both gone on reconnect — the kit's
/// `connection_banner` and `reconnect_dialog`, whose `ConnectionBanner` hook does the
/// timing on the client; the server only keeps the note, which the form re-sends on
/// rejoin (L9).
enum DisconnectBannerDemo {
    static let demo = Demo("disconnect-banner", title: "Delayed disconnect banner") {
        Initial(["note": ""])
        OnEvent("save_note", params: ["note"]) { Op.set("note", .param("note")) }
        ServerState(["note": .assign("note")])
        Hook(DemoHook(name: DisconnectHook.name, source: DisconnectHook.source))
        Render { template }
    }

    static var template: Node {
        div(.id("disconnect-banner"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Delayed disconnect banner" }
            p(.cls(DemoStyles.muted)) { "Go offline in the simulator below. A short blip shows nothing; after 2 s down a banner, after 15 s a dialog. What you type stays." }
            ConnectionBanner.template(["id": "banner"])
            ReconnectDialog.template([
                "id": "lost",
                "title": "Connection lost — your unsaved changes are preserved",
                "message": "Keep working: your note stays here and is sent again when the connection is back.",
            ])
            form(.id("note-form"), .phx(.change, "save_note"), .cls("grid gap-1")) {
                label(.attr("for", "note"), .cls(DemoStyles.label)) { "Note" }
                textarea(.id("note"), .attr("name", "note"), .attr("rows", "4"), .attr("phx-debounce", "300"), .cls(DemoStyles.field)) { text(.assign("note")) }
                p(.id("server-copy"), .cls("text-xs text-slate-600 dark:text-slate-300")) { text("Saved on the server: \(.textLength(.assign("note"))) characters") }
            }
        }
    }
}
