// The tab's side of the multi-tab hub (docs/hub.md): served by `rtux serve`
// only, never part of a demo file. The page's in-page hub becomes a replica
// of what the processes of every open tab share: this tab's own broadcasts,
// presence diffs, store writes and lock changes go out at once (its process
// went on with them, as a LiveView process does); the other tabs' come in
// and are applied to the replica and delivered to this tab's subscribers.

import { tracker } from "./ops/presence.js";
import { table } from "./ops/locks.js";

const isTime = (key) => key === "at" || key.endsWith("_at");

// Every time in `v` (a number under a key `at` or `…_at`, at any depth)
// moved by `d` ms: tabs' virtual clocks each start at their page load, the
// hub counts from the room's start.
export function shiftTimes(v, d) {
  if (Array.isArray(v)) return v.map((x) => shiftTimes(x, d));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "number" && isTime(k) ? x + d : shiftTimes(x, d)]));
  }
  return v;
}

// Wraps `hub` (hub.js) after the welcome: `send(msg)` takes what goes to the
// server; the returned `receive(msg)` takes what comes from it. Hub time runs
// in real time (`wall`, ms) from the welcome's `now`; the offset to the tab's
// clock is taken at each message, so a reset of the clock (back to 0) or a
// pause is allowed for: an age ("30 s ago") is the same on both sides of the
// conversion at the moment it is made.
export function linkHub({ hub, clock, welcome, send, wall = () => performance.now() }) {
  const start = wall();
  const offset = () => welcome.now + wall() - start - clock.now();
  const out = (v) => shiftTimes(v, offset()), into = (v) => shiftTimes(v, -offset());
  hub.tab = welcome.tab; // before the tracker is made: its refs are "t3.p1"
  const presence = tracker(hub), locks = table(hub);
  const local = { broadcast: hub.broadcast, subscribe: hub.subscribe };
  const store = hub.store, write = store.write;
  const subscribed = new Set();

  hub.subscribe = (topic, pid, deliver) => {
    local.subscribe(topic, pid, deliver);
    if (!subscribed.has(topic)) { subscribed.add(topic); send({ t: "subscribe", topic }); }
  };
  hub.broadcast = (topic, msg, payload, from = null) => {
    local.broadcast(topic, msg, payload, from);
    // Presence travels as its diff: the other tabs apply it to their tracker, then tell their views.
    if (msg === "presence_diff") return send({ t: "presence", topic, diff: out(payload) });
    // A lock change is the table's change and the Locks GenServer's broadcast.
    if (msg === "lock_changed" && topic.startsWith("locks:")) send({ t: "lock", name: topic.slice(6), lock: out(payload.lock), reason: payload.reason });
    send({ t: "broadcast", topic, msg, payload: out(payload) });
  };
  store.write = (name, value, version) => {
    const r = write(name, value, version);
    if (r.ok) send({ t: "store", name, value: out(value), version: r.version });
    return r;
  };

  // Another tab's lock (held by its process, which here is the pid "tab:t3"),
  // or the server's correction of this tab's (no `from`).
  function setLock(name, lock, from) {
    const mine = locks.get(name);
    if (mine) hub.clock.clearTimeout(mine.timer);
    if (lock) locks.set(name, { holder: lock.holder, expires_at: lock.expires_at, pid: `tab:${from ?? "hub"}` });
    else locks.delete(name);
  }

  const topics = new Set(); // the presence topics other tabs are in
  function applyPresence(topic, diff) {
    topics.add(topic);
    presence.apply(topic, diff);
  }

  function receive(m) {
    if (m.t === "broadcast") local.broadcast(m.topic, m.msg, into(m.payload));
    else if (m.t === "presence") {
      const diff = into(m.diff);
      applyPresence(m.topic, diff);
      local.broadcast(m.topic, "presence_diff", diff);
    } else if (m.t === "store") store.put(m.name, into(m.value), m.version);
    else if (m.t === "lock") {
      const lock = into(m.lock);
      setLock(m.name, lock, m.from);
      // A correction (no `from`): this tab's take lost a race with another tab's. Its views
      // hear it as the Locks GenServer's broadcast of the lock they did not get.
      if (m.from === undefined) local.broadcast(`locks:${m.name}`, "lock_changed", { lock, holder: lock ? lock.holder : null, reason: "taken" });
    }
  }

  // The hub went away (rtux serve stopped): the other tabs are gone for this one, as after a
  // netsplit. Their presences leave (the views hear it) and their locks go; the store keeps
  // what it last had, and this tab goes on alone.
  function detach() {
    const own = `${welcome.tab}.`;
    for (const topic of topics) {
      const leaves = {};
      for (const [key, p] of Object.entries(presence.state(topic))) {
        const metas = p.metas.filter((m) => !String(m.phx_ref).startsWith(own));
        if (metas.length) leaves[key] = { metas };
      }
      if (!Object.keys(leaves).length) continue;
      presence.apply(topic, { leaves });
      local.broadcast(topic, "presence_diff", { joins: {}, leaves });
    }
    for (const [name, l] of locks) if (String(l.pid).startsWith("tab:")) locks.delete(name);
  }

  // What the other tabs already have; nobody here is subscribed yet (this runs before the first mount).
  const state = welcome.state || {};
  for (const [topic, joins] of Object.entries(state.presence || {})) applyPresence(topic, into({ joins }));
  for (const [name, r] of Object.entries(state.store || {})) store.put(name, into(r.value), r.version);
  for (const [name, lock] of Object.entries(state.locks || {})) setLock(name, into(lock), lock.tab);
  return { receive, detach };
}

