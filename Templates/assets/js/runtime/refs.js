// Loading state and refs (L1–L5), done to elements through the few DOM
// members they need: getAttribute (null when absent), setAttribute,
// removeAttribute, classList.add/remove, textContent, localName, type. The
// DOM layer passes real elements; the node tests pass plain objects with the
// same members (Tests/js/helpers.js, fakeElement), so the rules stay
// testable without a DOM. `disabled` and `readonly` are plain attributes here
// (setting the attribute sets the property).

export const REF_SRC = "data-phx-ref-src";
export const REF_LOADING = "data-phx-ref-loading";
export const REF_LOCK = "data-phx-ref-lock";
export const DISABLED = "data-phx-disabled";
export const READONLY = "data-phx-readonly";
export const DISABLE_WITH = "phx-disable-with";
export const DISABLE_WITH_RESTORE = "data-phx-disable-with-restore";
export const EVENT_CLASSES = ["phx-click-loading", "phx-change-loading", "phx-submit-loading", "phx-keydown-loading",
  "phx-keyup-loading", "phx-blur-loading", "phx-focus-loading", "phx-hook-loading"];

const attr = (el, a) => el.getAttribute(a);

// Disable `el` (or make it readonly: `a`), first noting in `memo` whether it
// already was; `keep`: an existing note stays (a second disable-with push).
function disable(el, a, memo, keep = false) {
  if (!(keep && attr(el, memo) !== null)) el.setAttribute(memo, String(attr(el, a) !== null));
  el.setAttribute(a, "");
}

// The ack's side of disable: `a` back as `memo` noted it, and the note gone.
function restore(el, a, memo) {
  const was = attr(el, memo);
  if (was === null) return;
  if (was === "true") el.setAttribute(a, ""); else el.removeAttribute(a);
  el.removeAttribute(memo);
}

// L3: a click on an element still waiting for its ack is ignored.
export const ignoresClick = (el) => attr(el, REF_SRC) !== null;

// L1 (+ L4): what pushing `eventType` from `el` does to it, synchronously,
// before the push leaves. `loadingClass: false` for elements that take the
// refs but not the class (L5: submit's controls other than the submitter).
export function putRef(el, { ref, eventType, viewId = "phx-root", lock = true, loading = true, loadingClass = true }) {
  el.setAttribute(REF_SRC, viewId);
  if (loading) el.setAttribute(REF_LOADING, String(ref));
  if (lock) el.setAttribute(REF_LOCK, String(ref));
  if (!loading || !loadingClass) return;
  el.classList.add(`phx-${eventType}-loading`);
  const text = attr(el, DISABLE_WITH);
  if (text !== null) { // L4
    if (attr(el, DISABLE_WITH_RESTORE) === null) el.setAttribute(DISABLE_WITH_RESTORE, el.textContent ?? "");
    if (text !== "") el.textContent = text;
    disable(el, "disabled", DISABLED, true);
  }
}

// L5: submitting `form` with its `controls` (and the submitter element, if
// any). Buttons disabled whatever their type; inputs and textareas readonly;
// file inputs also disabled; selects left alone; the form (and the
// submitter) get phx-submit-loading. Every touched element carries the refs.
export function submitRef(form, controls, { ref, viewId = "phx-root", submitter = null }) {
  putRef(form, { ref, eventType: "submit", viewId });
  for (const c of controls) {
    const tag = c.localName;
    if (tag === "button") disable(c, "disabled", DISABLED);
    else if (tag === "input" || tag === "textarea") {
      disable(c, "readonly", READONLY);
      if (tag === "input" && c.type === "file") disable(c, "disabled", DISABLED);
    } else continue; // select
    putRef(c, { ref, eventType: "submit", viewId, loadingClass: c === submitter });
  }
}

// L2: the ack of push `ackRef` undoes the loading state of `el` when its
// ref ≤ ackRef: classes, refs, disabled/readonly and disable-with text come
// back; the lock is released (held patches may then apply, L3).
export function undoRef(el, ackRef) {
  const num = (a) => (attr(el, a) === null ? null : parseInt(attr(el, a), 10));
  const loadingRef = num(REF_LOADING), lockRef = num(REF_LOCK);
  if (loadingRef !== null && loadingRef > ackRef && lockRef !== null && lockRef > ackRef) return;
  const unlocked = lockRef === null || lockRef <= ackRef; // the loading state may go
  if (lockRef !== null && lockRef <= ackRef) el.removeAttribute(REF_LOCK);
  if (loadingRef !== null && loadingRef <= ackRef) {
    if (unlocked) {
      el.removeAttribute(REF_LOADING);
      restore(el, "readonly", READONLY);
      restore(el, "disabled", DISABLED);
      const text = attr(el, DISABLE_WITH_RESTORE);
      if (text !== null) { el.textContent = text; el.removeAttribute(DISABLE_WITH_RESTORE); }
    }
    for (const c of EVENT_CLASSES) if (c !== "phx-submit-loading" || unlocked) el.classList.remove(c);
  }
  if ((loadingRef === null || loadingRef <= ackRef) && unlocked) el.removeAttribute(REF_SRC);
}
