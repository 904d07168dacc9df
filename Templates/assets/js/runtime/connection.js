// L6 container classes and the phx-connected / phx-disconnected bindings,
// and the banner/dialog timing of the disconnect-banner demo.

export const DISCONNECTED_GRACE_MS = 500; // L6: LiveView's disconnectedTimeout

// L6: the root's classes for a connection state.
//   joining → phx-loading; joined → phx-connected;
//   client-error → phx-loading phx-error phx-client-error (socket/transport);
//   server-error → phx-loading phx-error phx-server-error (the process crashed).
export function containerClasses(state) {
  if (state === "joined") return ["phx-connected"];
  return state.endsWith("-error") ? ["phx-loading", "phx-error", `phx-${state}`] : ["phx-loading"];
}

// Tracks the container state on the clock. onClasses(classes) on every
// change (at once, L6); onBinding("disconnected") 500 ms after an error if
// still down; onBinding("connected") on every join (as LiveView's hideLoader).
// onHook("disconnected"|"reconnected") for hooks (L12).
export function createConnectionState({ clock, onClasses = () => {}, onBinding = () => {}, onHook = () => {} }) {
  let state = "joining";
  let timer = null;
  let joins = 0;
  return {
    get classes() { return containerClasses(state); },
    joined() {
      if (timer !== null) { clock.clearTimeout(timer); timer = null; }
      state = "joined"; joins++;
      onClasses(containerClasses(state));
      onBinding("connected");
      if (joins > 1) onHook("reconnected");
    },
    error(kind = "client") {
      state = kind === "server" ? "server-error" : "client-error";
      onClasses(containerClasses(state));
      onHook("disconnected");
      if (timer !== null) clock.clearTimeout(timer);
      timer = clock.setTimeout(() => { timer = null; onBinding("disconnected"); }, DISCONNECTED_GRACE_MS);
    },
    joining() { state = "joining"; onClasses(containerClasses(state)); },
  };
}

// L10: phx:page-loading-start / -stop, from the container classes (L6).
// Start with kind "initial" now (the page is loading), stop once joined;
// after a drop start again with kind "error", stop on the rejoin.
// dispatch(edge, kind), edge "start" | "stop"; returns onClasses(classes).
export function createPageLoading(dispatch) {
  let kind = "initial"; // the loading under way, or null
  dispatch("start", kind);
  return (classes) => {
    if (classes.includes("phx-connected") && kind) { dispatch("stop", kind); kind = null; }
    else if (classes.includes("phx-error") && !kind) dispatch("start", (kind = "error"));
  };
}

// disconnect-banner: from the connection's events [{t, type: "down"|"up"}]
// (down: the transport closed; up: joined again), what shows at time t.
// The banner after `bannerAfter` ms down (short blips show nothing), the
// dialog after `dialogAfter` ms; both gone once up.
export function bannerAt(events, t, { bannerAfter = 2000, dialogAfter = 15000 } = {}) {
  let downSince = null;
  for (const e of events) {
    if (e.t > t) break;
    if (e.type === "down" && downSince === null) downSince = e.t;
    else if (e.type === "up") downSince = null;
  }
  const down = downSince === null ? 0 : t - downSince;
  return { down: downSince !== null, banner: downSince !== null && down >= bannerAfter, dialog: downSince !== null && down >= dialogAfter };
}

// The same rule on the clock, for the DOM layer: onChange({banner, dialog}).
// dialogAfter: null for an element that only has the first stage (the kit's
// ConnectionBanner hook runs one timer per element, its delay as bannerAfter).
export function createBannerTimer({ clock, bannerAfter = 2000, dialogAfter = 15000, onChange = () => {} }) {
  let timers = [];
  let shown = { banner: false, dialog: false };
  const set = (s) => { if (s.banner !== shown.banner || s.dialog !== shown.dialog) { shown = s; onChange({ ...s }); } };
  const clear = () => { timers.forEach((id) => clock.clearTimeout(id)); timers = []; };
  return {
    get shown() { return { ...shown }; },
    down() {
      if (timers.length || shown.banner) return; // already counting from the first drop
      timers.push(clock.setTimeout(() => set({ banner: true, dialog: shown.dialog }), bannerAfter));
      if (dialogAfter !== null) timers.push(clock.setTimeout(() => set({ banner: true, dialog: true }), dialogAfter));
    },
    up() { clear(); set({ banner: false, dialog: false }); },
  };
}
