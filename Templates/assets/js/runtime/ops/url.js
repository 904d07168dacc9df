// push_patch (url-state): the handler asks for a new URL; the server runs
// handle_params with it before it answers (server.js), and the client puts
// it in the address bar (pushState, or replaceState with `replace`).

import { evaluate } from "../expr.js";

export const urlOps = {
  push_patch(op, ctx) { ctx.fx.patch = { to: evaluate(op.push_patch, ctx), replace: !!op.replace }; },
};
