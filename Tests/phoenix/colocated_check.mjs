// Tests/phoenix/colocated_check.mjs APP_DIR FILE.ex...: the colocated hooks LiveView's compiler
// extracted (APP_DIR = _build/test/phoenix-colocated/<app>) are exactly the hooks the printed
// modules name, and each one loads as an ES module whose default export is a hook object.
// Phoenix 1.8's app.js spreads this index's `hooks` into the LiveSocket, so a name missing
// here is a phx-hook that never runs in a user's app.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [appDir, ...sources] = process.argv.slice(2);
const fail = (msg) => { console.error(`[phoenix] colocated hooks: ${msg}`); process.exit(1); };

// What the printed code names: `phx-hook=".Name"` means Name colocated in the enclosing module.
const expected = new Set();
for (const file of sources) {
  let module = null;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const def = line.match(/^\s*defmodule ([\w.]+) do/);
    if (def) module = def[1];
    for (const m of line.matchAll(/phx-hook="\.(\w+)"/g)) {
      if (!module) fail(`${file}: phx-hook=".${m[1]}" outside a module`);
      expected.add(`${module}.${m[1]}`);
    }
  }
}
if (expected.size === 0) fail("the printed modules name no colocated hook; is the grep out of date?");

// The extracted files are ES modules without a package.json saying so: load a copy that has one.
const copy = mkdtempSync(join(tmpdir(), "rtux-colocated-"));
try {
  cpSync(appDir, copy, { recursive: true });
  writeFileSync(join(copy, "package.json"), '{"type":"module"}');
  const { hooks } = await import(pathToFileURL(join(copy, "index.js")).href);
  if (!hooks) fail(`${appDir}/index.js exports no hooks`);
  for (const name of expected) {
    const hook = hooks[name];
    if (!hook) fail(`${name} is named by phx-hook but LiveView extracted no such hook`);
    const callbacks = ["mounted", "updated", "disconnected", "reconnected", "destroyed"];
    if (!callbacks.some((c) => typeof hook[c] === "function")) fail(`${name} defines no hook callback`);
  }
  for (const name of Object.keys(hooks)) {
    if (!expected.has(name)) fail(`${name} is extracted but no phx-hook names it`);
  }
  console.log(`[phoenix] colocated hooks: ${[...expected].sort().join(", ")} extracted and loadable`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
