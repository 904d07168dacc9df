// ToastTimer (toasts): hides the hooked toast after data-dismiss-after ms of
// the demo's clock and pushes "dismiss_toast" {id: data-id}, so the server
// deletes it from its stream. The countdown is the client's because hovering
// and focus are: it stops while the pointer is over the toast or focus is
// inside it, and goes on with the time it had left when both have gone.

import { defineHook } from "../hooks.js";

export const ToastTimer = defineHook({
  mounted() {
    this.left = Number(this.el.dataset.dismissAfter) || 5000;
    this.timer = null;
    this.hovered = false;
    this.focused = false;
    this.expire = () => {
      this.timer = null;
      this.done = true;
      this.js().hide(this.el);
      this.pushEvent("dismiss_toast", { id: this.el.dataset.id });
    };
    this.sync = () => {
      const held = this.hovered || this.focused;
      if (held && this.timer !== null) {
        this.clock.clearTimeout(this.timer);
        this.timer = null;
        this.left -= this.clock.now() - this.since;
      } else if (!held && this.timer === null && !this.done) {
        this.since = this.clock.now();
        this.timer = this.clock.setTimeout(this.expire, this.left);
      }
    };
    this.listeners = {
      mouseenter: () => { this.hovered = true; this.sync(); },
      mouseleave: () => { this.hovered = false; this.sync(); },
      focusin: () => { this.focused = true; this.sync(); },
      focusout: (e) => { this.focused = this.el.contains(e.relatedTarget); this.sync(); },
    };
    for (const [type, fn] of Object.entries(this.listeners)) this.el.addEventListener(type, fn);
    this.sync();
  },
  destroyed() {
    for (const [type, fn] of Object.entries(this.listeners)) this.el.removeEventListener(type, fn);
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
  },
});
