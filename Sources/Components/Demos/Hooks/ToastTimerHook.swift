/// `ToastTimer`: the client's half of `toasts`, the same logic as the runtime's
/// `dom/hooks/toast_timer.js`. The countdown lives in the browser because only the browser
/// knows that the pointer is over a toast or that focus is inside it; a server
/// `Process.send_after` would dismiss a toast under the reader's cursor.
enum ToastTimerHook {
    static let hook = DemoHook(name: "ToastTimer", source: """
        // ToastTimer: hides the hooked toast after data-dismiss-after ms and pushes
        // "dismiss_toast" {id: data-id} so the server deletes it from its stream. The
        // countdown stops while the pointer is over the toast or focus is inside it, and
        // goes on with the time it had left when both have gone.
        export const ToastTimer = {
          mounted() {
            this.left = Number(this.el.dataset.dismissAfter) || 5000
            this.timer = null
            this.hovered = false
            this.focused = false
            this.expire = () => {
              this.timer = null
              this.done = true
              this.js().hide(this.el)
              this.pushEvent("dismiss_toast", {id: this.el.dataset.id})
            }
            this.sync = () => {
              const held = this.hovered || this.focused
              if (held && this.timer !== null) {
                clearTimeout(this.timer)
                this.timer = null
                this.left -= performance.now() - this.since
              } else if (!held && this.timer === null && !this.done) {
                this.since = performance.now()
                this.timer = setTimeout(this.expire, this.left)
              }
            }
            this.listeners = {
              mouseenter: () => { this.hovered = true; this.sync() },
              mouseleave: () => { this.hovered = false; this.sync() },
              focusin: () => { this.focused = true; this.sync() },
              focusout: (e) => { this.focused = this.el.contains(e.relatedTarget); this.sync() },
            }
            for (const [type, fn] of Object.entries(this.listeners)) this.el.addEventListener(type, fn)
            this.sync()
          },
          destroyed() {
            for (const [type, fn] of Object.entries(this.listeners)) this.el.removeEventListener(type, fn)
            clearTimeout(this.timer)
          }
        }

        """)
}
