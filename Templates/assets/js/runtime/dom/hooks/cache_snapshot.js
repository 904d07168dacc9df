// CacheSnapshot (stale-while-revalidate): whenever the server has rendered
// fresh data (an element [data-fresh] inside the hooked one), its data-*
// fields named in data-cache-fields are saved as JSON in localStorage under
// data-cache-key; the next visit's LiveSocket params carry that copy to the
// mount (dom/connect_params.js), which shows it at once. push_event
// "clear-cache" removes the copy.

import { defineHook } from "../hooks.js";

export const CacheSnapshot = defineHook({
  mounted() {
    this.save();
    this.handleEvent("clear-cache", () => localStorage.removeItem(this.el.dataset.cacheKey));
  },
  updated() { this.save(); },
  save() {
    const fresh = this.el.querySelector("[data-fresh]");
    if (!fresh) return;
    const copy = {};
    for (const name of this.el.dataset.cacheFields.split(" ")) copy[name] = fresh.dataset[name];
    localStorage.setItem(this.el.dataset.cacheKey, JSON.stringify(copy));
  },
});
