// What several LiveView processes share: pubsub topics and the versioned
// store (and presence, when the demo's bundle has the presence ops:
// ops/presence.js adds hub.presence). Simulated peers act on the hub too.

import { createStore } from "./store.js";

export function createHub({ clock, store = {} }) {
  const subs = new Map(); // topic → Map(pid → deliver)
  const downs = []; // what else a vanished process leaves behind
  const hub = {
    clock, // for the timers of what lives on the hub (ops/locks.js: expiries)
    store: createStore(store),
    version: 1, // the tracked static assets the server serves (deploy() bumps it)
    subscribe(topic, pid, deliver) {
      if (!subs.has(topic)) subs.set(topic, new Map());
      subs.get(topic).set(pid, deliver);
    },
    // Delivered as a message: after the sender's handler returns (a 0 ms
    // timer), never inside it. `from` (a pid) is left out (broadcast_from).
    broadcast(topic, msg, payload, from = null) {
      for (const [pid, deliver] of subs.get(topic) || []) if (pid !== from) clock.setTimeout(() => deliver(msg, payload), 0);
    },
    onDown(fn) { downs.push(fn); },
    // A process went away: its subscriptions end, its presences leave.
    down(pid) {
      for (const m of subs.values()) m.delete(pid);
      for (const fn of downs) fn(pid);
    },
  };
  return hub;
}
