// assign_async (Phoenix.LiveView.Async): the key's AsyncResult goes to loading
// at once, and the task's outcome arrives as a message after the server's
// work time (the panel's "Server work", net setting `work`, read through
// hub.net: the runtime puts its net there; without one, no work time and
// no failures).
//
// An AsyncResult is {"ok?", loading, failed, result}, as the Elixir struct:
// loading keeps an ok result to show meanwhile (unless `reset`); failed keeps
// it too. The task reads the store when it starts, as the printed
// `Store.fetch` does first thing; an injected failure (the failure rate, or
// failOn naming the key) is its {:error, :unavailable}.
//
// One task per key: a second assign_async while one runs replaces it, and
// the first one's result is dropped when it comes (LiveView keeps the newest
// task's ref per key and ignores the others) — here, the keyed timer is
// replaced, which has the same visible effect.

import { evaluate } from "../expr.js";

// The outcome's message: DemoJSON gives every demo with assign_async the
// info handler {"__async": {"do": [{"async_done": 1}]}}, so the core needs
// no routing of its own (and the printed Elixir has no such handle_info:
// Phoenix delivers a task's result itself).
const ASYNC_MSG = "__async";

export const asyncOps = {
  assign_async(op, ctx) {
    const key = op.assign_async, cur = ctx.assigns[key];
    ctx.assigns[key] = !op.reset && cur && cur["ok?"]
      ? { ...cur, loading: [key], failed: null }
      : { "ok?": false, loading: [key], failed: null, result: null };
    const net = ctx.hub && ctx.hub.net;
    const failed = !!net && net.shouldFail(key);
    const payload = failed ? { key, failed: "unavailable" }
      : { key, result: evaluate(op.value, { ...ctx, vars: { ...ctx.vars, [key]: ctx.store.read(op.from).value } }) };
    ctx.fx.sendAfter((net && net.get().work) || 0, ASYNC_MSG, payload, `async:${key}`);
  },
  // cancel_async(socket, @key): the running task's outcome never comes; the
  // result fails with the reason "cancel" (Elixir: {:exit, {:shutdown, :cancel}}).
  // With `task`, cancel_async(socket, :name) of a start_async task: when one runs,
  // its outcome is replaced by {failed: "cancel"}, delivered next, as LiveView
  // hands handle_async the killed task's {:exit, reason}.
  cancel_async(op, ctx) {
    const key = op.cancel_async, cur = ctx.assigns[key];
    if (op.task) {
      if (ctx.fx.cancel(`async:${key}`)) ctx.fx.sendAfter(0, `${ASYNC_MSG}:${key}`, { failed: "cancel" }, `async:${key}`);
      return;
    }
    if (!cur || !cur.loading) return;
    ctx.fx.cancel(`async:${key}`);
    ctx.assigns[key] = { ...cur, loading: null, failed: "cancel" };
  },
  // start_async(socket, name, fn): the task reads its record and returns a value, or
  // fails as assign_async's does (the failure rate, or failOn naming the task). The
  // outcome is the info "__async:<name>" with {result} or {failed}; DemoJSON writes its
  // handler from the demo's handle_async clauses. One task per name: a later start
  // replaces the keyed timer, so the earlier outcome never comes (the later wins, as
  // LiveView ignores the earlier task's result).
  // With `write` instead of `from`, the task saves the value (worked out now, in the
  // view) as that record: its handler's ok branch writes it as the outcome arrives.
  start_async(op, ctx) {
    const name = op.start_async, net = ctx.hub && ctx.hub.net;
    const payload = net && net.shouldFail(name) ? { failed: "unavailable" }
      : { result: evaluate(op.value, op.write ? ctx : { ...ctx, vars: { ...ctx.vars, [op.from]: ctx.store.read(op.from).value } }) };
    ctx.fx.sendAfter((net && net.get().work) || 0, `${ASYNC_MSG}:${name}`, payload, `async:${name}`);
  },
  // The task's outcome, as the view's handle_info of ASYNC_MSG runs it.
  async_done(op, ctx) {
    const { key, failed, result } = ctx.params, cur = ctx.assigns[key];
    ctx.assigns[key] = failed ? { ...cur, loading: null, failed } : { ...cur, "ok?": true, loading: null, failed: null, result };
  },
};
