/// `UnsavedChanges`: the local backup for Phoenix, the same logic as the runtime's
/// `dom/hooks/unsaved_changes.js`. The hooked form's fields are copied to `localStorage`
/// on every input until the server confirms a save (`push_event("saved", ...)`), so a
/// reconnect, a crash or a reload never loses what the user typed; leaving the page with
/// unsaved input asks first.
enum UnsavedChangesHook {
    static let hook = DemoHook(name: "UnsavedChanges", source: """
        // UnsavedChanges: copies the hooked form's named fields to localStorage (under
        // data-draft-key) on every input, until the server pushes "saved"; a page load with
        // a copy puts it back and sends it as a change; leaving with unsaved input asks
        // first. [data-draft-status] (phx-update="ignore": its text is the hook's) says which.
        export const UnsavedChanges = {
          mounted() {
            const key = this.el.dataset.draftKey
            const status = this.el.querySelector("[data-draft-status]")
            const say = (text) => { if (status) status.textContent = text }
            const fields = () =>
              Array.from(this.el.elements).filter((f) => f.name && ["INPUT", "TEXTAREA", "SELECT"].includes(f.tagName))
            this.dirty = false
            this.onInput = () => {
              this.dirty = true
              localStorage.setItem(key, JSON.stringify(Object.fromEntries(fields().map((f) => [f.name, f.value]))))
              say("Unsaved changes are kept in this browser")
            }
            this.onLeave = (e) => {
              if (!this.dirty) return
              e.preventDefault()
              e.returnValue = ""
            }
            this.el.addEventListener("input", this.onInput)
            window.addEventListener("beforeunload", this.onLeave)
            this.handleEvent("saved", () => {
              localStorage.removeItem(key)
              this.dirty = false
              say("All changes saved")
            })
            let copy = null
            try { copy = JSON.parse(localStorage.getItem(key)) } catch { copy = null }
            if (copy) {
              for (const f of fields()) if (f.name in copy) f.value = copy[f.name]
              // LiveView hears the restored value as a phx-change.
              fields()[0]?.dispatchEvent(new Event("input", {bubbles: true}))
              say("Restored your unsaved changes from this browser")
            }
          },
          destroyed() {
            this.el.removeEventListener("input", this.onInput)
            window.removeEventListener("beforeunload", this.onLeave)
          }
        }

        """)
}
