// The composition the DOM layer calls: clock + rng + mock server + net +
// peers + connection state, and the client's copy of assigns and streams.
// DOM-free: it emits plain values (vtrees, class lists, ack refs) to
// listeners; the DOM layer morphs and applies refs.js operations.
//
// Events (runtime.on(name, fn)):
//   render(vtree)            after a join or a diff was applied
//   ack(ref)                 a reply arrived: undo loading for refs ≤ ref (L2), BEFORE its render
//   reply(ref, reply, out)   after the render, the push's callback
//   classes(list)            container classes changed (L6)
//   binding(name)            run phx-connected / phx-disconnected JS (L6)
//   hook(name)               hooks' disconnected / reconnected (L12)
//   push_event(name, payload) server push_event, for hooks' handleEvent (L12)
//   timeout(ref)             a push got no reply within 30 s (L8); the page reloads after a wait
//   reload()                 that wait is over: the page loads again (the DOM layer calls its reset())
//   log(entry)
//   settings(s)              net/clock/seed settings changed through api()

import { createClock } from "./clock.js";
import { createRng } from "./rng.js";
import { createServer } from "./server.js";
import { createNet, reloadDelay } from "./net.js";
import { createConnectionState } from "./connection.js";
import { render } from "./template.js";
import { query } from "./util.js";

// When a demo has no peers: none to list, nothing to do.
const NO_PEERS = { list: () => [], actions: () => [], act(name) { throw new Error(`no peer ${name}`); }, reset() {} };

