import Markup

/// `extended-disconnect` (PATTERNS.md, section 4): a long outage, told in two steps — the
/// kit's banner at 2 s, then at 15 s the dialog "Connection lost — your unsaved changes are
/// preserved" with Refresh — and the promise kept: the note typed meanwhile is still there
/// after the reconnect (form recovery, L9) and after Refresh (the `UnsavedChanges` copy).
enum ExtendedDisconnectDemo {
    static let demo = Demo("extended-disconnect", title: "Long outage") {
        NetDefaults(["latency": 200])
        DraftNoteForm.server
        Hook(DemoHook(name: DisconnectHook.name, source: DisconnectHook.source))
        Hook(UnsavedChangesHook.hook)
        Render { template }
    }

    static var template: Node {
        div(.id("extended-disconnect"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Long outage" }
            p(.cls(DemoStyles.muted)) { "Go offline and keep typing. After 2 s a banner says the page is reconnecting; after 15 s a dialog says your changes are kept. They are: here, after the reconnect, and after Refresh." }
            ConnectionBanner.template(["id": "banner"])
            ReconnectDialog.template([
                "id": "lost",
                "title": "Connection lost — your unsaved changes are preserved",
                "message": "Keep typing: the note stays in this browser until it is saved, and is sent again when the connection is back. Refresh is safe too.",
            ])
            DraftNoteForm.template(demo: "extended-disconnect")
            ColocatedHooks.script(name: UnsavedChangesHook.hook.name, source: UnsavedChangesHook.hook.source)
        }
    }
}
