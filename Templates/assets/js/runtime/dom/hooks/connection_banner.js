// ConnectionBanner (disconnect-banner, extended-disconnect): inside the
// hooked element, [data-banner] shows after the connection has been down
// 2 s (short blips show nothing), [data-dialog] after 15 s; both hide on
// reconnect. [data-refresh] reloads the page. Timers come from this.clock.

import { createBannerTimer } from "../../connection.js";

export const ConnectionBanner = {
  mounted() {
    const part = (name) => this.el.querySelector(`[data-${name}]`);
    this.timer = createBannerTimer({
      clock: this.clock,
      bannerAfter: +(this.el.dataset.bannerAfter || 2000),
      dialogAfter: +(this.el.dataset.dialogAfter || 15000),
      onChange: ({ banner, dialog }) => {
        const js = this.js();
        js[banner ? "show" : "hide"](part("banner"));
        js[dialog ? "show" : "hide"](part("dialog"));
      },
    });
    this.onClick = (e) => { if (e.target.closest("[data-refresh]")) window.location.reload(); };
    this.el.addEventListener("click", this.onClick);
  },
  disconnected() { this.timer.down(); },
  reconnected() { this.timer.up(); },
  destroyed() {
    this.el.removeEventListener("click", this.onClick);
    this.timer.up();
  },
};
