// Issue 8, part 3, the JS half: one demo's event script through the runtime's mock server
// (the same modules the gallery's demo runs, on a paused virtual clock, no network), and the
// demo root's HTML after mount and after each step. demos/test/differential_test.exs runs the
// same script through Phoenix.LiveViewTest and compares, step by step.
//   node js_side.mjs DEMO.json SCRIPT.json > OUT.json   (OUT: {steps, html: [mount, step 1, ...]})
import { readFileSync } from "node:fs";
import { createClock, createFakeScheduler } from "../../../Templates/assets/js/runtime/clock.js";
import { createServer } from "../../../Templates/assets/js/runtime/server.js";
import { allOps } from "../../../Templates/assets/js/runtime/ops/all.js";
import { render, toHTML } from "../../../Templates/assets/js/runtime/template.js";
import { applyStreamOps } from "../../../Templates/assets/js/runtime/streams.js";
// The user-colour forms, as a demo bundle using them has (docs/runtime.md, "Bundling").
import "../../../Templates/assets/js/runtime/colors.js";

const [demoFile, scriptFile] = process.argv.slice(2);
const demo = JSON.parse(readFileSync(demoFile, "utf8"));
// settle (ms): a demo with assign_async lets its tasks finish after mount and after every
// step (their work time), as the Phoenix side's render_async does; without it, the
// step's html would race the task there.
const { steps, settle = 0 } = JSON.parse(readFileSync(scriptFile, "utf8"));

const clock = createClock({ scheduler: createFakeScheduler(), paused: true });
const server = createServer({ demo, clock, ops: allOps });
const view = server.spawn((msg) => take(msg)); // handle_info's diffs (timers, broadcasts)
// L13: the client's stream entries, from each output's stream ops, as the runtime keeps them.
let streams = {};
const take = (out) => { if (out && out.streamOps) streams = applyStreamOps(streams, out.streamOps); return out; };
const html = () => toHTML(render(demo.template, { assigns: view.assigns, streams }));

// The work time the tasks take: what runtime.js puts on the hub (its net).
server.hub.net = { shouldFail: () => false, get: () => ({ work: settle }) };
take(view.mount());
if (settle) await clock.advance(settle);
const out = [html()];
for (const [i, step] of steps.entries()) {
  if ("event" in step) {
    const r = take(view.handleEvent(step.event, step.params || {}));
    if (r && r.error) throw new Error(`${scriptFile}, step ${i + 1}: ${r.error}`);
  } else if ("info" in step) view.handleInfo(step.info, step.payload || {});
  else if ("advance" in step) await clock.advance(step.advance);
  else throw new Error(`${scriptFile}, step ${i + 1}: expected "event", "info" or "advance", got ${JSON.stringify(step)}`);
  if (settle) await clock.advance(settle);
  out.push(html());
}
process.stdout.write(JSON.stringify({ steps, settle: settle || null, html: out }));
