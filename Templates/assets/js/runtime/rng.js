// Seeded pseudo-random generator (mulberry32): the same seed gives the same
// jitter, drops and failures, so a tuned demo replays identically.

export function createRng(seed = 1) {
  let state = seed >>> 0;
  const rng = {
    seed(n) { state = Number(n) >>> 0; return rng; },
    // A float in [0, 1).
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    // An integer in [a, b], both ends included.
    int(a, b) { return a + Math.floor(rng.next() * (b - a + 1)); },
    // A float in [a, b).
    uniform(a, b) { return a + rng.next() * (b - a); },
    // True with probability p (0 never, 1 always).
    chance(p) { return p > 0 && rng.next() < p; },
  };
  return rng;
}
