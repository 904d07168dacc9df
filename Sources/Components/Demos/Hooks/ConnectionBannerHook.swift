/// `ConnectionBanner`: the delayed banner and dialog for Phoenix, the same logic as the
/// runtime's `connection.js` (`createBannerTimer`) + `dom/hooks/connection_banner.js`,
/// with real timers and sticky `this.js()` changes of the `hidden` attribute (L11).
enum ConnectionBannerHook {
    static let hook = DemoHook(name: "ConnectionBanner", source: """
        // ConnectionBanner: inside the hooked element, [data-banner] shows once the
        // connection has been down data-banner-after ms (2000: short blips show nothing),
        // [data-dialog] after data-dialog-after ms (15000); both hide when LiveView
        // reconnects. [data-refresh] reloads the page. Timers go in destroyed (L12).
        export const ConnectionBanner = {
          mounted() {
            this.bannerAfter = Number(this.el.dataset.bannerAfter || 2000)
            this.dialogAfter = Number(this.el.dataset.dialogAfter || 15000)
            this.timers = []
            this.shown = {banner: false, dialog: false}
            this.onClick = (e) => { if (e.target.closest("[data-refresh]")) window.location.reload() }
            this.el.addEventListener("click", this.onClick)
          },
          show(banner, dialog) {
            if (banner === this.shown.banner && dialog === this.shown.dialog) return
            this.shown = {banner, dialog}
            const js = this.js()
            const toggle = (el, on) => on ? js.removeAttribute(el, "hidden") : js.setAttribute(el, "hidden", "")
            toggle(this.el.querySelector("[data-banner]"), banner)
            toggle(this.el.querySelector("[data-dialog]"), dialog)
          },
          clear() {
            this.timers.forEach(clearTimeout)
            this.timers = []
          },
          disconnected() {
            // Count from the first drop: a retry that fails again does not restart the wait.
            if (this.timers.length || this.shown.banner) return
            this.timers.push(setTimeout(() => this.show(true, this.shown.dialog), this.bannerAfter))
            this.timers.push(setTimeout(() => this.show(true, true), this.dialogAfter))
          },
          reconnected() {
            this.clear()
            this.show(false, false)
          },
          destroyed() {
            this.el.removeEventListener("click", this.onClick)
            this.clear()
          }
        }

        """)
}
