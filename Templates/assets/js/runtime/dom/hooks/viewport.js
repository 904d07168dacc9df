// Viewport: LiveView's phx-viewport-top / phx-viewport-bottom (L13), the hook
// LiveView itself puts on a stream container with either binding (dom/hooks.js
// mounts it for them). It listens to the scrolls of the nearest scrolling
// ancestor (overflow-y auto or scroll; else the window) and, reading the
// bindings anew each time (the server switches them off at either end):
// - scrolling down while the last child's bottom is in the visible area
//   pushes the bottom event with {id} of that child;
// - scrolling up while the first child's top is in it pushes the top event
//   with {id} of the first child;
// - scrolling up until the container's own top shows (the user went past
//   everything loaded above) pushes the top event with {id, _overran: true},
//   once until the container's top is scrolled away again.
// Each of the three runs at most once per 500 ms of the demo's clock, a call
// that comes sooner running when the 500 ms are up. While an event is in
// flight, scrolling keeps the child it was sent for in view, and the reply
// scrolls it back into view if the new children pushed it out: the page
// waits at the edge for what it asked for.

import { defineHook } from "../hooks.js";

const THROTTLE = 500;

const scrollParent = (el) => {
  // The document's own scroll is the window's: its scroll events are not the root element's.
  if (!el || el.nodeName === "HTML" || el.nodeName === "BODY") return null;
  return ["auto", "scroll"].includes(getComputedStyle(el).overflowY) ? el : scrollParent(el.parentElement);
};

export const Viewport = defineHook({
  mounted() {
    const box = scrollParent(this.el), target = box || window;
    const scrolled = () => (box ? box.scrollTop : document.documentElement.scrollTop || document.body.scrollTop);
    const edges = () => (box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight || document.documentElement.clientHeight });
    const inView = (y) => { const v = edges(); return Math.ceil(y) >= v.top && Math.floor(y) <= v.bottom; };
    const shown = (child) => { const r = child.getBoundingClientRect(); return Math.ceil(r.left) >= 0 && inView(r.top); };
    this.timers = new Set();
    // At most once per THROTTLE ms; a call within it runs when it is up (with the latest arguments).
    const throttled = (fn) => {
      let last = -Infinity, timer = null, args;
      return (...a) => {
        args = a;
        const wait = THROTTLE - (this.clock.now() - last);
        if (wait <= 0 || wait > THROTTLE) {
          if (timer) { this.clock.clearTimeout(timer); this.timers.delete(timer); timer = null; }
          last = this.clock.now();
          fn(...args);
        } else if (!timer) {
          timer = this.clock.setTimeout(() => { this.timers.delete(timer); timer = null; last = this.clock.now(); fn(...args); }, wait);
          this.timers.add(timer);
        }
      };
    };
    this.pending = null; // while an event is in flight: what a scroll does instead
    const send = (event, child, payload, hold) => {
      this.pending = hold;
      const ref = this.pushEvent(event, payload, () => {
        this.pending = null;
        if (child.isConnected && !shown(child)) hold();
      });
      if (ref === null) this.pending = null; // dropped while disconnected (L7): nothing is in flight
    };
    const overrun = throttled((event, child) => send(event, child, { id: child.id, _overran: true }, () => true));
    const atTop = throttled((event, child) => send(event, child, { id: child.id }, () => child.scrollIntoView({ block: "start" })));
    const atBottom = throttled((event, child) => send(event, child, { id: child.id }, () => child.scrollIntoView({ block: "end" })));
    let before = scrolled(), overran = false;
    this.onScroll = () => {
      const now = scrolled(), up = now < before, down = now > before;
      before = now;
      if (this.pending) return this.pending();
      const top = this.el.getAttribute("phx-viewport-top"), bottom = this.el.getAttribute("phx-viewport-bottom");
      const first = this.el.firstElementChild, last = this.el.lastElementChild;
      const containerTop = this.el.getBoundingClientRect().top;
      if (up && top && first && !overran && containerTop >= 0) { overran = true; overrun(top, first); }
      else if (down && overran && containerTop <= 0) overran = false;
      if (up && top && first && inView(first.getBoundingClientRect().top)) atTop(top, first);
      else if (down && bottom && last && inView(last.getBoundingClientRect().bottom)) atBottom(bottom, last);
    };
    this.target = target;
    target.addEventListener("scroll", this.onScroll, { passive: true });
  },
  // A reply lost with the connection never comes: the rejoin frees the next event.
  reconnected() { this.pending = null; },
  destroyed() {
    this.target.removeEventListener("scroll", this.onScroll);
    for (const t of this.timers) this.clock.clearTimeout(t);
  },
});
