// ScrollRestore (url-state): the hooked container's scroll position is kept
// in sessionStorage (per tab, under data-scroll-key and the element's id) on
// every scroll and put back when the hook mounts: after a page load, the
// list is where the user left it. The window's own scroll is the browser's.

import { defineHook } from "../hooks.js";

export const ScrollRestore = defineHook({
  mounted() {
    this.key = `${this.el.dataset.scrollKey}:${this.el.id}`;
    this.el.scrollTop = Number(sessionStorage.getItem(this.key)) || 0;
    this.onScroll = () => sessionStorage.setItem(this.key, String(this.el.scrollTop));
    this.el.addEventListener("scroll", this.onScroll, { passive: true });
  },
  destroyed() { this.el.removeEventListener("scroll", this.onScroll); },
});
