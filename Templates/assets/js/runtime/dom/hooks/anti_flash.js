// AntiFlash (skeleton-flash, skeletons): a button [data-load="event"] inside
// the hooked section pushes the load; the section's [data-skeleton] shows
// only if the load is still running at 200 ms, and then for at least
// 300 ms, in place of its [data-content] (antiflash.js has the rule). A
// [data-timeline] list inside (skeleton-flash) gets one line per moment of
// each load, in ms since its start. Timers come from this.clock (the demo's
// virtual clock).

import { defineHook } from "../hooks.js";
import { createAntiFlash } from "../../antiflash.js";

export const AntiFlash = defineHook({
  mounted() {
    const part = (name) => this.el.querySelector(`[data-${name}]`);
    let t0 = 0;
    const mark = (what) => {
      const list = part("timeline");
      if (!list) return;
      const li = document.createElement("li");
      li.textContent = `${Math.round(this.clock.now() - t0)} ms · ${what}`;
      list.append(li);
    };
    this.flash = createAntiFlash({
      clock: this.clock,
      delay: +(this.el.dataset.delay || 200),
      minShow: +(this.el.dataset.minShow || 300),
      onChange: (on) => {
        mark(on ? "skeleton shown" : "skeleton hidden");
        const js = this.js();
        js[on ? "show" : "hide"](part("skeleton"));
        js[on ? "hide" : "show"](part("content"));
        js.setAttribute(this.el, "aria-busy", String(on));
      },
    });
    this.onClick = (e) => {
      const button = e.target.closest("[data-load]");
      if (!button || !this.el.contains(button)) return;
      t0 = this.clock.now();
      if (part("timeline")) part("timeline").textContent = "";
      mark("load started");
      this.flash.start();
      this.pushEvent(button.dataset.load, {}, () => { mark("load ended"); this.flash.done(); });
    };
    this.el.addEventListener("click", this.onClick);
  },
  destroyed() {
    this.el.removeEventListener("click", this.onClick);
  },
});
