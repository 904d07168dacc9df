// FieldFocus (active-field): tells the server which field of the hooked form
// has focus, as "focus_field" {field} (the data-field of the focused
// element's wrapper; null once focus has left the form), at most once per
// data-every ms of the demo's clock (500 when absent). Only a change goes,
// and only the latest: a focusout followed by a focusin (tabbing to the next
// field) is one push, and after a burst the last state always goes when the
// wait is up. One listener pair on the form, not phx-focus/phx-blur per
// input: LiveView rate-limits per element, and a blur then a focus would
// flash everyone's badge off. After a reconnect the new process knows no
// field, so the current one is sent again.

import { defineHook } from "../hooks.js";

export const FieldFocus = defineHook({
  mounted() {
    this.field = null;
    this.sent = null;
    this.at = -Infinity;
    this.timer = null;
    this.flush = () => {
      this.timer = null;
      if (this.field === this.sent) return;
      this.sent = this.field;
      this.at = this.clock.now();
      this.pushEvent("focus_field", { field: this.field });
    };
    this.schedule = () => {
      const every = Number(this.el.dataset.every) || 500;
      if (this.timer === null) this.timer = this.clock.setTimeout(this.flush, Math.max(0, this.at + every - this.clock.now()));
    };
    this.onFocus = (e) => {
      const wrapper = e.type === "focusin" ? e.target.closest("[data-field]") : null;
      this.field = wrapper && this.el.contains(wrapper) ? wrapper.dataset.field : null;
      this.schedule();
    };
    this.el.addEventListener("focusin", this.onFocus);
    this.el.addEventListener("focusout", this.onFocus);
  },
  reconnected() {
    this.sent = null;
    this.schedule();
  },
  destroyed() {
    this.el.removeEventListener("focusin", this.onFocus);
    this.el.removeEventListener("focusout", this.onFocus);
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
  },
});
