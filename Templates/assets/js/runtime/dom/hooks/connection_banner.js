// ConnectionBanner (connection_banner, reconnect_dialog; the disconnect-banner
// demo): the hooked element shows once the connection has been down
// data-delay ms (2000; short blips show nothing) and hides on reconnect; a
// [data-refresh] button inside reloads the page. connection.js has the rule
// (createBannerTimer, one per element); timers come from this.clock.

import { defineHook } from "../hooks.js";
import { createBannerTimer } from "../../connection.js";

export const ConnectionBanner = defineHook({
  mounted() {
    this.timer = createBannerTimer({
      clock: this.clock,
      bannerAfter: +(this.el.dataset.delay || 2000),
      dialogAfter: null,
      onChange: ({ banner }) => this.js()[banner ? "show" : "hide"](this.el),
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
});
