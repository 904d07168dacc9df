// L14 presence ops. The hub gets its tracker (presence.js) on first use;
// every track/untrack broadcasts a presence_diff to the topic's subscribers,
// and a process that goes away (hub.down) leaves its presences.

import { FORMS, evaluate, evaluateMap } from "../expr.js";
import { createTracker, syncDiff } from "../presence.js";

// The hub's tracker, made on first use (exported for hub_link.js, which
// fills it with the other tabs' presences before the first mount).
export function tracker(hub) {
  if (!hub.presence) {
    const t = (hub.presence = createTracker(hub.tab));
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
  presence_update(op, ctx) {
    const d = tracker(ctx.hub).update(op.presence_update, evaluate(op.key, ctx), evaluateMap(op.meta, ctx), ctx.pid);
    if (d) ctx.hub.broadcast(op.presence_update, "presence_diff", d);
  },
  presence_read(op, ctx) { ctx.assigns[op.into] = tracker(ctx.hub).state(op.presence_read); },
  presence_sync(op, ctx) { ctx.assigns[op.presence_sync] = syncDiff(ctx.assigns[op.presence_sync] || {}, evaluate(op.diff, ctx)); },
};

// {"presence_users": E, "stale": ms}: one entry per user however many tabs
// (Expr.presenceUsers; the Elixir is a `for` over Presence.list): the first
// meta's name, the most present tab's status — "active" if a tab says so and
// was updated (`at`) at most `stale` ms ago, else "idle" unless every tab is
// "away" — by the earliest online_at, then the id (Elixir's term order).
// With "focus": a meta key, each entry's `focus` is that key's distinct values
// over the tabs, nil and false left out, sorted (strings: the fields' names).
FORMS.presence_users = (e, ctx) => {
  const now = ctx.now ? ctx.now() : 0;
  const users = Object.entries(evaluate(e.presence_users, ctx) || {}).map(([id, { metas }]) => {
    const user = { id, name: metas[0].name ?? null, tabs: metas.length, since: Math.min(...metas.map((m) => m.online_at)),
      status: metas.some((m) => m.status === "active" && now - m.at <= e.stale) ? "active" : metas.every((m) => m.status === "away") ? "away" : "idle" };
    if (e.focus) user.focus = [...new Set(metas.map((m) => m[e.focus]).filter((v) => v != null && v !== false))].sort();
    return user;
  });
  return users.sort((a, b) => a.since - b.since || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};
