// Every op, core and families, at once: for the node tests and the catch-all entry
// (demo.js). A demo's own bundle imports only the families it uses.

import { coreOps } from "../ops.js";
import { listOps } from "./lists.js";
import { streamOps } from "./streams.js";
import { pubsubOps } from "./pubsub.js";
import { presenceOps } from "./presence.js";
import { storeOps } from "./store.js";
import { urlOps } from "./url.js";
import { asyncOps } from "./async.js";
import { lockOps } from "./locks.js";

export const allOps = { ...coreOps, ...listOps, ...streamOps, ...pubsubOps, ...presenceOps, ...storeOps, ...urlOps, ...asyncOps, ...lockOps };
