// Simulated other users, driven by the same clock. A peer's action travels
// to the server with the configured latency (one way: half the round trip,
// ± half the jitter) and then runs the demo's peer ops (docs/demo-json.md)
// against the hub: broadcasts, presence, the store.

import { runOps } from "./ops.js";

export function createPeers({ clock, rng, hub, net, spec = {}, log = () => {} }) {
  const names = spec.names || [];
  const actions = spec.actions || {};
  const scratch = new Map(); // per-peer assigns

  function oneWay() {
    const { latency = 0, jitter = 0 } = net ? net.get() : {};
    return Math.max(0, latency + (jitter ? rng.uniform(-jitter, jitter) : 0)) / 2;
  }

  function perform(name, action, payload) {
    const pid = `peer:${name}`;
    const assigns = scratch.get(name) || {};
    const fx = {
      reply: null, streamOps: [], events: [],
      sendAfter() {}, cancel() {},
      broadcast: (topic, msg, p) => hub.broadcast(topic, msg, p, pid), // a peer never hears itself
      subscribe() {},
      track: (topic, key, meta) => hub.track(topic, key, meta, pid),
      untrack: (topic, key) => hub.untrack(topic, key, pid),
      presence: (topic) => hub.presence.state(topic),
    };
    runOps(actions[action], { assigns, params: payload || {}, vars: { peer: { name } }, store: hub.store, now: clock.now, fx });
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
      clock.setTimeout(() => perform(name, action, payload), oneWay());
    },
    // Back to no state: the peers' presences leave.
    reset() { scratch.clear(); for (const n of names) hub.down(`peer:${n}`); },
  };
}
