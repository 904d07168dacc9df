// ConnectionLog (connection-states): the LiveView root's container classes
// as they change (L6), each change with its time, and each reconnect attempt
// with its planned delay, its time and its time since the drop (L8), from
// the socket's error/open events (a drop, then one error per failed attempt,
// an open for the one that connects). Times are on the demo's clock.

import { defineHook } from "../hooks.js";

export const ConnectionLog = defineHook({
  mounted() {
    const root = this.el.closest("[data-phx-main]");
    const part = (name) => this.el.querySelector(`[data-${name}]`);
    const now = () => Math.round(this.clock.now());
    const item = (list, text) => { const li = document.createElement("li"); li.textContent = text; part(list).append(li); };
    const show = () => {
      const classes = root.className.trim() || "(none)";
      if (classes === this.last) return;
      this.last = classes;
      part("classes").textContent = classes;
      item("changes", `${now()} ms · ${classes}`);
    };
    this.observer = new MutationObserver(show);
    this.observer.observe(root, { attributes: true, attributeFilter: ["class"] });
    show();
    const socket = this.liveSocket.getSocket();
    let tries = -1, dropAt = 0; // the drop is the first error, attempts follow
    const attempt = (ok) => {
      if (++tries === 0) dropAt = now();
      else item("attempts", `#${tries} · planned ${socket.reconnectAfterMs(tries)} ms · at ${now()} ms, ${now() - dropAt} ms after the drop · ${ok ? "connected" : "failed"}`);
      if (ok) tries = -1;
    };
    this.refs = [socket.onError(() => attempt(false)), socket.onOpen(() => attempt(true))];
  },
  destroyed() {
    this.observer.disconnect();
    this.liveSocket.getSocket().off(this.refs);
  },
});
