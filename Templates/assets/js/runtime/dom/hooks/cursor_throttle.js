// CursorThrottle (live-cursors, mousemove-presence): the pointer over the
// hooked board goes to the server as "cursor" {x, y}, in the board's pixels
// (rounded, clamped to its box), at most once per data-interval ms of the
// demo's clock. The throttle is trailing-edge: the first mousemove of a burst
// starts the wait, later ones only replace the position, and when the wait is
// up the latest position goes, so the last one is always sent and a cursor
// never stops short. data-interval="0" sends every mousemove (the
// anti-pattern's side of the pair). It listens to mousemove only (a pointer
// also fires pointermove; listening to both would send twice).

import { defineHook } from "../hooks.js";

export const CursorThrottle = defineHook({
  mounted() {
    this.timer = null;
    this.send = () => {
      if (this.timer !== null) this.clock.clearTimeout(this.timer);
      this.timer = null;
      this.pushEvent("cursor", this.latest);
    };
    this.onMove = (e) => {
      const box = this.el.getBoundingClientRect();
      const clamp = (v, max) => Math.min(Math.max(Math.round(v), 0), Math.floor(max));
      this.latest = { x: clamp(e.clientX - box.left, box.width), y: clamp(e.clientY - box.top, box.height) };
      const interval = Number(this.el.dataset.interval) || 0;
      if (interval <= 0) this.send();
      else if (this.timer === null) this.timer = this.clock.setTimeout(this.send, interval);
    };
    this.el.addEventListener("mousemove", this.onMove);
  },
  destroyed() {
    this.el.removeEventListener("mousemove", this.onMove);
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
  },
});
