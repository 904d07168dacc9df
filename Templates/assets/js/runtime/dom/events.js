// DOM events → pushes, through client.js (L1–L5, L7) and ratelimit.js (L15).
// One delegated listener per event type on the demo's root:
//   phx-click (phx-value-*), phx-submit, phx-change (on the form or the
//   field; phx-debounce / phx-throttle on the field), phx-blur / phx-focus,
//   phx-keydown (phx-key, throttle per key). A binding whose value is a JSON
//   list runs JS commands instead (L11).
// Rate limiting (L15) comes with the demo's bundle when its JSON names
// phx-debounce or phx-throttle (createRateLimiter, docs/runtime.md
// "Bundling"); without it no element can carry them and every event is sent.

import { pushFrom, submitFrom, ackRefs } from "../client.js";
import { putRef } from "../refs.js";

const bindingValues = (el) => {
  const o = {};
  for (const a of el.attributes) if (a.name.startsWith("phx-value-")) o[a.name.slice(10)] = a.value;
  return o;
};

// A form's fields as LiveView sends them (the last value of a name wins).
export function formValues(form, submitter) {
  const o = {};
  const fd = new FormData(form);
  if (submitter && submitter.name) fd.append(submitter.name, submitter.value);
  for (const [k, v] of fd) if (typeof v === "string") o[k] = v;
  return o;
}

export function createEvents({ root, rt, rateLimit: createRateLimiter = null }) {
  let js = null; // set by bind (events and JS commands call each other)
  const limiters = new WeakMap();

  // L2: the ack of ref clears the loading state of every element with refs ≤ ref.
  function ack(ref) {
    ackRefs(ref, root.querySelectorAll("[data-phx-ref-src]"));
  }

  // One push from an element (or JS commands when the binding is a list).
  function push(el, type, event, value = {}, onReply, loading = []) {
    if (/^\s*\[/.test(event)) return js.run(event, el, type);
    return pushFrom(rt, el, { eventType: type, event, value: type === "hook" ? value : { ...bindingValues(el), ...value }, onReply, loading });
  }

  function limited(el, type, payload, key) {
    if (!createRateLimiter) return payload();
    let m = limiters.get(el);
    if (!m) limiters.set(el, (m = {}));
    m[type] ||= createRateLimiter({
      clock: rt.clock, debounce: el.getAttribute("phx-debounce"), throttle: el.getAttribute("phx-throttle"),
      send: (p) => p.send(),
    });
    m[type].input({ send: payload }, { key });
  }

  // phx-focus / phx-blur on the element itself (focus events do not bubble to a binding above)
  function focus(el, type) {
    const ev = el.getAttribute && el.getAttribute(`phx-${type}`);
    if (ev != null) push(el, type, ev);
  }

  const handlers = {
    click(e) {
      const link = e.target.closest("a[data-phx-link=patch]");
      if (link) { e.preventDefault(); return rt.patch(link.getAttribute("href"), false); }
      const el = e.target.closest("[phx-click]");
      if (!el || !root.contains(el)) return;
      if (el.localName === "a") e.preventDefault();
      push(el, "click", el.getAttribute("phx-click"));
    },
    submit(e) {
      const form = e.target;
      const event = form.getAttribute("phx-submit");
      if (event === null) return;
      e.preventDefault();
      for (const c of form.elements) { const m = limiters.get(c); if (m && m.change) m.change.submit(); }
      if (/^\s*\[/.test(event)) return js.run(event, form, "submit");
      const controls = [...form.elements].filter((c) => /^(button|input|textarea|select)$/.test(c.localName));
      submitFrom(rt, form, controls, { event, value: formValues(form, e.submitter), submitter: e.submitter });
    },
    input(e) {
      const input = e.target, form = input.form;
      const owner = input.hasAttribute("phx-change") ? input : form && form.hasAttribute("phx-change") ? form : null;
      if (!owner || !root.contains(owner)) return;
      const event = owner.getAttribute("phx-change");
      limited(input, "change", () => {
        const value = form ? formValues(form) : { [input.name]: input.value };
        const r = push(input, "change", event, { ...value, _target: [input.name] });
        if (r && r.status === "sent" && form) putRef(form, { ref: r.ref, eventType: "change", lock: false });
      });
    },
    keydown(e) {
      const el = e.target.closest("[phx-keydown]");
      if (!el || !root.contains(el)) return;
      const want = el.getAttribute("phx-key");
      if (want && want.toLowerCase() !== e.key.toLowerCase()) return;
      limited(el, "keydown", () => push(el, "keydown", el.getAttribute("phx-keydown"), { key: e.key }), e.key);
    },
    focusin: (e) => focus(e.target, "focus"),
    focusout(e) {
      const m = limiters.get(e.target);
      if (m) for (const l of Object.values(m)) l.blur(); // L15: a pending debounced event is flushed
      focus(e.target, "blur");
    },
  };

  return {
    ack, push,
    bind(jsCommands) {
      js = jsCommands;
      for (const [type, fn] of Object.entries(handlers)) root.addEventListener(type, fn);
    },
  };
}
