// The connection between the demo's client and its mock server, with faults
// on the virtual clock: latency (a push's round trip; the handler runs
// half-way), jitter (± ms, uniform from the seeded rng), failures, dropped
// replies (the push then times out after 30 s, L8), disconnects, outages,
// the socket's reconnect back-off (L8), and server crashes: the view process
// dies while the socket stays open, and the channel rejoins on its own
// schedule (L6 phx-server-error, L8 rejoin delays). A join without a reply
// in 10 s fails the same way; a heartbeat without a reply by the next one
// (30 s) closes the socket as a drop would (L8). Messages keep their order in each
// direction, as over one WebSocket.

export const RECONNECT_AFTER_MS = [10, 50, 100, 150, 200, 250, 500, 1000, 2000]; // L8, then 5000
export const PUSH_TIMEOUT_MS = 30000; // L8
export const JOIN_TIMEOUT_MS = 10000; // L8
export const HEARTBEAT_MS = 30000; // L8

export const REJOIN_AFTER_MS = [1000, 2000, 5000]; // L8, then 10000
// L8: LiveView's wait before reloading the page after a push timeout, and
// the wait once the page has reloaded MAX_RELOADS times in a row.
export const RELOAD_JITTER_MS = [5000, 10000];
export const MAX_RELOADS = 10;
export const FAILSAFE_JITTER_MS = 30000;

// L8: delay before the n-th reconnect attempt (n from 1).
export const reconnectDelay = (n) => RECONNECT_AFTER_MS[n - 1] ?? 5000;
// L8: delay before the n-th rejoin of a channel that errored while its socket stayed open.
export const rejoinDelay = (n) => REJOIN_AFTER_MS[n - 1] ?? 10000;
// L8: the wait before the n-th reload in a row (n from 1), drawn from the seeded rng.
export const reloadDelay = (n, rng) => (n < MAX_RELOADS ? rng.int(...RELOAD_JITTER_MS) : FAILSAFE_JITTER_MS);

// L8: the first `count` attempt times after a drop, when every attempt fails.
export function attemptTimes(count) {
  const out = [];
  let t = 0;
  for (let n = 1; n <= count; n++) out.push((t += reconnectDelay(n)));
  return out;
}

export const DEFAULT_NET = { latency: 0, jitter: 0, failureRate: 0, failOn: null, drop: 0 };

