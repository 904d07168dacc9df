import Markup

/// `unsaved-changes` (PATTERNS.md, section 4): what the user typed and did not save is
/// kept in `localStorage` (the `UnsavedChanges` hook) and put back after a reconnect or a
/// page load; leaving with unsaved input asks first; Save clears the copy.
enum UnsavedChangesDemo {
    static let demo = Demo("unsaved-changes", title: "Keep unsaved input") {
        NetDefaults(["latency": 200])
        DraftNoteForm.server
        Hook(UnsavedChangesHook.hook)
        Render { template }
    }

    static var template: Node {
        div(.id("unsaved-changes"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Keep unsaved input" }
            p(.cls(DemoStyles.muted)) { "Type a note without saving, then go offline, crash the server or reset the page in the simulator below. What you typed stays in this browser until Save, and comes back after a page load." }
            DraftNoteForm.template(demo: "unsaved-changes")
            ColocatedHooks.script(name: UnsavedChangesHook.hook.name, source: UnsavedChangesHook.hook.source)
        }
    }
}
