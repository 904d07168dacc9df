import Markup

/// `disconnect-banner` (also placed by `extended-disconnect` and `connection-states`): a
/// banner only after 2 s down, a dialog after 15 s, both gone on reconnect. The timing is
/// the client's (the `ConnectionBanner` hook); the server only keeps the note, which the
/// form re-sends on rejoin (L9).
enum DisconnectBannerDemo {
    static let demo = Demo("disconnect-banner", title: "Delayed disconnect banner") {
        Initial(["note": ""])
        OnEvent("save_note", params: ["note"]) { Op.set("note", .param("note")) }
        ServerState(["note": .assign("note")])
        Hook(ConnectionBannerHook.hook)
        Render { template }
    }

    static var template: Node {
        div(.id("disconnect-banner"), .phx(.hook, "ConnectionBanner"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Delayed disconnect banner" }
            p(.cls(DemoStyles.muted)) { "Go offline in the simulator below. A short blip shows nothing; after 2 s down a banner, after 15 s a dialog. What you type stays." }
            div(.id("banner"), .data("banner", true), .role(.status), .hidden(), .cls("flex items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100")) {
                span(.cls("inline-block " + DemoStyles.spinnerRing), .ariaHidden)
                "Reconnecting to server..."
            }
            div(.id("lost"), .data("dialog", true), .role(.dialog), .aria(.labelledby, "lost-title"), .aria(.describedby, "lost-text"), .hidden(), .cls("grid gap-2 rounded-lg border border-red-300 bg-white p-4 shadow-lg dark:border-red-800 dark:bg-slate-900")) {
                h2(.id("lost-title"), .cls("font-semibold text-red-800 dark:text-red-300")) { "Connection lost — your unsaved changes are preserved" }
                p(.id("lost-text"), .cls(DemoStyles.muted)) { "Keep working: your note stays here and is sent again when the connection is back." }
                div {
                    button(.id("refresh"), .type(.button), .data("refresh", true), .cls(DemoStyles.primaryButton)) { "Refresh" }
                }
            }
            form(.id("note-form"), .phx(.change, "save_note"), .cls("grid gap-1")) {
                label(.attr("for", "note"), .cls(DemoStyles.label)) { "Note" }
                textarea(.id("note"), .attr("name", "note"), .attr("rows", "4"), .attr("phx-debounce", "300"), .cls(DemoStyles.field)) { text(.assign("note")) }
                p(.id("server-copy"), .cls("text-xs text-slate-600 dark:text-slate-300")) { text("Saved on the server: \(.textLength(.assign("note"))) characters") }
            }
        }
    }
}
