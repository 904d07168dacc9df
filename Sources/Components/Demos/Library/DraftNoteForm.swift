import Markup

/// The note form of `unsaved-changes` and `extended-disconnect`: a textarea whose draft
/// goes to the server as the user types (debounced) and is saved with Save; the
/// `UnsavedChanges` hook keeps a copy in `localStorage` until the save is confirmed. The
/// saved note lives in the store, the draft only in the process.
enum DraftNoteForm {
    /// The handlers behind the form: `draft` (phx-change), `save` (phx-submit, confirmed to
    /// the hook with `push_event("saved")`).
    static var server: [DemoPart] {
        [
            Database(["note": ""]),
            Initial(["draft": "", "saved": ""]),
            OnMount {
                Op.storeRead("note", into: "saved")
                Op.storeRead("note", into: "draft")
            },
            OnEvent("draft", params: ["note"]) { Op.set("draft", .param("note")) },
            OnEvent("save", params: ["note"]) {
                Op.storeWrite("note", value: .param("note"), version: nil,
                              ok: [.set("saved", .param("note")), .set("draft", .param("note")), .pushEvent("saved", payload: [:])],
                              stale: [])
            },
            ServerState(["draft": .assign("draft"), "saved": .store("note")]),
        ]
    }

    /// The form; `demo` names the hook's module and the storage key (`rtux:<demo>:note`).
    static func template(demo: String) -> Node {
        form(.id("note-form"), .phx(.change, "draft"), .phx(.submit, "save"),
             .phx(.hook, .literal(.string(ColocatedHooks.qualified(UnsavedChangesHook.hook.name, in: ElixirLiveView.moduleName(demo))))),
             .data("draft-key", .literal(.string("rtux:\(demo):note"))), .cls("grid gap-2")) {
            label(.attr("for", "note"), .cls(DemoStyles.label)) { "Note" }
            textarea(.id("note"), .attr("name", "note"), .attr("rows", "4"), .attr("phx-debounce", "300"), .cls(DemoStyles.field)) { text(.assign("draft")) }
            div(.cls("flex flex-wrap items-center gap-3")) {
                Button.template(["type": "submit", "id": "save"]) { "Save note" }
                // The hook owns this text; the server never patches it.
                p(.id("draft-status"), .role(.status), .phx(.update, "ignore"), .data("draft-status", true), .cls(DemoStyles.muted)) { "All changes saved" }
            }
            p(.id("server-copy"), .cls("text-xs text-slate-600 dark:text-slate-300")) {
                text("Saved on the server: \(.textLength(.assign("saved"))) characters")
            }
        }
    }
}
