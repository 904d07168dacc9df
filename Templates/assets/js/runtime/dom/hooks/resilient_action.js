// ResilientAction (offline-queue): a click on a [data-event] button inside
// the hooked element is queued (outbox.js) in localStorage under the
// element's data-outbox, with a fresh idempotency key, and sent while
// connected; [data-queue-count] (phx-update="ignore", the hook owns its
// text) says how many wait.

import { defineHook } from "../hooks.js";
import { createOutbox, mintKey } from "../../outbox.js";

export const ResilientAction = defineHook({
  mounted() {
    const count = this.el.querySelector("[data-queue-count]");
    this.outbox = createOutbox({
      storage: window.localStorage,
      name: this.el.dataset.outbox,
      push: (item, done) => this.pushEvent(item.event, { ...item.payload, key: item.key }, done),
      onCount: (n) => { if (count) count.textContent = n ? `${n} queued` : "Nothing queued"; },
    });
    this.onClick = (e) => {
      const button = e.target.closest("[data-event]");
      if (!button || !this.el.contains(button)) return;
      this.outbox.add({ key: mintKey(window.crypto), event: button.dataset.event, payload: JSON.parse(button.dataset.payload || "{}") });
    };
    this.el.addEventListener("click", this.onClick);
    this.outbox.flush(); // what a previous page load left queued
  },
  disconnected() { this.outbox.down(); },
  reconnected() { this.outbox.up(); },
  destroyed() { this.el.removeEventListener("click", this.onClick); },
});
