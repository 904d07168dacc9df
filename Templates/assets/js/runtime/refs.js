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
const setAttr = (el, name, value) => ({ id: el.id, op: "setAttr", name, value });
const removeAttr = (el, name) => ({ id: el.id, op: "removeAttr", name });

// Disable `el` (or make it readonly: `a`), first noting in `memo` whether it
// already was; `keep`: an existing note stays (a second disable-with push).
function disable(ops, el, a, memo, keep = false) {
  if (!(keep && has(el, memo))) ops.push(setAttr(el, memo, String(has(el, a))));
  ops.push(setAttr(el, a, ""));
}

// The ack's side of disable: `a` back as `memo` noted it, and the note gone.
function restore(ops, el, a, memo) {
  const was = attr(el, memo);
  if (was !== null) ops.push(was === "true" ? setAttr(el, a, "") : removeAttr(el, a), removeAttr(el, memo));
}

// L3: a click on an element still waiting for its ack is ignored.
export const ignoresClick = (el) => has(el, REF_SRC);

// L1 (+ L4): what pushing `eventType` from `el` does to it, synchronously,
// before the push leaves. `loadingClass: false` for elements that take the
// refs but not the class (L5: submit's controls other than the submitter).
export function putRef(el, { ref, eventType, viewId = "phx-root", lock = true, loading = true, loadingClass = true }) {
  const ops = [setAttr(el, REF_SRC, viewId)];
  if (loading) ops.push(setAttr(el, REF_LOADING, String(ref)));
  if (lock) ops.push(setAttr(el, REF_LOCK, String(ref)));
  if (!loading || !loadingClass) return ops;
  ops.push({ id: el.id, op: "addClass", name: `phx-${eventType}-loading` });
  const text = attr(el, DISABLE_WITH);
  if (text !== null) { // L4
    if (!has(el, DISABLE_WITH_RESTORE)) ops.push(setAttr(el, DISABLE_WITH_RESTORE, el.text ?? ""));
    if (text !== "") ops.push({ id: el.id, op: "setText", value: text });
    disable(ops, el, "disabled", DISABLED, true);
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
    if (tag === "button") disable(ops, c, "disabled", DISABLED);
    else if (tag === "input" || tag === "textarea") {
      disable(ops, c, "readonly", READONLY);
      if (tag === "input" && c.type === "file") disable(ops, c, "disabled", DISABLED);
    } else continue; // select
    ops.push(...putRef(c, { ref, eventType: "submit", viewId, loadingClass: submitter !== null && c.id === submitter }));
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
  if (lockDone) ops.push(removeAttr(el, REF_LOCK));
  if (loadingRef !== null && loadingRef <= ackRef) {
    if (canUndoLoading) {
      ops.push(removeAttr(el, REF_LOADING));
      restore(ops, el, "readonly", READONLY);
      restore(ops, el, "disabled", DISABLED);
      const text = attr(el, DISABLE_WITH_RESTORE);
      if (text !== null) ops.push({ id: el.id, op: "setText", value: text }, removeAttr(el, DISABLE_WITH_RESTORE));
    }
    for (const c of EVENT_CLASSES) {
      if ((el.classes || []).includes(c) && (c !== "phx-submit-loading" || canUndoLoading)) ops.push({ id: el.id, op: "removeClass", name: c });
    }
  }
  const resolved = (loadingRef === null || loadingRef <= ackRef) && (lockRef === null || lockRef <= ackRef);
  if (resolved) ops.push(removeAttr(el, REF_SRC));
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
