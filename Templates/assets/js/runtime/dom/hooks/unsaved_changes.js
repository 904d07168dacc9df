// UnsavedChanges (unsaved-changes, extended-disconnect): the hooked form's
// named fields are copied to localStorage (key: data-draft-key) on every
// input until the server says they were saved (push_event "saved"); a page
// load with a copy puts it back and sends it as a change; leaving with
// unsaved input asks first (beforeunload). [data-draft-status]
// (phx-update="ignore") says which of the three is the case.

import { defineHook } from "../hooks.js";

export const UnsavedChanges = defineHook({
  mounted() {
    const form = this.el, key = form.dataset.draftKey;
    const status = form.querySelector("[data-draft-status]");
    const say = (t) => { if (status) status.textContent = t; };
    const fields = () => [...form.elements].filter((f) => f.name && /^(input|textarea|select)$/.test(f.localName));
    this.dirty = false;
    this.onInput = () => {
      this.dirty = true;
      localStorage.setItem(key, JSON.stringify(Object.fromEntries(fields().map((f) => [f.name, f.value]))));
      say("Unsaved changes are kept in this browser");
    };
    this.onLeave = (e) => { if (this.dirty) { e.preventDefault(); e.returnValue = ""; } };
    form.addEventListener("input", this.onInput);
    window.addEventListener("beforeunload", this.onLeave);
    this.handleEvent("saved", () => { localStorage.removeItem(key); this.dirty = false; say("All changes saved"); });
    let copy = null;
    try { copy = JSON.parse(localStorage.getItem(key)); } catch { /* an unreadable copy is no copy */ }
    if (copy) {
      for (const f of fields()) if (f.name in copy) f.value = copy[f.name];
      fields()[0]?.dispatchEvent(new Event("input", { bubbles: true })); // the server hears it as a phx-change
      say("Restored your unsaved changes from this browser");
    }
  },
  destroyed() {
    this.el.removeEventListener("input", this.onInput);
    window.removeEventListener("beforeunload", this.onLeave);
  },
});
