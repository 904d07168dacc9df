// The catch-all entry: the runtime with every op family, peers, streams,
// rate limiting, every built-in hook and the control panel. A demo file
// ships its own generated entry instead, with only what its JSON uses
// (docs/runtime.md, "Bundling").
import { boot } from "./dom/boot.js";
import { allOps } from "./ops/all.js";
import { createPeers } from "./peers.js";
import { applyStreamOps } from "./streams.js";
import { createRateLimiter } from "./ratelimit.js";
import { hooks } from "./dom/hooks/index.js";
import { buildPanel } from "./dom/panel.js";

boot({ ops: allOps, peers: createPeers, streams: applyStreamOps, rateLimit: createRateLimiter, hooks, panel: buildPanel });
