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

  function perform(name, action, payload) {
    const assigns = scratch.get(name) || {};
    // A peer is no LiveView: it has no timers and no handle_info (it never
    // subscribes, so it never hears its own broadcasts).
    const fx = { reply: null, streamOps: [], events: [], sendAfter() {}, cancel() {} };
    runOps(actions[action], { assigns, params: payload || {}, vars: { peer: { name } }, store: hub.store, now: clock.now, ops, hub, pid: `peer:${name}`, fx });
    scratch.set(name, assigns);
  }

  return {
    list: () => names.slice(),
    actions: () => Object.keys(actions),
    // Synchronous: the action leaves now and lands after the one-way latency.
    act(name, action, payload = {}) {
      if (!names.includes(name)) throw new Error(`no peer "${name}" (peers: ${names.join(", ")})`);
      if (!actions[action]) throw new Error(`peers cannot "${action}" here (actions: ${Object.keys(actions).join(", ")})`);
      if (silent.has(name)) return log({ t: clock.now(), kind: "peer-silent", peer: name, action });
      log({ t: clock.now(), kind: "peer", peer: name, action, payload });
      clock.setTimeout(() => perform(name, action, payload), net.roundTrip() / 2);
      if (action !== "vanish") return;
      silent.add(name);
      clock.setTimeout(() => { silent.delete(name); log({ t: clock.now(), kind: "peer-timeout", peer: name }); hub.down(`peer:${name}`); }, timeout);
    },
    // Back to no state: the peers' presences leave.
    silent: () => [...silent],
    reset() { scratch.clear(); silent.clear(); for (const n of names) hub.down(`peer:${n}`); },
  };
}
