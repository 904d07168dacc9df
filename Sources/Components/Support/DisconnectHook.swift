/// The hook behind `connection_banner` and `reconnect_dialog`, and the `disconnect-banner`
/// demo that places them: shows the element only once the connection has stayed down for
/// `data-delay` ms, so short blips show nothing, and hides it again on reconnect. The same
/// rule as the runtime's `dom/hooks/connection_banner.js`, with real timers. Shown and
/// hidden through `this.js()`, whose attribute changes survive server patches (L11).
/// Timers go in `destroyed` (L12).
enum DisconnectHook {
    static let name = "ConnectionBanner"

    static let source = """
        // ConnectionBanner: unhides the element once the connection has been down for
        // data-delay ms (LiveView calls disconnected/reconnected on every hook) and hides
        // it on reconnect; a [data-refresh] button inside reloads the page.
        export const ConnectionBanner = {
          mounted() {
            this.onClick = (e) => { if (e.target.closest("[data-refresh]")) window.location.reload() }
            this.el.addEventListener("click", this.onClick)
          },
          disconnected() {
            // Count from the first drop: a retry that fails again does not restart the wait.
            if (this.timer) return
            const delay = Number(this.el.dataset.delay || 2000)
            this.timer = setTimeout(() => this.js().removeAttribute(this.el, "hidden"), delay)
          },
          reconnected() {
            clearTimeout(this.timer)
            this.timer = null
            this.js().setAttribute(this.el, "hidden", "")
          },
          destroyed() {
            this.el.removeEventListener("click", this.onClick)
            clearTimeout(this.timer)
          }
        }

        """
}
