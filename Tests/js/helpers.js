// Shared test helpers (not a test file: node --test runs *.test.js only).
import { readFileSync } from "node:fs";
import { createClock, createFakeScheduler } from "../../Templates/assets/js/runtime/clock.js";

export const R = "../../Templates/assets/js/runtime/";

export function fixture(name) {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
}

// A paused clock over a fake scheduler: time moves only through advance().
export function pausedClock() {
  const scheduler = createFakeScheduler();
  return { clock: createClock({ scheduler, paused: true }), scheduler };
}
