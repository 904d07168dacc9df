// The panel's network presets (dom/presets.js): DevTools' latencies, read from the hash.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PRESETS, preset, presetInHash, matches } from "../../Templates/assets/js/runtime/dom/presets.js";

test("presets: Fast 4G 165 ms, Slow 4G 562.5 ms, 3G 2,000 ms, without faults; Flaky has jitter, failures and loss; Offline has no net", () => {
  assert.deepEqual(PRESETS.map((p) => [p.id, p.net && p.net.latency]), [["fast-4g", 165], ["slow-4g", 562.5], ["3g", 2000], ["flaky", 400], ["offline", null]]);
  for (const id of ["fast-4g", "slow-4g", "3g"]) assert.deepEqual({ ...preset(id).net, latency: 0 }, { latency: 0, jitter: 0, failureRate: 0, drop: 0 });
  const flaky = preset("flaky").net;
  assert.ok(flaky.jitter > 0 && flaky.failureRate > 0 && flaky.drop > 0);
});

test("presets: the hash names one by id; an unknown id or none gives null", () => {
  assert.equal(presetInHash("#preset=slow-4g").label, "Slow 4G");
  assert.equal(presetInHash("#latency=562.5&jitter=0&preset=3g&paused=1").id, "3g");
  assert.equal(presetInHash("#preset=5g"), null);
  assert.equal(presetInHash("#latency=300"), null);
  assert.equal(presetInHash("#xpreset=3g"), null, "a key merely ending in preset is not it");
});

test("presets: settings match a preset until one of its values changes; offline matches any net", () => {
  const p = preset("3g");
  assert.ok(matches(p, { latency: 2000, jitter: 0, failureRate: 0, drop: 0, work: 1200 }), "other settings (work) do not count");
  assert.ok(!matches(p, { latency: 2050, jitter: 0, failureRate: 0, drop: 0 }));
  assert.ok(matches(preset("offline"), { latency: 1 }));
  assert.ok(!matches(null, {}));
});
