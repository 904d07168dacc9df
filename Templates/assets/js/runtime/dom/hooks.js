// L12 hooks: an element with phx-hook="Name" (and an id) gets an object
// whose prototype is the hook definition: mounted, beforeUpdate, updated,
// destroyed, disconnected, reconnected; this.el, this.pushEvent(event,
// payload, (reply, ref) => …) (phx-hook-loading, L1), this.handleEvent(name,
// cb) for the server's push_event, this.js() (sticky JS commands, L11), and
// this.clock: the demo's virtual clock, so a hook's timers pause, speed up
// and step with everything else.
//
// The host comes with the hooks: each built-in hook is written as
// defineHook({...}), which hangs createHooks on it (`__host`), and boot takes
// the host from the hooks its entry passes. So a demo whose template names no
// hook does not bundle the host (docs/runtime.md, "Bundling").

// A colocated hook is named with its module ("RealtimeComponents.ConnectionBanner", as
// LiveView 1.1 qualifies ".ConnectionBanner"); the runtime's built-in of the last name
// stands in for it, whichever module it is colocated in.
import { reconnectDelay } from "../net.js";

export const hookName = (name) => name.slice(name.lastIndexOf(".") + 1);

// L13: a container with phx-viewport-top / phx-viewport-bottom gets LiveView's
// own hook for them (here the built-in Viewport, dom/hooks/viewport.js).
const HOOKED = "[phx-hook],[phx-viewport-top],[phx-viewport-bottom]";
const nameOf = (el) => el.hasAttribute("phx-hook") ? hookName(el.getAttribute("phx-hook")) : "Viewport";

// A built-in hook definition (dom/hooks/*.js), carrying its host.
export const defineHook = (def) => Object.assign(def, { __host: createHooks });

// push: events.js's push; js: js.js's hookJS; on: runtime.on.
export function createHooks({ root, defs, clock, push, js, on }) {
  const live = new Map(); // element → hook instance
  let waiting = []; // hooked elements being patched, unchanged so far (beforeUpdate not run yet)
  const cbs = new Map(); // ref → [kind, callback]
  let refs = 0;
  const fire = (...kinds) => { for (const [kind, cb] of [...cbs.values()]) if (kinds.includes(kind)) cb(); };
  on("log", (e) => {
    if (e.kind === "attempt") e.ok ? fire("open") : fire("error", "close");
    else if (e.status === "down" && e.error === "client") fire("error", "close"); // the transport went (not a crash)
  });
  const listen = (kind) => (cb) => { cbs.set(++refs, [kind, cb]); return refs; };
  const socket = { onOpen: listen("open"), onError: listen("error"), onClose: listen("close"),
    off(list) { for (const r of list) cbs.delete(r); }, reconnectAfterMs: reconnectDelay };
  const liveSocket = { getSocket: () => socket };

  function mount(el) {
    const def = defs[nameOf(el)];
    if (!def) throw new Error(`no hook ${el.getAttribute("phx-hook") || nameOf(el)}`);
    const offs = [];
    const hook = Object.assign(Object.create(def), {
      el, clock, liveSocket,
      pushEvent: (event, payload = {}, cb) => push(el, "hook", event, payload, cb),
      handleEvent: (name, cb) => { const off = on("push_event", (n, p) => n === name && cb(p)); offs.push(off); return off; },
      js: () => js,
      __offs: offs,
    });
    live.set(el, hook);
    if (hook.mounted) hook.mounted();
  }

  function destroy(el) {
    const hook = live.get(el);
    if (!hook) return;
    live.delete(el);
    hook.__offs.forEach((off) => off());
    if (hook.destroyed) hook.destroyed();
  }

  const call = (el, name) => { const h = live.get(el); if (h && h[name]) h[name](); };
  const leaving = new Set(); // phx-remove elements whose transition is running
  const gone = (node) => {
    if (live.has(node)) destroy(node);
    for (const el of node.querySelectorAll(HOOKED)) destroy(el);
  };

  return {
    // After a patch: mount the hooks of new elements.
    scan() { for (const el of root.querySelectorAll(HOOKED)) if (!live.has(el)) mount(el); },
    // L12 beforeUpdate / updated, from morph.js: enter(el) when a hooked
    // element's patch starts, change() just before any change to the DOM,
    // leave(el, changed) when the element's patch ends. beforeUpdate runs at
    // the first change inside the element (for every hooked element whose
    // patch is under way and that has not had it yet), so only for elements
    // the patch changes, as LiveView's (which compares the old element with
    // the new one); updated after the patch, when it changed.
    enter(el) { waiting.push(el); },
    change() { const els = waiting; waiting = []; for (const el of els) call(el, "beforeUpdate"); },
    leave(el, changed) {
      waiting = waiting.filter((x) => x !== el);
      if (changed) call(el, "updated");
    },
    // A node left the server's page: its hooks (and those below it) are destroyed. With
    // phx-remove (L11) it stays while its commands' transitions run (LiveView's 200 ms unless
    // a command says `time`) and leaves after; true tells morph.js not to remove it. A later
    // patch that drops it again changes nothing.
    removed(node) {
      const cmd = node.getAttribute("phx-remove");
      if (!cmd) return gone(node);
      if (!leaving.has(node)) {
        leaving.add(node);
        js.exec(cmd, node);
        const time = Math.max(...JSON.parse(cmd).map(([, a = {}]) => (a.transition ? a.time ?? 200 : 0)));
        clock.setTimeout(() => { leaving.delete(node); gone(node); node.remove(); }, time);
      }
      return true;
    },
    // disconnected / reconnected (L12)
    signal(name) { for (const h of [...live.values()]) if (h[name]) h[name](); },
    destroyAll() { for (const el of [...live.keys()]) destroy(el); },
  };
}
