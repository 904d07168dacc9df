// PresenceHeartbeat (avatar-stack): pushes "heartbeat" every data-every ms of
// the demo's clock (15 s when absent), so the server can refresh this view's
// presence meta. Only the client can say it is still there: a closed laptop's
// process lives on until the socket times out, so a server timer would keep
// its presence fresh; without pings its `at` goes stale and others see idle.

import { defineHook } from "../hooks.js";

export const PresenceHeartbeat = defineHook({
  mounted() {
    this.timer = this.clock.setInterval(() => this.pushEvent("heartbeat", {}), Number(this.el.dataset.every) || 15000);
  },
  destroyed() {
    this.clock.clearInterval(this.timer);
  },
});
