// The control panel inside every demo file: a collapsible <details> after
// the demo, built at boot. Network faults, outage, peers, the clock, the
// root's container classes, and the event log with virtual-clock times.
// Every setting goes through the same calls as window.rtux, so the URL hash
// follows both.

const BTN = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 "
  + "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-600 "
  + "dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700";
const FIELD = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100";
import { formatHash } from "./hash.js";
import { PRESETS, preset, presetInHash, matches } from "./presets.js";
import { pane } from "./pane.js";

const MAX_LOG = 300;

function h(doc, tag, props = {}, ...kids) {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (v !== null && v !== false) el.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kids.flat()) if (k !== null && k !== false) el.append(k);
  return el;
}

const ms = (t) => `${Math.round(t)} ms`;
const pct = (x) => `${Math.round(x * 100)} %`;

// One event-log line for a runtime log entry.
export function describeEntry(e) {
  const j = (v) => (v && Object.keys(v).length ? " " + JSON.stringify(v) : "");
  switch (e.kind) {
    case "push": return `push #${e.ref} ${e.event}${j(e.payload)}`;
    case "reply": return `reply #${e.ref} ${e.event}${e.failed ? " (failed)" : ""}`;
    case "diff": return `server ${e.msg}`;
    case "patch": return "patch";
    case "status": return `socket ${e.status}${e.joinCount > 1 && e.status === "joined" ? " (rejoin)" : ""}`;
    case "attempt": return `reconnect attempt ${e.n}${e.ok ? "" : " failed"}`;
    case "dropped": return `dropped ${e.event} (${e.reason})`;
    case "lost": return `${e.ref ? `reply #${e.ref} ${e.event}` : "join reply"} lost`;
    case "timeout": return `push #${e.ref} ${e.event} timed out`;
    case "heartbeat": return "heartbeat sent";
    case "heartbeat-timeout": return "heartbeat unanswered for 30 s: socket closed";
    case "join-timeout": return "join unanswered for 10 s: channel errored";
    case "reload": return `page reload in ${ms(e.after)} (${e.tries} in a row)`;
    case "peer": return `peer ${e.peer} ${e.action}`;
    case "peer-silent": return `peer ${e.peer} is gone (vanished): ${e.action} not sent`;
    case "peer-timeout": return `peer ${e.peer}: no heartbeat, its process is down`;
    default: return e.kind;
  }
}