// window.rtuxHub(rt, demo), which boot calls before the first join when the
// page came from `rtux serve`: joins the demo's room as this tab's user
// (`?user=` in the page's URL, or a name the server picks), and holds the
// first join until the welcome (or 3 s without one: then the tab runs alone).
// `?peers=off` leaves only real tabs. A demo framed in a gallery page stays
// alone: the page's frames are one scenario side by side (a latency matrix, a
// bad/good pair), which other users' frames would blur; its "Open the demo
// standalone" link is the tab that joins.
export function connectHub(rt, demo, win = window) {
  if (win.top !== win) return;
  const query = new URLSearchParams(win.location.search);
  if (query.get("peers") === "off") rt.peers.list = () => [];
  const user = query.get("user");
  const url = new URL(`/__rtux/hub/${encodeURIComponent(demo.id)}`, win.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  if (user) url.searchParams.set("user", user);
  const connect = rt.connect;
  let welcomed;
  const ready = new Promise((resolve) => { welcomed = resolve; });
  rt.connect = () => ready.then(connect);
  let socket;
  try { socket = new win.WebSocket(url); } catch { welcomed(); return; }
  const alone = win.setTimeout(welcomed, 3000);
  const send = (msg) => { if (socket.readyState === 1) socket.send(JSON.stringify(msg)); };
  let link = null;
  socket.onmessage = (e) => {
    let msg;
    try { msg = JSON.parse(e.data); } catch { return; }
    if (link) return link.receive(msg);
    if (msg.t !== "welcome") return;
    if (demo.assigns && "me" in demo.assigns) demo.assigns.me = msg.user;
    link = linkHub({ hub: rt.server.hub, clock: rt.clock, welcome: msg, send });
    win.rtuxTab = { tab: msg.tab, user: msg.user }; // for tests and the curious
    win.clearTimeout(alone);
    welcomed();
    // By now boot has set window.rtux. The panel's "Reset demo" restarts this tab's view and
    // clock but keeps the data: the store is every tab's, and a reset here must not fork it.
    const reset = win.rtux?.reset;
    if (reset) win.rtux.reset = () => reset(true);
    badge(win, msg.user);
  };
  socket.onclose = () => {
    win.clearTimeout(alone);
    welcomed();
    link?.detach();
    win.document.querySelector("[data-rtux-hub]")?.setAttribute("data-closed", "");
  };
}

// Which user this tab is, in the page's corner: with several tabs of one demo open, the
// name is the only way to tell them apart. Only pages rtux serve served have it.
function badge(win, user) {
  const doc = win.document, el = doc.createElement("div");
  el.setAttribute("data-rtux-hub", "");
  el.setAttribute("role", "status");
  el.style.cssText = "position:fixed;right:.5rem;bottom:.5rem;z-index:2147483646;padding:.125rem .5rem;border-radius:9999px;"
    + "background:#1e293b;color:#f8fafc;font:12px/1.5 ui-sans-serif,system-ui,sans-serif;opacity:.85;pointer-events:none";
  el.textContent = `You are ${user} (rtux serve: other tabs of this demo are other users)`;
  doc.body.append(el);
}
