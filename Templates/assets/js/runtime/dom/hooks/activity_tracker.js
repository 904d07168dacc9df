// ActivityTracker (idle-detection): pushes "activity" {status: "idle"} after
// data-idle-after ms of the demo's clock (60 s unless set) without mouse, key,
// wheel, scroll or touch input on the window, and {status: "active"} at the
// next input. While input goes on it pushes {status: "active"} again at most
// once per data-report-every ms (5 s), never one per event. A hidden tab
// (document.hidden at visibilitychange) is idle at once, and input is not
// counted while hidden. One timer at most, none while idle; destroyed removes
// every listener with the options it was added with, and the timer.

import { defineHook } from "../hooks.js";

const INPUTS = ["mousemove", "mousedown", "keydown", "wheel", "scroll", "touchstart"];
const OPTS = { capture: true, passive: true };

export const ActivityTracker = defineHook({
  mounted() {
    this.timer = null;
    this.idle = false;
    this.last = this.sent = this.clock.now();
    this.report = (status) => {
      this.sent = this.clock.now();
      this.pushEvent("activity", { status });
    };
    this.check = () => {
      if (this.timer !== null) this.clock.clearTimeout(this.timer);
      this.timer = null;
      if (this.idle) return;
      const left = (Number(this.el.dataset.idleAfter) || 60000) - (this.clock.now() - this.last);
      if (left > 0 && !document.hidden) this.timer = this.clock.setTimeout(this.check, left);
      else { this.idle = true; this.report("idle"); }
    };
    this.onInput = () => {
      if (document.hidden) return;
      this.last = this.clock.now();
      if (this.idle) { this.idle = false; this.report("active"); this.check(); }
      else if (this.last - this.sent >= (Number(this.el.dataset.reportEvery) || 5000)) this.report("active");
    };
    INPUTS.forEach((type) => window.addEventListener(type, this.onInput, OPTS));
    document.addEventListener("visibilitychange", this.check);
    this.check();
  },
  updated() { this.check(); },
  reconnected() { this.report(this.idle ? "idle" : "active"); },
  destroyed() {
    INPUTS.forEach((type) => window.removeEventListener(type, this.onInput, OPTS));
    document.removeEventListener("visibilitychange", this.check);
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
  },
});
