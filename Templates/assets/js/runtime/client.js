// The client side of a push, joining the rules to the runtime: what the DOM
// layer calls from its event listeners, with the element(s) the push comes
// from (refs.js does the loading state to them).

import { putRef, submitRef, undoRef, ignoresClick, REF_SRC } from "./refs.js";

// A push from an element (click, change, keydown, hook …).
//   {status: "ignored"}       L3: the element still waits for its ack
//   {status: "dropped"}       L7: not connected; LiveView sets no loading state
//   {status: "sent", ref}     L1 (+ L4): the loading state is on `el` already
// `loading`: more elements that take the same ref and class (JS.push's loading:), locked
// like the source so a patch to them waits for the ack (L3), as LiveView does.
export function pushFrom(rt, el, { eventType = "click", event, value = {}, viewId = "phx-root", onReply, loading = [] } = {}) {
  if (eventType === "click" && ignoresClick(el)) return { status: "ignored" };
  if (!rt.connected) { rt.push(event, value); return { status: "dropped" }; } // logged as dropped
  const ref = rt.push(event, value, onReply);
  for (const e of [el, ...loading]) putRef(e, { ref, eventType, viewId });
  return { status: "sent", ref };
}

// L5: a form submit with its controls (and the submitter element).
export function submitFrom(rt, form, controls, { event, value = {}, submitter = null, viewId = "phx-root", onReply } = {}) {
  if (!rt.connected) { rt.push(event, value); return { status: "dropped" }; }
  const ref = rt.push(event, value, onReply);
  submitRef(form, controls, { ref, submitter, viewId });
  return { status: "sent", ref };
}

// L2: on ack(ref), undo the loading state of every element that carries refs.
export function ackRefs(ref, elements) {
  for (const el of elements) if (el.getAttribute(REF_SRC) !== null) undoRef(el, ref);
}
