// PubSub ops: a broadcast reaches every subscriber of the topic as a
// handle_info message, after the sender's handler returns (hub.js).

import { evaluateMap } from "../expr.js";

export const pubsubOps = {
  // from: true leaves the sender out (broadcast_from)
  broadcast(op, ctx) { ctx.hub.broadcast(op.broadcast, op.msg, evaluateMap(op.payload, ctx), op.from ? ctx.pid : null); },
  // A view hears the topic through its handle_info; a peer has none and hears nothing.
  subscribe(op, ctx) { if (ctx.info) ctx.hub.subscribe(op.subscribe, ctx.pid, ctx.info); },
};
