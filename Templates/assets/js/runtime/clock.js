// The virtual clock: every timer of a demo (server, client, hooks, banner
// delays, undo windows) runs through it (DESIGN.md, "The browser runtime").
//
// Time is virtual milliseconds starting at 0. In real-time mode virtual time
// follows the injected scheduler's real time, times `speed`. While paused,
// nothing runs, not even 0 ms timers, until `advance(ms)`, which walks time
// forward timer by timer (ties in insertion order), including timers set by
// those timers, and resolves once everything due at or before now + ms ran.

const defaultScheduler = { now: () => performance.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h) };

// Let promise callbacks started by a timer run (and set their own timers)
// before the next timer fires.
async function microtaskSettle() {
  for (let i = 0; i < 8; i++) await Promise.resolve();
}

export function createClock({ scheduler = defaultScheduler, settle = microtaskSettle, paused = false, speed = 1, onError } = {}) {
  let timers = []; // sorted by [due, seq]
  let seq = 0;
  let nextId = 1;
  let virtualBase = 0; // virtual time at realBase
  let realBase = scheduler.now();
  let isPaused = paused;
  let rate = speed;
  let firing = null; // due time of the timer being run during advance()
  let wake = null; // scheduler handle of the next real-time wake-up
  let chain = Promise.resolve(); // advance() calls run one after another
  let advancing = 0;

  function now() {
    if (firing !== null) return firing;
    if (isPaused || advancing) return virtualBase;
    return virtualBase + (scheduler.now() - realBase) * rate;
  }

  function rebase() {
    virtualBase = now();
    realBase = scheduler.now();
  }

  function insert(t) {
    let i = timers.length;
    while (i > 0 && timers[i - 1].due > t.due) i--; // equal due: after (insertion order)
    timers.splice(i, 0, t);
  }

  function add(fn, ms, args, interval) {
    const delay = Math.max(0, Number(ms) || 0);
    const t = { id: nextId++, seq: seq++, due: now() + delay, fn, args, interval: interval ? Math.max(1, delay) : 0 };
    insert(t);
    schedule();
    return t.id;
  }

  function clear(id) {
    const i = timers.findIndex((t) => t.id === id);
    if (i >= 0) { timers.splice(i, 1); schedule(); }
  }

  function run(t) {
    if (t.interval) { t.due += t.interval; t.seq = seq++; insert(t); }
    try { t.fn(...t.args); } catch (e) { if (onError) onError(e); else setTimeout(() => { throw e; }); }
  }

  // Real-time mode: wake up when the earliest timer is due.
  function schedule() {
    if (wake !== null) { scheduler.clearTimeout(wake); wake = null; }
    if (isPaused || advancing || timers.length === 0) return;
    const delay = Math.max(0, (timers[0].due - now()) / rate);
    wake = scheduler.setTimeout(tick, delay);
  }

  function tick() {
    wake = null;
    if (isPaused || advancing) return;
    const t0 = now();
    while (timers.length && timers[0].due <= t0 && !isPaused && !advancing) {
      run(timers.shift());
    }
    schedule();
  }

  function advance(ms = 0) {
    const step = async () => {
      if (!isPaused && !advancing) rebase(); // keep the real time that already went by
      advancing++;
      if (wake !== null) { scheduler.clearTimeout(wake); wake = null; }
      const target = now() + Math.max(0, Number(ms) || 0);
      try {
        await settle();
        while (timers.length && timers[0].due <= target) {
          const t = timers.shift();
          virtualBase = Math.max(virtualBase, t.due);
          firing = virtualBase;
          try { run(t); } finally { firing = null; }
          await settle();
        }
        virtualBase = target;
      } finally {
        realBase = scheduler.now();
        advancing--;
        schedule();
      }
    };
    chain = chain.then(step, step);
    return chain;
  }

  return {
    now,
    setTimeout: (fn, ms, ...args) => add(fn, ms, args, false),
    clearTimeout: clear,
    setInterval: (fn, ms, ...args) => add(fn, ms, args, true),
    clearInterval: clear,
    pause() { if (!isPaused) { rebase(); isPaused = true; schedule(); } },
    resume() { if (isPaused) { isPaused = false; realBase = scheduler.now(); schedule(); } },
    get paused() { return isPaused; },
    speed(x) {
      if (x === undefined) return rate;
      if (!(x > 0)) throw new RangeError("speed must be > 0");
      rebase(); rate = x; schedule(); return rate;
    },
    advance,
    pending: () => timers.length,
    // Back to time 0 with no timers; paused state and speed are kept.
    reset() {
      timers = []; virtualBase = 0; realBase = scheduler.now(); schedule();
    },
  };
}

// A fake scheduler for tests: real time moves only when told.
export function createFakeScheduler() {
  let t = 0;
  let jobs = [];
  let n = 1;
  return {
    now: () => t,
    setTimeout(fn, ms) { const id = n++; jobs.push({ id, at: t + Math.max(0, ms), fn }); return id; },
    clearTimeout(id) { jobs = jobs.filter((j) => j.id !== id); },
    // Move real time forward by ms, running due jobs in order.
    tick(ms) {
      const end = t + ms;
      for (;;) {
        jobs.sort((a, b) => a.at - b.at || a.id - b.id);
        const j = jobs[0];
        if (!j || j.at > end) break;
        jobs.shift();
        t = Math.max(t, j.at);
        j.fn();
      }
      t = end;
    },
    get jobs() { return jobs.length; },
  };
}
