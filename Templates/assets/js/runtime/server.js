// The mock LiveView server. A demo's handlers are data (docs/demo-json.md);
// each connection gets a view process: mount → assigns; handle_event(name,
// params) → new assigns (+ reply); handle_info from send_after timers and
// pubsub. After each handler the process hands back a snapshot of the
// assigns; the client re-renders and morphs.

import { runOps, coreOps } from "./ops.js";
import { evaluate, equal } from "./expr.js";
import { createHub } from "./hub.js";
import { clone, mapValues, query } from "./util.js";

let pids = 0;

// ops: the op families this demo's bundle has (ops/*.js), merged; the core
// family is always there.
export function createServer({ demo, clock, hub = createHub({ clock, store: demo.store || {} }), shouldFail = () => false, ops = {} }) {
  let current = null; // the client's view process, when one is alive
  ops = { ...coreOps, ...ops };

  function spawn(send) {
    const view = createView({ demo, clock, hub, ops, shouldFail: (n) => shouldFail(n), send });
    current = view;
    return view;
  }

  return {
    hub,
    ops,
    spawn,
    get view() { return current; },
    // server.state(): the demo's documented shape, evaluated over the store
    // and the live view's assigns; without a "state" entry, the store itself.
    state() {
      if (!demo.state) return hub.store.snapshot();
      const ctx = { assigns: current ? current.assigns : {}, store: hub.store, vars: {}, now: clock.now };
      return mapValues(demo.state, (e) => clone(evaluate(e, ctx)));
    },
  };
}

export function createView({ demo, clock, hub, ops = coreOps, shouldFail = () => false, send = () => {} }) {
  const pid = `pid${++pids}`;
  let assigns = {};
  let alive = true;
  const keyed = new Map(); // send_after key → timer id
  const timers = new Set();

  function derive(a) {
    for (const [k, e] of Object.entries(demo.derived || {})) a[k] = evaluate(e, { assigns: a, vars: {}, store: hub.store, now: clock.now });
  }

  // send_after: handle_info(msg, payload) in ms; a pending timer with the same key is replaced.
  function sendAfter(ms, msg, payload, key) {
    if (key !== null) cancel(key);
    const id = clock.setTimeout(() => {
      timers.delete(id);
      if (key !== null && keyed.get(key) === id) keyed.delete(key);
      info(msg, payload);
    }, ms);
    timers.add(id);
    if (key !== null) keyed.set(key, id);
  }

  // Whether a timer was pending under the key.
  function cancel(key) {
    const id = keyed.get(key);
    if (id !== undefined) { clock.clearTimeout(id); timers.delete(id); keyed.delete(key); }
    return id !== undefined;
  }

  // Run one handler: on an injected failure its "onFailure" block runs
  // instead of "do" (only handlers that declare an error path can fail).
  function run(handler, name, params) {
    const failed = !!(handler.onFailure && shouldFail(name));
    const draft = clone(assigns);
    const fx = { reply: null, streamOps: [], events: [], sendAfter, cancel };
    const ctx = { assigns: draft, params: params || {}, vars: {}, store: hub.store, now: clock.now, ops, hub, pid, info, fx, streamKeys: demo.streamKeys };
    runOps(failed ? handler.onFailure : handler.do, ctx);
    derive(draft);
    const changed = !equal(draft, assigns);
    assigns = draft;
    return { assigns: clone(assigns), changed: changed || fx.streamOps.length > 0 || fx.events.length > 0, reply: fx.reply, streamOps: fx.streamOps, events: fx.events, failed, patch: fx.patch };
  }

  // out, then handle_params with `params`: its assigns, out's reply and patch, both runs' events.
  function withParams(out, params) {
    if (!demo.params) return out;
    const p = run(demo.params, "params", params);
    return { ...p, changed: true, reply: out.reply, patch: out.patch, events: [...out.events, ...p.events], streamOps: [...(out.streamOps || []), ...p.streamOps] };
  }

  function info(msg, payload) {
    if (!alive) return;
    const h = demo.info && demo.info[msg];
    if (!h) return; // an unhandled message is ignored (a catch-all handle_info)
    const out = run(h, msg, payload);
    if (out.changed) send({ type: "diff", msg, ...out });
  }

  return {
    pid,
    get assigns() { return clone(assigns); },
    get alive() { return alive; },
    // handle_params runs after mount and on every patch (a live_patch from
    // the client, or the handler's own push_patch), with the URL's params.
    mount(params = {}) {
      assigns = { flash: {}, ...clone(demo.assigns || {}) };
      return withParams(run({ do: demo.mount || [] }, "mount", params), params);
    },
    handleEvent(name, params = {}) {
      if (!alive) return null;
      if (name === "lv:clear-flash") { // L16: built into LiveView
        return run({ do: [{ clear_flash: params.key ?? true }] }, name, params);
      }
      if (name === "live_patch") return withParams({ events: [] }, query(params.url));
      const h = demo.events && demo.events[name];
      if (!h) return { error: `no handle_event clause for "${name}"`, assigns: clone(assigns), changed: false, streamOps: [], events: [] };
      const out = run(h, name, params);
      return out.patch ? withParams(out, query(out.patch.to)) : out;
    },
    handleInfo: info,
    // The connection closed: the process ends, its timers with it, its
    // presences leave (LiveView processes do not outlive their socket).
    terminate() {
      if (!alive) return;
      alive = false;
      for (const id of timers) clock.clearTimeout(id);
      timers.clear(); keyed.clear();
      hub.down(pid);
    },
    pendingTimers: () => timers.size,
  };
}
