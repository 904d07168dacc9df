// What several LiveView processes share: pubsub topics, presence, the
// versioned store. Simulated peers act on the hub too.

import { createTracker } from "./presence.js";
import { createStore } from "./store.js";

export function createHub({ clock, store = {} }) {
  const subs = new Map(); // topic → Map(pid → deliver)
  const tracker = createTracker();
  const hub = {
    store: createStore(store),
    presence: tracker,
    subscribe(topic, pid, deliver) {
      if (!subs.has(topic)) subs.set(topic, new Map());
      subs.get(topic).set(pid, deliver);
    },
    unsubscribeAll(pid) { for (const m of subs.values()) m.delete(pid); },
    // Delivered as a message: after the sender's handler returns (a 0 ms
    // timer), never inside it. `from` (a pid) is left out (broadcast_from).
    broadcast(topic, msg, payload, from = null) {
      const targets = [...(subs.get(topic) || new Map())].filter(([pid]) => pid !== from);
      for (const [, deliver] of targets) clock.setTimeout(() => deliver(msg, payload), 0);
    },
    track(topic, key, meta, pid) { hub.broadcast(topic, "presence_diff", tracker.track(topic, key, meta, pid)); },
    untrack(topic, key, pid) { const d = tracker.untrack(topic, key, pid); if (d) hub.broadcast(topic, "presence_diff", d); },
    updatePresence(topic, key, meta, pid) { hub.broadcast(topic, "presence_diff", tracker.update(topic, key, meta, pid)); },
    // A process went away: its presences leave, its subscriptions end.
    down(pid) {
      hub.unsubscribeAll(pid);
      for (const [topic, d] of tracker.untrackAll(pid)) hub.broadcast(topic, "presence_diff", d);
    },
  };
  return hub;
}
