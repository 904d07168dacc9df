// The entry point esbuild bundles into each demo file (an IIFE script):
// the runtime, the DOM layer, the built-in hooks and the control panel.
import { boot } from "./dom/boot.js";
import { buildPanel } from "./dom/panel.js";
import { hooks } from "./dom/hooks/index.js";

boot({ hooks, panel: buildPanel });
