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
      log({ t: clock.now(), kind: "peer", peer: name, action, payload });
      clock.setTimeout(() => perform(name, action, payload), net.roundTrip() / 2);
    },
    // Back to no state: the peers' presences leave.
    reset() { scratch.clear(); for (const n of names) hub.down(`peer:${n}`); },
  };
}
