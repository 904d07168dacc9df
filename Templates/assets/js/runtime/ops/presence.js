// L14 presence ops. The hub gets its tracker (presence.js) on first use;
// every track/untrack broadcasts a presence_diff to the topic's subscribers,
// and a process that goes away (hub.down) leaves its presences.

import { evaluate, evaluateMap } from "../expr.js";
import { createTracker, syncDiff } from "../presence.js";

function tracker(hub) {
  if (!hub.presence) {
    const t = (hub.presence = createTracker());
    hub.onDown((pid) => { for (const [topic, d] of t.untrackAll(pid)) hub.broadcast(topic, "presence_diff", d); });
  }
  return hub.presence;
}

export const presenceOps = {
  track(op, ctx) { ctx.hub.broadcast(op.track, "presence_diff", tracker(ctx.hub).track(op.track, evaluate(op.key, ctx), evaluateMap(op.meta, ctx), ctx.pid)); },
  untrack(op, ctx) {
    const d = tracker(ctx.hub).untrack(op.untrack, evaluate(op.key, ctx), ctx.pid);
    if (d) ctx.hub.broadcast(op.untrack, "presence_diff", d);
  },
  presence_read(op, ctx) { ctx.assigns[op.into] = tracker(ctx.hub).state(op.presence_read); },
  presence_sync(op, ctx) { ctx.assigns[op.presence_sync] = syncDiff(ctx.assigns[op.presence_sync] || {}, evaluate(op.diff, ctx)); },
};
