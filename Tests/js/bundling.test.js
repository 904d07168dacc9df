// Per-demo bundles (docs/runtime.md, "Bundling"): the op families the Swift
// build and scripts/assemble_demo.py pick from a demo's JSON must be the ones
// the modules export, and a bundle missing a piece must fail loudly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { coreOps, opName } from "../../Templates/assets/js/runtime/ops.js";
import { allOps } from "../../Templates/assets/js/runtime/ops/all.js";
import { createServer } from "../../Templates/assets/js/runtime/server.js";
import { createRuntime } from "../../Templates/assets/js/runtime/runtime.js";
import { fixture, pausedClock, FULL } from "./helpers.js";

// The closed op set of docs/demo-json.md.
const OPS = ["assign", "append", "prepend", "remove", "remove_where", "update_where", "stream_insert", "stream", "stream_delete",
  "stream_reset", "send_after", "cancel", "reply", "put_flash", "clear_flash", "push_event", "broadcast", "subscribe",
  "track", "untrack", "presence_update", "presence_read", "presence_sync", "store_read", "store_write", "apply_once", "push_patch", "let", "if",
  "assign_async", "async_done", "cancel_async", "start_async", "lock_take", "lock_renew", "lock_release", "lock_read"];

// The "Op families" table of docs/runtime.md: [module (from the runtime folder), export, [ops]].
function documentedFamilies() {
  const doc = readFileSync(new URL("../../docs/runtime.md", import.meta.url), "utf8");
  const rows = [...doc.matchAll(/^\| (`\.\/ops\/\w+\.js`|core \(`ops\.js`, no import\)) \| `(\w+)` \| ([a-z_, ]+) \|$/gm)];
  return rows.map((m) => [m[1].startsWith("core") ? "./ops.js" : m[1].slice(1, -1), m[2], m[3].split(", ")]);
}

test("bundling: the documented op families are the modules' exports, disjoint, covering every op", async () => {
  const families = documentedFamilies();
  assert.equal(families.length, 9, "the docs table has the core and eight families");
  const seen = [];
  for (const [module, name, ops] of families) {
    const mod = await import(new URL(`../../Templates/assets/js/runtime/${module}`, import.meta.url));
    assert.ok(mod[name], `${module} exports ${name}`);
    assert.deepEqual(Object.keys(mod[name]).sort(), [...ops].sort(), `${name} has the documented ops`);
    seen.push(...ops);
  }
  assert.deepEqual([...seen].sort(), [...OPS].sort(), "each op in exactly one family");
  assert.deepEqual(Object.keys(allOps).sort(), [...OPS].sort());
});

test("bundling: an op whose family is not in the bundle throws, naming the bundle", () => {
  const { clock } = pausedClock();
  const demo = { v: 1, assigns: { xs: [] }, events: { add: { do: [{ append: "xs", value: 1 }] } } };
  const view = createServer({ demo, clock }).spawn(() => {}); // core ops only
  view.mount();
  assert.throws(() => view.handleEvent("add"), /family is not in this demo's bundle/);
  assert.equal(opName({ assign: "x", value: 1 }, coreOps), "assign");
  assert.throws(() => opName({ nope: 1 }, allOps), /unknown handler op/);
});

test("bundling: peers only when the bundle has them; a demo without peers lists none", () => {
  const { clock } = pausedClock();
  assert.throws(() => createRuntime({ demo: fixture("typing-indicator"), clock, ops: FULL.ops, streams: FULL.streams }), /lacks peers\.js/);
  const rt = createRuntime({ demo: fixture("undo-buffer"), clock, ops: FULL.ops, streams: FULL.streams });
  assert.deepEqual([rt.peers.list(), rt.peers.actions()], [[], []]);
  assert.throws(() => rt.peers.act("Ann", "type"), /no peer Ann/);
  assert.deepEqual(rt.api().peers.list(), []);
});

test("bundling: stream ops need the client's applyStreamOps", () => {
  const { clock } = pausedClock();
  const demo = { v: 1, template: { v: 1, root: [] } };
  assert.throws(() => createRuntime({ demo, clock, ops: FULL.ops }), /lacks streams\.js/);
  assert.doesNotThrow(() => createRuntime({ demo, clock, ops: FULL.ops, streams: FULL.streams }));
});
