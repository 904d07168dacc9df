// Simulated other users, driven by the same clock. A peer's action travels
// to the server with the configured latency (one way: half the round trip,
// ± half the jitter: half of one net.roundTrip() sample) and then runs the demo's peer ops (docs/demo-json.md)
// against the hub: broadcasts, presence, the store. Bundled only into demos
// whose JSON has `peers` (docs/runtime.md, "Bundling").

import { runOps } from "./ops.js";

// ops: the server's op table (server.ops).
export function createPeers({ clock, hub, net, ops, spec = {}, log = () => {} }) {
  const names = spec.names || [];
  const actions = spec.actions || {};
  const scratch = new Map(); // per-peer assigns
  // The `vanish` action is a closed laptop: its ops run (usually none), then
  // the peer sends nothing more and its process goes down only when the
  // heartbeat timeout passes (spec.timeout, Phoenix's 60 s by default), with
  // no leave before it. Until then it cannot act.
  const silent = new Set();
  const timeout = spec.timeout ?? 60000;

  function perform(name, action, payload, tab = 1) {
    const assigns = scratch.get(name) || {};
    // A peer is no LiveView: it has no timers and no handle_info (it never
    // subscribes, so it never hears its own broadcasts).
    const fx = { reply: null, streamOps: [], events: [], sendAfter() {}, cancel() {} };
    runOps(actions[action], { assigns, params: payload || {}, vars: { peer: { name } }, store: hub.store, now: clock.now, ops, hub, pid: pidOf(name, tab), fx });
    scratch.set(name, assigns);
  }

  // Tabs: each is its own process (peer:Ann, peer:Ann#2, ...), so a presence
  // has one meta per tab. `join` and `open_tab` open one and run as it;
  // `close_tab` runs as the newest and takes it down (only its meta leaves);
  // `leave` takes them all down; any other action runs once in every open
  // tab (once as peer:Ann when none is open). spec.heartbeat ms: every open
  // tab of a peer that has not vanished runs the `heartbeat` action (its
  // client's ping), not logged and not offered in the panel.
  const tabs = new Map(); // name → open tab numbers
  const pidOf = (name, tab) => (tab > 1 ? `peer:${name}#${tab}` : `peer:${name}`);
  function closeAll(name) {
    for (const t of tabs.get(name) || [1]) hub.down(pidOf(name, t));
    tabs.delete(name);
  }
  function run(name, action, payload) {
    const open = tabs.get(name) || [];
    if (action === "join" || action === "open_tab") {
      if (action === "join" && open.length) return;
      const t = open.length ? Math.max(...open) + 1 : 1;
      tabs.set(name, [...open, t]);
      return perform(name, action, payload, t);
    }
    if (action === "close_tab") {
      const t = open.pop();
      if (t === undefined) return;
      perform(name, action, payload, t);
      hub.down(pidOf(name, t));
      if (!open.length) tabs.delete(name);
      return;
    }
    for (const t of open.length ? open : [1]) perform(name, action, payload, t);
    if (action === "leave") closeAll(name);
  }
  if (spec.heartbeat > 0 && actions.heartbeat) {
    const beat = () => {
      for (const [name, open] of tabs) if (!silent.has(name)) for (const t of open) perform(name, "heartbeat", {}, t);
      clock.setTimeout(beat, spec.heartbeat);
    };
    clock.setTimeout(beat, spec.heartbeat);
  }

  return {
    list: () => names.slice(),
    actions: () => Object.keys(actions).filter((a) => a !== "heartbeat" || !spec.heartbeat),
    // Synchronous: the action leaves now and lands after the one-way latency.
    act(name, action, payload = {}) {
      if (!names.includes(name)) throw new Error(`no peer "${name}" (peers: ${names.join(", ")})`);
      if (!actions[action]) throw new Error(`peers cannot "${action}" here (actions: ${Object.keys(actions).join(", ")})`);
      if (silent.has(name)) return log({ t: clock.now(), kind: "peer-silent", peer: name, action });
      log({ t: clock.now(), kind: "peer", peer: name, action, payload });
      clock.setTimeout(() => run(name, action, payload), net.roundTrip() / 2);
      if (action !== "vanish") return;
      silent.add(name);
      // Every tab goes down; it comes back, if ever, as a new connection.
      clock.setTimeout(() => { silent.delete(name); log({ t: clock.now(), kind: "peer-timeout", peer: name }); closeAll(name); scratch.delete(name); }, timeout);
    },
    // Back to no state: the peers' presences leave.
    silent: () => [...silent],
    reset() { scratch.clear(); silent.clear(); for (const n of names) closeAll(n); },
  };
}
