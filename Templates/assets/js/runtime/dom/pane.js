// A demo as one pane of a gallery frame that shows several at once (the
// latency matrix, a bad/good pair): `#pane=1` in the hash. The page owns the
// clock and the user's clicks, so that every pane sees the same click at the
// same virtual time: the pane starts paused, time moves only by the page's
// "advance" messages, and a click in any pane goes to the page, which sends
// it back to every pane in the same order as its advances. Typing stays
// where it happens (a keystroke cannot be taken back) and is copied to the
// other panes. Instead of the panel, the pane reports pushes and replies,
// which the page shows under each pane.

// Where an element is, in terms that hold in another copy of the same demo:
// the nearest ancestor with an id, then child indexes from it.
export function locate(el, root) {
  const path = [];
  let node = el;
  while (node && node !== root && !node.id) {
    path.unshift([...node.parentNode.children].indexOf(node));
    node = node.parentNode;
  }
  return { id: node && node !== root ? node.id : null, path };
}

export function find(at, root) {
  let node = at.id ? root.ownerDocument.getElementById(at.id) : root;
  for (const i of at.path) node = node && node.children[i];
  return node && root.contains(node) ? node : null;
}

// A step of a script or a replayed input, run against this pane's runtime.
// Steps: {click: target}, {input: target, value}, {submit: target}, {set:
// net settings}, {pointer: target, x, y} (a pointermove and a mousemove at
// that fraction of the element's box), {net: "disconnect" | "reconnect" |
// "outage", ms}, {crash: true}, {peer, action, payload}; a target is a
// located element or a CSS selector.
export function perform(step, { root, api }) {
  const el = (t) => (typeof t === "string" ? root.querySelector(t) : find(t, root));
  if (step.click) { const b = el(step.click); if (b) b.click(); return !!b; }
  if (step.input) {
    const f = el(step.input);
    if (!f) return false;
    f.value = step.value;
    f.dispatchEvent(new f.ownerDocument.defaultView.Event("input", { bubbles: true }));
    return true;
  }
  if (step.submit) { const f = el(step.submit); if (f) f.requestSubmit(); return !!f; }
  if (step.set) return api.net.set(step.set), true;
  if (step.pointer) {
    const t = el(step.pointer);
    if (!t) return false;
    const box = t.getBoundingClientRect(), win = t.ownerDocument.defaultView;
    const at = { bubbles: true, clientX: box.left + box.width * step.x, clientY: box.top + box.height * step.y };
    if (win.PointerEvent) t.dispatchEvent(new win.PointerEvent("pointermove", at));
    t.dispatchEvent(new win.MouseEvent("mousemove", at));
    return true;
  }
  if (step.net === "outage") return api.net.outage(step.ms), true;
  if (step.net) return api.net[step.net](), true;
  if (step.crash) return api.server.crash(), true;
  if (step.peer) return api.peers.act(step.peer, step.action, step.payload), true;
  return false;
}

export function pane({ doc, rt, api }) {
  const win = doc.defaultView, page = win.parent;
  const root = doc.getElementById("rtux-root");
  const post = (m) => page.postMessage({ rtux: "pane", ...m }, "*");
  doc.documentElement.dataset.pane = "";

  // What the user does here, not what a replayed step sets off: a replayed click on a submit
  // button submits its form with an event the browser marks trusted, which must not come back.
  let replaying = false;
  const own = (e) => !replaying && e.isTrusted && root.contains(e.target);
  // Capture phase: the page decides when this click or submit happens, here and in the other panes.
  for (const type of ["click", "submit"]) {
    root.addEventListener(type, (e) => {
      if (!own(e)) return;
      e.preventDefault();
      e.stopPropagation();
      post({ input: { [type]: locate(e.target, root) } });
    }, true);
  }
  root.addEventListener("input", (e) => { if (own(e)) post({ copy: { input: locate(e.target, root), value: e.target.value } }); });

  // Every pane starts joined at time 0, whatever its latency: the join (boot's connect, right
  // after this, or a reset's) goes at 0 ms, then the pane's own round trip applies.
  // A reset also undoes what a script set (a failure rate, lost replies): the pane's own settings.
  const initial = api.net.get(), { latency, jitter } = initial;
  const instant = () => api.net.set({ ...initial, latency: 0, jitter: 0 });
  async function joined() {
    await api.clock.advance(0);
    await api.ready;
    api.net.set({ latency, jitter });
  }
  instant();
  // One message at a time, in the page's order: a click sent after an advance waits for it.
  let chain = Promise.resolve().then(joined).then(() => post({ ready: true }));
  win.addEventListener("message", (e) => {
    const m = e.data;
    if (e.source !== page || !m || m.rtux !== "panes") return;
    if (m.hello) return void chain.then(() => post({ ready: true }));
    chain = chain.then(async () => {
      if (m.reset) { instant(); api.reset(); await joined(); }
      if (m.advance !== undefined) await api.clock.advance(m.advance);
      if (m.step) {
        replaying = true;
        try { perform(m.step, { root, api }); } finally { replaying = false; }
      }
      if (m.id !== undefined) post({ done: m.id, now: api.clock.now() });
    });
  });
  rt.on("log", (entry) => {
    if (entry.kind === "push" || entry.kind === "reply") post({ log: { kind: entry.kind, t: entry.t, event: entry.event, failed: entry.failed } });
  });
}
