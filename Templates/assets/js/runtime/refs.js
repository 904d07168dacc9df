// Loading state and refs (L1–L5) as pure functions over element
// descriptions: {id, tag, type, attrs: {name: value}, classes: [..], text}.
// They return operations the DOM layer applies:
//   {id, op: "addClass"|"removeClass", name}
//   {id, op: "setAttr", name, value} / {id, op: "removeAttr", name}
//   {id, op: "setText", value}
// `disabled` and `readonly` are plain attributes here (the DOM layer sets
// the matching property).

export const REF_SRC = "data-phx-ref-src";
export const REF_LOADING = "data-phx-ref-loading";
export const REF_LOCK = "data-phx-ref-lock";
export const DISABLED = "data-phx-disabled";
export const READONLY = "data-phx-readonly";
export const DISABLE_WITH = "phx-disable-with";
export const DISABLE_WITH_RESTORE = "data-phx-disable-with-restore";
export const EVENT_CLASSES = ["phx-click-loading", "phx-change-loading", "phx-submit-loading", "phx-keydown-loading",
  "phx-keyup-loading", "phx-blur-loading", "phx-focus-loading", "phx-hook-loading"];

const has = (el, a) => el.attrs && el.attrs[a] !== undefined && el.attrs[a] !== null;
const attr = (el, a) => (has(el, a) ? el.attrs[a] : null);

// L3: a click on an element still waiting for its ack is ignored.
export const ignoresClick = (el) => has(el, REF_SRC);

// L1 (+ L4): what pushing `eventType` from `el` does to it, synchronously,
// before the push leaves. `loadingClass: false` for elements that take the
// refs but not the class (L5: submit's controls other than the submitter).
export function putRef(el, { ref, eventType, viewId = "phx-root", lock = true, loading = true, loadingClass = true }) {
  const ops = [{ id: el.id, op: "setAttr", name: REF_SRC, value: viewId }];
  if (loading) ops.push({ id: el.id, op: "setAttr", name: REF_LOADING, value: String(ref) });
  if (lock) ops.push({ id: el.id, op: "setAttr", name: REF_LOCK, value: String(ref) });
  if (!loading || !loadingClass) return ops;
  ops.push({ id: el.id, op: "addClass", name: `phx-${eventType}-loading` });
  const text = attr(el, DISABLE_WITH);
  if (text !== null) { // L4
    if (!has(el, DISABLE_WITH_RESTORE)) ops.push({ id: el.id, op: "setAttr", name: DISABLE_WITH_RESTORE, value: el.text ?? "" });
    if (text !== "") ops.push({ id: el.id, op: "setText", value: text });
    if (!has(el, DISABLED)) ops.push({ id: el.id, op: "setAttr", name: DISABLED, value: String(has(el, "disabled")) });
    ops.push({ id: el.id, op: "setAttr", name: "disabled", value: "" });
  }
  return ops;
}

// L5: submitting `form` with its `controls` (and an optional submitter id).
// Buttons disabled whatever their type; inputs and textareas readonly; file
// inputs also disabled; selects left alone; the form (and the submitter)
// get phx-submit-loading. Every touched element carries the refs.
export function submitRef(form, controls, { ref, viewId = "phx-root", submitter = null }) {
  const ops = putRef(form, { ref, eventType: "submit", viewId });
  for (const c of controls) {
    const tag = c.tag.toLowerCase();
    if (tag === "select") continue;
    if (tag === "button") {
      ops.push({ id: c.id, op: "setAttr", name: DISABLED, value: String(has(c, "disabled")) });
      ops.push({ id: c.id, op: "setAttr", name: "disabled", value: "" });
    } else if (tag === "input" || tag === "textarea") {
      ops.push({ id: c.id, op: "setAttr", name: READONLY, value: String(has(c, "readonly")) });
      ops.push({ id: c.id, op: "setAttr", name: "readonly", value: "" });
      if (tag === "input" && c.type === "file") {
        ops.push({ id: c.id, op: "setAttr", name: DISABLED, value: String(has(c, "disabled")) });
        ops.push({ id: c.id, op: "setAttr", name: "disabled", value: "" });
      }
    } else continue;
    const isSubmitter = submitter !== null && c.id === submitter;
    ops.push(...putRef(c, { ref, eventType: "submit", viewId, loadingClass: isSubmitter }));
  }
  return ops;
}

// L2: the ack of push `ackRef` undoes the loading state of `el` when its
// ref ≤ ackRef: classes, refs, disabled/readonly and disable-with text come
// back; the lock is released (held patches may then apply, L3).
export function undoRef(el, ackRef) {
  const loadingRef = has(el, REF_LOADING) ? parseInt(el.attrs[REF_LOADING], 10) : null;
  const lockRef = has(el, REF_LOCK) ? parseInt(el.attrs[REF_LOCK], 10) : null;
  const ops = [];
  if (loadingRef !== null && loadingRef > ackRef && lockRef !== null && lockRef > ackRef) return ops;
  const lockDone = lockRef !== null && lockRef <= ackRef;
  const canUndoLoading = lockRef === null || lockRef <= ackRef;
  if (lockDone) ops.push({ id: el.id, op: "removeAttr", name: REF_LOCK });
  if (loadingRef !== null && loadingRef <= ackRef) {
    if (canUndoLoading) {
      ops.push({ id: el.id, op: "removeAttr", name: REF_LOADING });
      const ro = attr(el, READONLY), dis = attr(el, DISABLED), text = attr(el, DISABLE_WITH_RESTORE);
      if (ro !== null) {
        ops.push(ro === "true" ? { id: el.id, op: "setAttr", name: "readonly", value: "" } : { id: el.id, op: "removeAttr", name: "readonly" });
        ops.push({ id: el.id, op: "removeAttr", name: READONLY });
      }
      if (dis !== null) {
        ops.push(dis === "true" ? { id: el.id, op: "setAttr", name: "disabled", value: "" } : { id: el.id, op: "removeAttr", name: "disabled" });
        ops.push({ id: el.id, op: "removeAttr", name: DISABLED });
      }
      if (text !== null) {
        ops.push({ id: el.id, op: "setText", value: text });
        ops.push({ id: el.id, op: "removeAttr", name: DISABLE_WITH_RESTORE });
      }
    }
    for (const c of EVENT_CLASSES) {
      if ((el.classes || []).includes(c) && (c !== "phx-submit-loading" || canUndoLoading)) ops.push({ id: el.id, op: "removeClass", name: c });
    }
  }
  const resolved = (loadingRef === null || loadingRef <= ackRef) && (lockRef === null || lockRef <= ackRef);
  if (resolved) ops.push({ id: el.id, op: "removeAttr", name: REF_SRC });
  return ops;
}

// Apply operations to element descriptions (keyed by id); returns new ones.
// The DOM layer does the same on real elements; tests and the panel use this.
export function applyOps(els, ops) {
  const out = { ...els };
  for (const o of ops) {
    const e = out[o.id] = { ...out[o.id], attrs: { ...(out[o.id].attrs || {}) }, classes: [...(out[o.id].classes || [])] };
    if (o.op === "addClass") { if (!e.classes.includes(o.name)) e.classes.push(o.name); }
    else if (o.op === "removeClass") e.classes = e.classes.filter((c) => c !== o.name);
    else if (o.op === "setAttr") e.attrs[o.name] = o.value;
    else if (o.op === "removeAttr") delete e.attrs[o.name];
    else if (o.op === "setText") e.text = o.value;
  }
  return out;
}