// recover(): L9, the forms to re-send on a rejoin, as [[event, value], ...]
// (the DOM layer reads them from the page).
// ops: the op families beyond the core that this demo uses (ops/*.js,
// merged); peers: createPeers (peers.js) when the demo has peers; streams:
// applyStreamOps (streams.js, L13) when it has stream ops. The demo's bundle
// passes only what its JSON needs (docs/runtime.md, "Bundling").
// location: the page's URL for url-state ({get() → "?tab=a", set(url, replace)});
// the DOM layer's is the address bar, the default one lives in memory.
// connect(): LiveSocket's `params`, sent with every join (dom/connect_params.js
// reads the demo's "connect" keys from localStorage); mount sees them with the query.
export function createRuntime({ location = memoryLocation(), demo, scheduler, paused = false, seed = 1, net: netSettings = {}, clock: givenClock, recover = null, ops, peers: createPeers, streams: applyStreamOps, connect } = {}) {
  // A bundle made against docs/runtime.md's recipe never lacks these.
  if (demo.peers && !createPeers) throw new Error("bundle lacks peers.js");
  if (ops && ops.stream_insert && !applyStreamOps) throw new Error("bundle lacks streams.js");
  const clock = givenClock || createClock({ scheduler, paused });
  let currentSeed = seed;
  const rng = createRng(seed);
  let resolveReady;
  let ready = new Promise((r) => { resolveReady = r; });
  const listeners = {};
  const emit = (name, ...args) => (listeners[name] || []).forEach((fn) => fn(...args));
  const entries = [];
  const log = (e) => { entries.push(e); emit("log", e); };

  let net = null;
  const server = createServer({ demo, clock, shouldFail: (n) => net.shouldFail(n), ops });
  let assigns = {};
  let streams = {};
  let vtree = [];
  let reloads = 0; // L8: reloads in a row; LiveView keeps them in localStorage, so they survive reset()

  // L8, LiveView's reloadWithJitter: a push (a form recovery too, L9) got no
  // reply in 30 s, and the view has not rejoined since (net.js drops a push's
  // timeout when its view goes). The socket closes for good, and the page
  // reloads after 5-10 s, or 30 s from the tenth reload in a row on.
  function reload() {
    net.stop();
    const after = reloadDelay(++reloads, rng);
    log({ t: clock.now(), kind: "reload", after, tries: reloads });
    // A page load sets the clock back to 0, which it cannot do from inside one of its
    // timers: the reload waits for the end of the advance under way, and is off
    // if the page was reset by hand meanwhile (a new `ready`).
    const page = ready;
    clock.setTimeout(() => clock.advance().then(() => page === ready && emit("reload")), after);
  }

  const conn = createConnectionState({
    clock,
    onClasses: (c) => emit("classes", c),
    onBinding: (b) => emit("binding", b),
    onHook: (h) => emit("hook", h),
  });

  function apply(out) {
    assigns = out.assigns;
    if (applyStreamOps) streams = applyStreamOps(streams, out.streamOps || []);
    if (out.patch) location.set(out.patch.to, out.patch.replace);
    vtree = render(demo.template, { assigns, streams });
    emit("render", vtree);
    for (const [name, payload] of out.events || []) emit("push_event", name, payload);
  }

  // The version of the assets this page loaded with (phx-track-static); the
  // server's is hub.version, which deploy() bumps.
  let assets = 1;
  net = createNet({
    clock, rng, server,
    joinParams: () => ({ ...query(location.get()), ...connect?.(), _track_static: assets }),
    settings: { ...(demo.net || {}), ...netSettings },
    log,
    onMessage: (msg) => apply(msg),
    onStatus(status, extra) {
      if (status === "joined") {
        const done = (out) => {
          streams = {}; // a join's render replaces the page (streams start empty)
          reloads = 0;
          apply(out);
          conn.joined();
          resolveReady();
        };
        // L9: on a rejoin, the forms to recover are pushed first; the page
        // shows the join's render once every recovery push has its reply.
        const forms = extra.joinCount > 1 && recover ? recover() : [];
        if (!forms.length) return done(extra.rendered);
        const acc = { ...extra.rendered, streamOps: [...(extra.rendered.streamOps || [])], events: [...(extra.rendered.events || [])] };
        let left = forms.length;
        const one = (out) => {
          if (out && !out.error) { acc.assigns = out.assigns; acc.streamOps.push(...(out.streamOps || [])); acc.events.push(...(out.events || [])); }
          if (--left === 0) done(acc);
        };
        for (const [event, value] of forms) net.push(event, value, { onReply: (ref, out) => one(out), onTimeout: reload });
      } else if (status === "down") conn.error(extra.kind);
    },
  });
  // The server's tasks (assign_async) take their work time and failures from the panel's settings.
  server.hub.net = net;
  const peers = demo.peers ? createPeers({ clock, hub: server.hub, net, ops: server.ops, spec: demo.peers, log }) : NO_PEERS;

  const runtime = {
    clock, rng, server, net, peers,
    on(name, fn) { (listeners[name] ||= []).push(fn); return () => { listeners[name] = listeners[name].filter((f) => f !== fn); }; },
    connect() { net.connect(); },
    // A patch link or Back/Forward (fromHistory: the URL is already the new one): handle_params on the server.
    patch(url, fromHistory) { if (!fromHistory) location.set(url); return runtime.push("live_patch", { url }); },
    // Push an event. Returns its ref (the DOM layer applies the L1 loading
    // state with it), or null when dropped while disconnected (L7).
    push(event, value = {}, onReply = () => {}) {
      return net.push(event, value, {
        onReply(ref, out) {
          emit("ack", ref); // L2: loading state cleared before the diff
          if (out && out.changed) apply(out);
          emit("reply", ref, out ? out.reply : null, out);
          onReply(out ? out.reply : null, ref);
        },
        onTimeout(ref) { emit("timeout", ref); reload(); },
      });
    },
    get assigns() { return assigns; },
    get streams() { return streams; },
    get vtree() { return vtree; },
    get classes() { return conn.classes; },
    get connected() { return net.connected; },
    state: () => server.state(),
    log: () => entries.slice(),
    // Resolves once mounted and connected (after the first join, or the
    // first join after reset()).
    get ready() { return ready; },
    seed(n) { currentSeed = n; rng.seed(n); },
    // Back to the page-load state: time 0, initial store, the seed's first
    // draw, connected again. Paused state and net settings are kept.
    // keepStore: a page reload (L8's after a push timeout), which the
    // server's data outlives; without it, the whole demo starts over.
    // Returns the new `ready`.
    reset(keepStore) {
      ready = new Promise((r) => { resolveReady = r; });
      rng.seed(currentSeed);
      net.reset();
      clock.reset();
      if (!keepStore) { server.hub.store.load(demo.store || {}); server.hub.version = 1; }
      assets = server.hub.version; // a page load fetches the current assets
      peers.reset();
      assigns = {}; streams = {}; vtree = [];
      entries.length = 0;
      conn.joining();
      net.connect();
      return ready;
    },
    // The scriptable surface of issue 4 (window.rtux). Changes to the
    // settings (net, pause, speed, seed) emit `settings({net, speed, paused,
    // seed})` for the panel and the URL hash. (The functions it hands out use
    // no `this`: they are the runtime's, the clock's, the net's and the peers'.)
    api() {
      const changed = (r) => { emit("settings", { net: net.get(), speed: clock.speed(), paused: clock.paused, seed: currentSeed }); return r; };
      const notify = (fn) => (x) => changed(fn(x)); // a settings change: emit it
      return {
        get ready() { return ready; },
        reset: runtime.reset,
        seed: notify(runtime.seed),
        clock: { pause: notify(clock.pause), resume: notify(clock.resume), advance: clock.advance,
          speed: (x) => (x === undefined ? clock.speed() : changed(clock.speed(x))), now: clock.now },
        net: { set: notify(net.set), get: net.get, disconnect: net.disconnect, reconnect: net.reconnect, outage: net.outage },
        // deploy(): new assets, and the server restarts (the socket drops for a second, L8).
        server: { state: runtime.state, crash: net.crash, deploy() { server.hub.version++; net.outage(1000); } },
        log: runtime.log,
        classes: () => conn.classes,
        peers: { list: peers.list, actions: peers.actions, act: peers.act },
      };
    },
  };
  return runtime;
}

function memoryLocation() {
  let url = "";
  return { get: () => url, set: (u) => { url = u; } };
}
