// The runtime renders each demo's template JSON (component calls included) exactly as
// the Swift HTML back-end does, which DemoFidelityTests checks against the HEEx a Phoenix
// app would run: fixtures/renders/<id>.json holds that back-end's output per state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { render, toHTML } from "../../Templates/assets/js/runtime/template.js";
import { fixture } from "./helpers.js";

const DEMOS = ["skeletons", "loading-classes", "disconnect-banner", "typing-indicator", "undo-buffer", "live-cursors", "mousemove-presence"];

for (const id of DEMOS) {
  test(`${id}: the runtime's render equals the HTML back-end's, state by state`, () => {
    const states = JSON.parse(readFileSync(new URL(`./fixtures/renders/${id}.json`, import.meta.url), "utf8"));
    assert.ok(states.length >= 2, "the first render and at least one later state");
    const { template } = fixture(id);
    states.forEach(({ assigns, html }, i) => assert.equal(toHTML(render(template, { assigns })), html, `${id}, state ${i}`));
  });
}
