// L15 rate limiting, as state machines on the virtual clock. One limiter per
// element; `send(payload)` is the push.
//
//   phx-debounce="N": send N ms after the last input (trailing); a pending
//     event is flushed on blur; "" means 300 ms; "blur" sends only on blur.
//   phx-throttle="N": send at once, then at most once per N ms, never a
//     trailing event. On keydown, distinct keys back to back all dispatch.

export const DEFAULT_DEBOUNCE_MS = 300;

// The attribute value → {mode: "none"|"debounce"|"blur"|"throttle", ms}
// (debounce wins when both are given; "" means 300 ms for either)
export function parseRateLimit({ debounce = null, throttle = null } = {}) {
  const mode = debounce != null ? "debounce" : throttle != null ? "throttle" : "none";
  const v = debounce ?? throttle;
  if (v === null) return { mode, ms: 0 };
  if (v === "blur" && mode === "debounce") return { mode: "blur", ms: 0 };
  const ms = v === "" ? DEFAULT_DEBOUNCE_MS : parseInt(v, 10);
  if (Number.isNaN(ms)) throw new Error(`invalid phx-${mode} "${v}"`);
  return { mode, ms };
}

export function createRateLimiter({ clock, debounce = null, throttle = null, send }) {
  const { mode, ms } = parseRateLimit({ debounce, throttle });
  let timer = null; // debounce: the pending send; throttle: the closed window
  let pending = null; // debounce: the payload waiting
  let armed = false; // "blur" mode: an input happened
  let prevKey = null;

  const clear = () => { if (timer !== null) { clock.clearTimeout(timer); timer = null; } };
  const flush = () => { clear(); const p = pending; pending = null; send(p); }; // the debounced event, now

  return {
    mode, ms,
    // An input/keydown/click event. `key` for keydown (distinct keys pass a throttle).
    input(payload, { key = null } = {}) {
      if (mode === "none") return send(payload);
      if (mode === "blur") { armed = true; pending = payload; return; }
      if (mode === "debounce") {
        clear();
        pending = payload;
        timer = clock.setTimeout(() => { timer = null; flush(); }, ms);
        return;
      }
      // throttle
      let newKey = false;
      if (key !== null) { newKey = prevKey !== key; prevKey = key; }
      if (timer !== null && !newKey) return; // dropped: no trailing event
      send(payload);
      clear();
      timer = clock.setTimeout(() => { timer = null; }, ms);
    },
    // Blur flushes a pending debounced event; "blur" mode sends on every
    // blur once armed (LiveView binds a blur listener on the first input);
    // a throttle is reset without sending.
    blur() {
      if (mode === "debounce") {
        if (timer !== null) flush();
      } else if (mode === "blur") {
        if (armed) send(pending);
      } else if (mode === "throttle") {
        clear();
        prevKey = null;
      }
    },
    // A form submit cancels what is pending (LiveView bumps the cycle).
    submit() { clear(); pending = mode === "blur" ? pending : null; },
    get pending() { return mode === "debounce" ? timer !== null : false; },
  };
}
