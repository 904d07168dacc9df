// PhxRemove: no hook of its own. A template with phx-remove but no phx-hook names it
// so that its entry bundles the hook host, which keeps a removed element on the page
// while its phx-remove transition runs (dom/hooks.js, `removed`; L11).

import { defineHook } from "../hooks.js";

export const PhxRemove = defineHook({});
