/// `FieldFocus`: the client's half of `active-field`, the same logic as the runtime's
/// `dom/hooks/field_focus.js`. One listener pair on the form rather than `phx-focus`/`phx-blur`
/// on each input: LiveView rate-limits per element, so tabbing through four fields would still
/// be eight pushes (a blur and a focus each), and everyone's badge would flash off between the
/// blur and the focus. Here only the latest state goes, at most once per `data-every` ms.
enum FieldFocusHook {
    static let hook = DemoHook(name: "FieldFocus", source: """
        // FieldFocus: tells the server which field of the hooked form has focus, as
        // "focus_field" {field}: the data-field of the focused element's wrapper, null once
        // focus has left the form. At most one push per data-every ms (500 when absent), and
        // only a change: a focusout followed by a focusin (tabbing to the next field) is one
        // push, and after a burst the latest state always goes when the wait is up. After a
        // reconnect the new LiveView process knows no field, so the current one is sent again.
        export const FieldFocus = {
          mounted() {
            this.field = null
            this.sent = null
            this.at = -Infinity
            this.timer = null
            this.flush = () => {
              this.timer = null
              if (this.field === this.sent) return
              this.sent = this.field
              this.at = Date.now()
              this.pushEvent("focus_field", {field: this.field})
            }
            this.schedule = () => {
              const every = Number(this.el.dataset.every) || 500
              if (this.timer === null) this.timer = setTimeout(this.flush, Math.max(0, this.at + every - Date.now()))
            }
            this.onFocus = (e) => {
              const wrapper = e.type === "focusin" ? e.target.closest("[data-field]") : null
              this.field = wrapper && this.el.contains(wrapper) ? wrapper.dataset.field : null
              this.schedule()
            }
            this.el.addEventListener("focusin", this.onFocus)
            this.el.addEventListener("focusout", this.onFocus)
          },
          reconnected() {
            this.sent = null
            this.schedule()
          },
          destroyed() {
            this.el.removeEventListener("focusin", this.onFocus)
            this.el.removeEventListener("focusout", this.onFocus)
            clearTimeout(this.timer)
          }
        }

        """)
}
