// The client side of a push, joining the rules to the runtime: what the DOM
// layer calls from its event listeners. Returns the operations to apply
// (refs.js) so the DOM layer stays a thin applier.

import { putRef, submitRef, undoRef, ignoresClick, REF_SRC } from "./refs.js";

// A push from an element (click, change, keydown, hook …).
//   {status: "ignored"}  L3: the element still waits for its ack
//   {status: "dropped"}  L7: not connected; LiveView sets no loading state
//   {status: "sent", ref, ops}  L1 (+ L4): apply ops now, before anything else
export function pushFrom(rt, el, { eventType = "click", event, value = {}, viewId = "phx-root", onReply } = {}) {
  if (eventType === "click" && ignoresClick(el)) return { status: "ignored", ops: [] };
  if (!rt.connected) { rt.push(event, value); return { status: "dropped", ops: [] }; } // logged as dropped
  const ref = rt.push(event, value, onReply);
  return { status: "sent", ref, ops: putRef(el, { ref, eventType, viewId }) };
}

// L5: a form submit with its controls (and the submitter's id).
export function submitFrom(rt, form, controls, { event, value = {}, submitter = null, viewId = "phx-root", onReply } = {}) {
  if (!rt.connected) { rt.push(event, value); return { status: "dropped", ops: [] }; }
  const ref = rt.push(event, value, onReply);
  return { status: "sent", ref, ops: submitRef(form, controls, { ref, submitter, viewId }) };
}

// L2: on ack(ref), the operations for every element that carries refs.
export function ackOps(ref, elements) {
  return elements.filter((e) => e.attrs && e.attrs[REF_SRC] !== undefined).flatMap((e) => undoRef(e, ref));
}