export function buildPanel({ doc, rt, api }) {
  // One pane of several in a gallery frame: the page has the controls (dom/pane.js).
  if (/(^#|&)pane=1(&|$)/.test(doc.defaultView.location.hash)) return pane({ doc, rt, api });
  const log = rt.on;
  const e = (...a) => h(doc, ...a);
  const id = (s) => `rtux-${s}`;
  const net = rt.net.get();
  const outputs = {};

  function slider(key, label, max, step, fmt) {
    const out = e("output", { for: id(key), class: "tabular-nums text-slate-600 dark:text-slate-300" }, fmt(net[key] || 0));
    outputs[key] = [out, fmt];
    return e("div", { class: "grid gap-1" },
      e("label", { for: id(key), class: "flex justify-between gap-2" }, e("span", {}, label), out),
      e("input", { type: "range", id: id(key), min: 0, max, step, value: net[key] || 0, class: "w-full accent-indigo-600",
        oninput: (ev) => api.net.set({ [key]: Number(ev.target.value) }) }));
  }

  // A preset sets the four network values at once (Offline: the socket down); moving a
  // slider afterwards makes the settings custom again. The hash names the preset while it holds.
  let current = presetInHash(doc.defaultView.location.hash);
  const choose = (p) => {
    const wasOffline = current && current.net === null;
    current = p;
    if (p && p.net === null) { api.net.disconnect(); return api.net.set({}); } // set: the hash follows
    if (wasOffline) api.net.reconnect();
    if (p) api.net.set(p.net);
  };
  const presets = e("select", { id: id("preset"), class: FIELD, onchange: (ev) => choose(preset(ev.target.value)) },
    e("option", { value: "" }, "Custom"), PRESETS.map((p) => e("option", { value: p.id, selected: p === current }, p.label)));

  const time = e("output", { class: "tabular-nums", "aria-live": "off" }, "0 ms");
  const classes = e("code", { id: id("classes"), class: "rounded bg-slate-100 px-1 dark:bg-slate-800" }, rt.classes.join(" "));
  const pause = e("button", { type: "button", class: BTN, "aria-pressed": String(rt.clock.paused),
    onclick: () => (rt.clock.paused ? api.clock.resume() : api.clock.pause()) }, "Pause clock");
  const speed = e("select", { id: id("speed"), class: FIELD, onchange: (ev) => api.clock.speed(Number(ev.target.value)) },
    [0.25, 0.5, 1, 2, 4].map((x) => e("option", { value: x, selected: x === rt.clock.speed() }, `${x}×`)));
  // Every reply lost in flight, the socket left up: pushes time out at 30 s and the page reloads (L8).
  const dropAll = e("button", { type: "button", class: BTN, "aria-pressed": "false", onclick: () => api.net.set({ drop: api.net.get().drop ? 0 : 1 }) }, "Drop replies");
  const seconds = e("input", { type: "number", id: id("offline"), min: 1, max: 300, value: 5, class: `${FIELD} w-20` });
  const list = e("ol", { id: id("log"), class: "max-h-56 overflow-auto rounded bg-slate-50 p-2 font-mono text-xs leading-5 dark:bg-slate-900", tabindex: 0, "aria-label": "Event log" });

  const peers = rt.peers.list();
  const actions = rt.peers.actions();
  const fieldset = (legend, ...kids) => e("fieldset", { class: "grid content-start gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700" },
    e("legend", { class: "px-1 font-semibold" }, legend), ...kids);

  const panel = e("details", { id: id("panel"), class: "mt-6 rounded-lg border border-slate-300 bg-white text-sm text-slate-800 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100" },
    e("summary", { class: "cursor-pointer select-none rounded-lg px-3 py-2 font-semibold focus-visible:outline-2 focus-visible:outline-indigo-600" },
      "Simulator: network, clock, peers, event log"),
    e("div", { class: "grid gap-3 p-3 sm:grid-cols-2" },
      fieldset("Network",
        e("div", { class: "flex flex-wrap items-center gap-2" }, e("label", { for: id("preset") }, "Preset"), presets),
        slider("latency", "Latency (round trip)", 5000, 50, ms),
        slider("jitter", "Jitter (±)", 1000, 10, ms),
        slider("failureRate", "Failure rate", 1, 0.05, pct),
        slider("drop", "Dropped replies", 1, 0.05, pct),
        // the server's own time for an assign_async task, apart from the network's
        rt.server.ops.assign_async ? slider("work", "Server work (async)", 10000, 100, ms) : null,
        e("div", { class: "flex flex-wrap items-center gap-2" },
          e("label", { for: id("offline") }, "Offline for (s)"), seconds,
          e("button", { type: "button", class: BTN, onclick: () => api.net.outage(Number(seconds.value || 0) * 1000) }, "Go offline"),
          e("button", { type: "button", class: BTN, onclick: () => api.net.disconnect() }, "Disconnect"),
          e("button", { type: "button", class: BTN, onclick: () => { if (current && current.net === null) current = null; api.net.reconnect(); api.net.set({}); } }, "Reconnect"),
          // the LiveView process dies, the socket stays: phx-server-error, a rejoin 1 s later (L6, L8)
          e("button", { type: "button", class: BTN, onclick: () => api.server.crash() }, "Crash server"),
          dropAll,
          // new tracked assets (phx-track-static) and a server restart: the rejoin's mount sees static_changed?
          e("button", { type: "button", class: BTN, onclick: () => api.server.deploy() }, "Deploy new version"))),
      fieldset("Clock",
        e("p", {}, "Virtual time: ", time),
        e("div", { class: "flex flex-wrap items-center gap-2" },
          pause,
          e("button", { type: "button", class: BTN, onclick: () => api.clock.advance(100).then(tick) }, "Step 100 ms"),
          e("label", { for: id("speed") }, "Speed"), speed),
        e("div", { class: "flex flex-wrap items-center gap-2" },
          e("button", { type: "button", class: BTN, onclick: () => { list.textContent = ""; api.reset(); } }, "Reset demo")),
        e("p", {}, "Container classes: ", classes)),
      peers.length > 0 && fieldset("Peers",
        ...peers.map((name) => e("div", { class: "flex flex-wrap items-center gap-2" },
          e("span", { class: "w-10 font-medium" }, name),
          ...actions.map((a) => e("button", { type: "button", class: BTN, onclick: () => api.peers.act(name, a, {}) },
            `${a[0].toUpperCase()}${a.slice(1)} as ${name}`))))),
      e("div", { class: "grid gap-1 sm:col-span-2" },
        e("div", { class: "flex items-center justify-between" },
          e("span", { class: "font-semibold" }, "Event log"),
          e("button", { type: "button", class: BTN, onclick: () => { list.textContent = ""; } }, "Clear log")),
        list)));

  const line = (entry) => {
    list.append(e("li", {}, e("span", { class: "text-slate-500 dark:text-slate-400" }, ms(entry.t).padStart(9, "\u2007")), " ", describeEntry(entry)));
    while (list.childElementCount > MAX_LOG) list.firstChild.remove();
    list.scrollTop = list.scrollHeight;
  };
  const tick = () => { time.textContent = ms(rt.clock.now()); };
  log("log", (entry) => { line(entry); tick(); });
  log("render", () => line({ t: rt.clock.now(), kind: "patch" }));
  log("classes", (c) => { classes.textContent = c.join(" "); });
  log("settings", (s) => {
    if (!matches(current, s.net)) current = null;
    presets.value = current ? current.id : "";
    try { doc.defaultView.history.replaceState(null, "", formatHash(s) + (current ? `&preset=${current.id}` : "")); } catch (err) { /* file:// or sandboxed: the hash is a convenience */ }
    for (const [key, [out, fmt]] of Object.entries(outputs)) {
      out.textContent = fmt(s.net[key] || 0);
      const input = doc.getElementById(id(key));
      if (Number(input.value) !== s.net[key]) input.value = s.net[key] || 0;
    }
    pause.setAttribute("aria-pressed", String(s.paused));
    dropAll.setAttribute("aria-pressed", String(s.net.drop === 1));
    speed.value = String(s.speed);
    tick();
  });
  // Real-time mode: keep the clock display moving while the panel is open.
  setInterval(() => { if (panel.open && !rt.clock.paused) tick(); }, 250);
  doc.getElementById("rtux-demo").append(panel);
  // A preset in the hash holds from the first join on; Offline takes the socket down
  // once boot has connected it.
  const initial = current;
  if (initial) initial.net === null ? Promise.resolve().then(() => choose(initial)) : choose(initial);
  return panel;
}
