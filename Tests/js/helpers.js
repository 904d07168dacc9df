// Shared test helpers (not a test file: node --test runs *.test.js only).
import { readFileSync } from "node:fs";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";
import { allOps } from "../../Templates/assets/js/runtime/ops/all.js";
import { createPeers } from "../../Templates/assets/js/runtime/peers.js";
import { applyStreamOps } from "../../Templates/assets/js/runtime/streams.js";

export const R = "../../Templates/assets/js/runtime/";

export function fixture(name) {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
}

// A paused clock over a fake scheduler: time moves only through advance().
export function pausedClock() {
  const scheduler = createFakeScheduler();
  return { clock: createClock({ scheduler, paused: true }), scheduler };
}

// Every op family, peers and streams: what createRuntime/createServer get in
// the tests (a demo's bundle passes only what its JSON uses).
export const FULL = { ops: allOps, peers: createPeers, streams: applyStreamOps };