// joinParams(): what every join sends along (LiveView's connect params: _track_static).
export function createNet({ clock, rng, server, settings = {}, onMessage = () => {}, onStatus = () => {}, log = () => {}, joinParams = () => ({}) }) {
  let cfg = { ...DEFAULT_NET, ...settings };
  let networkUp = true;
  let socketOpen = false;
  let channel = "idle"; // idle | joining | joined | errored
  let epoch = 0; // bumps on every socket close: what was in flight is lost
  let view = null;
  let tries = 0;
  let rejoins = 0; // channel rejoins since the last successful join (crashes or join timeouts in a row)
  let retryTimer = null; // the next reconnect attempt, rejoin, or the join's timeout
  // The heartbeat interval, and the number of the heartbeat awaiting its reply
  // (0: none); numbered so that a late reply sent over a closed socket counts for nothing.
  let beat = null, hb = 0, beats = 0;
  let ref = 0;
  let joinCount = 0;
  let lastUp = 0, lastDown = 0; // FIFO per direction
  const pending = new Map(); // ref → timeout timer

  // An event-log entry at the virtual time; its kind wins over a status's error kind.
  const note = (kind, entry) => log({ t: clock.now(), ...entry, kind });
  const roundTrip = () => Math.max(0, cfg.latency + (cfg.jitter ? rng.uniform(-cfg.jitter, cfg.jitter) : 0));
  // Schedule fn at now + ms, never before an earlier message in the same
  // direction. `socket`: the message belongs to the socket, not the view, so
  // a crash of the view does not lose it.
  function travel(dir, ms, fn, socket) {
    const at = Math.max(clock.now() + ms, dir === "up" ? lastUp : lastDown);
    if (dir === "up") lastUp = at; else lastDown = at;
    const e = epoch;
    clock.setTimeout(() => { if (socket || e === epoch) fn(); }, at - clock.now());
  }

  function shouldFail(name) {
    if (Array.isArray(cfg.failOn) && !cfg.failOn.includes(name)) return false;
    return rng.chance(cfg.failureRate);
  }

  function status(s, extra = {}) {
    note("status", { status: s, ...extra, error: extra.kind }); // error: client | server, for a "down"
    onStatus(s, extra);
  }

  // The server's own messages (handle_info results) travel one way.
  function fromServer(msg) {
    const oneWay = roundTrip() / 2;
    travel("down", oneWay, () => {
      note("diff", { msg: msg.msg });
      onMessage(msg);
    });
  }

  function join() {
    channel = "joining";
    joinCount++;
    status("joining", { joinCount });
    retryTimer = clock.setTimeout(() => rejoin("join-timeout"), JOIN_TIMEOUT_MS); // L8
    const rt = roundTrip();
    travel("up", rt / 2, () => {
      view = server.spawn(fromServer);
      const rendered = view.mount(joinParams());
      // A lost join reply leaves the mounted process to the timeout, as a lost push reply does.
      if (rng.chance(cfg.drop)) return note("lost", { event: "join" });
      travel("down", rt / 2, () => {
        clock.clearTimeout(retryTimer);
        retryTimer = null;
        channel = "joined";
        rejoins = 0;
        status("joined", { joinCount, rendered });
      });
    });
  }

  function open() {
    socketOpen = true;
    tries = 0; // Phoenix resets its reconnect timer when the socket opens
    hb = 0;
    beat = clock.setInterval(heartbeat, HEARTBEAT_MS);
    join();
  }

  // L8: a heartbeat still unanswered when the next is due means the socket is
  // dead, network up or not: it closes as on a drop, and reconnects.
  function heartbeat() {
    if (hb) return note("heartbeat-timeout"), close();
    const n = hb = ++beats, rt = roundTrip();
    note("heartbeat");
    travel("up", rt / 2, () => rng.chance(cfg.drop) || travel("down", rt / 2, () => { if (hb === n) hb = 0; }, 1), 1);
  }

  function scheduleAttempt() {
    tries++;
    const delay = reconnectDelay(tries);
    retryTimer = clock.setTimeout(() => {
      retryTimer = null;
      note("attempt", { n: tries, ok: networkUp });
      if (networkUp) open(); else scheduleAttempt(); // a failed attempt takes no time (L8)
    }, delay);
  }

  // The socket is gone: pushes in flight are lost (their timeouts with them),
  // and the view process ends.
  function end() {
    socketOpen = false;
    tries = 0;
    clock.clearInterval(beat);
    killView();
  }

  // The view process is gone: what was in flight to or from it is lost (a
  // reply that never comes has no timeout left to wait for either).
  function killView() {
    epoch++;
    if (retryTimer) clock.clearTimeout(retryTimer);
    retryTimer = null;
    for (const t of pending.values()) clock.clearTimeout(t);
    pending.clear();
    if (view) view.terminate();
    view = null;
  }

  // The channel errors while its socket stays open: the LiveView process
  // crashed, or the join got no reply in 10 s. phx-server-error (L6), and a
  // rejoin after 1 s, 2 s, 5 s, then every 10 s while rejoins keep failing
  // (L8). The new process mounts from scratch: assigns that lived only in
  // the old one are gone; the store remains.
  function rejoin(kind) {
    killView();
    note(kind);
    down("server");
    retryTimer = clock.setTimeout(() => { retryTimer = null; if (socketOpen) join(); }, rejoinDelay(++rejoins));
  }

  function down(kind) {
    channel = "errored";
    lastUp = lastDown = clock.now();
    status("down", { kind });
  }

  // halt: the page closes the socket itself (before a reload, L8): no attempts.
  function close(halt) {
    if (!socketOpen) return;
    end();
    down("client");
    if (!halt) scheduleAttempt();
  }

  function disconnect() { networkUp = false; close(); }
  function reconnect() { networkUp = true; }

  return {
    shouldFail,
    roundTrip,
    set(partial) { cfg = { ...cfg, ...partial }; return { ...cfg }; },
    get() { return { ...cfg }; },
    get channel() { return channel; },
    get connected() { return channel === "joined"; },
    get view() { return view; },
    connect() { if (!socketOpen && networkUp) open(); },
    // L7: while not joined the push is dropped (returns null). Otherwise its
    // ref; onReply(ref, output) after the round trip, or onTimeout(ref) after
    // 30 s when the reply was dropped.
    push(event, payload = {}, { onReply = () => {}, onTimeout = () => {} } = {}) {
      if (channel !== "joined") {
        note("dropped", { event, reason: "not connected" });
        return null;
      }
      const r = ++ref;
      const rt = roundTrip();
      note("push", { ref: r, event, payload });
      const to = clock.setTimeout(() => {
        pending.delete(r);
        note("timeout", { ref: r, event });
        onTimeout(r);
      }, PUSH_TIMEOUT_MS);
      pending.set(r, to);
      travel("up", rt / 2, () => {
        const out = view.handleEvent(event, payload);
        if (rng.chance(cfg.drop)) { note("lost", { ref: r, event }); return; }
        travel("down", rt / 2, () => {
          clock.clearTimeout(pending.get(r));
          pending.delete(r);
          note("reply", { ref: r, event, failed: !!(out && out.failed) });
          onReply(r, out);
        });
      });
      return r;
    },
    // The transport closes now; the client retries on the L8 schedule, but
    // attempts fail until reconnect().
    disconnect,
    // The network is back: the next back-off attempt succeeds and rejoins.
    reconnect,
    outage(ms) { disconnect(); clock.setTimeout(reconnect, ms); },
    // The server's LiveView process crashes now (true), or there was none
    // (false: down, or the join not yet arrived).
    crash: () => !!view && !rejoin("crash"),
    // The page closes its socket (L8, before a reload): no reconnect attempts.
    stop: () => close(1),
    reset() {
      end();
      channel = "idle"; ref = 0; joinCount = 0; rejoins = 0;
      networkUp = true; lastUp = lastDown = 0;
    },
  };
}
