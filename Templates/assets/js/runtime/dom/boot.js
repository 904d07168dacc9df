// The demo page's boot: read #rtux-demo-data, create the runtime, render
// into #rtux-root, wire events and hooks, apply the URL hash, expose
// window.rtux (issue 4), and build the panel when one is given. The demo's
// entry (docs/runtime.md, "Bundling") passes the op families, peers,
// streams, rate limiting, connect params and hooks its JSON uses.

import { createRuntime } from "../runtime.js";
import { morph } from "./morph.js";
import { createJS } from "./js.js";
import { createEvents, formValues } from "./events.js";
import { parseHash } from "./hash.js";
import { createPageLoading } from "../connection.js";

export function boot({ ops, peers, streams, rateLimit, connect, hooks: hookDefs = {}, panel = null, win = window } = {}) {
  const doc = win.document;
  const data = JSON.parse(doc.getElementById("rtux-demo-data").textContent);
  const demo = { ...data.demo, template: data.template || data.demo.template };
  const root = doc.getElementById("rtux-root");
  const html = doc.documentElement;
  const url = parseHash(win.location.hash);

  // L9: forms with an id and phx-change (not phx-auto-recover="ignore").
  const recover = () => [...root.querySelectorAll("form[id][phx-change]")]
    .filter((f) => f.getAttribute("phx-auto-recover") !== "ignore")
    .map((f) => [f.getAttribute("phx-auto-recover") || f.getAttribute("phx-change"), formValues(f)]);

  // url-state: the address bar's query is the demo's URL (file:// allows changing it:
  // the path stays); a refused change leaves the old URL, and the state is the server's.
  const location = {
    get: () => win.location.search,
    set(url, replace) {
      const i = url.indexOf("?");
      try { win.history[replace ? "replaceState" : "pushState"](null, "", win.location.pathname + (i < 0 ? "" : url.slice(i)) + win.location.hash); } catch { /* see above */ }
    },
  };
  win.addEventListener("popstate", () => rt.patch(win.location.search, true)); // Back / Forward
  const rt = createRuntime({ location, demo, ops, peers, streams, paused: !!url.paused, seed: url.seed ?? 1, net: url.net, recover, connect: connect?.(demo, win) });
  const clock = rt.clock;
  if (url.speed) clock.speed(url.speed);

  const events = createEvents({ root, rt, rateLimit });
  const js = createJS({ doc, clock, push: events.push });
  // L12: the hook host comes with the demo's hooks (dom/hooks.js); without
  // hooks the template has no phx-hook, and there is nothing to host.
  const host = Object.values(hookDefs)[0]?.__host;
  const hooks = host?.({ root, defs: hookDefs, clock, push: events.push, js: js.hookJS, on: rt.on });
  events.bind(js);
  const ctx = Object.assign({ doc }, hooks); // morph.js tells the hook host what it patches (L12)
  const patch = () => js.patch(() => { morph(root, rt.vtree, ctx); hooks?.scan(); });

  // L10: page-loading events on window for the initial join and after an error.
  const pageLoading = createPageLoading((edge, kind) => win.dispatchEvent(new CustomEvent(`phx:page-loading-${edge}`, { detail: { kind } })));

  rt.on("render", patch);
  rt.on("ack", events.ack);
  rt.on("reply", patch); // patches held by a ref lock (L3) apply once it is released
  let shown = ["phx-loading"]; // the container classes set last (the file starts loading, L6)
  rt.on("classes", (c) => {
    root.classList.remove(...shown);
    root.classList.add(...(shown = c));
    pageLoading(c);
  });
  rt.on("binding", (name) => { // L6: phx-connected / phx-disconnected JS
    for (const el of root.querySelectorAll(`[phx-${name}]`)) js.run(el.getAttribute(`phx-${name}`), el);
  });
  rt.on("hook", (name) => hooks?.signal(name));

  // A link to this very page is a page load (LiveView lets the browser follow it); the mock
  // server lives in the page, so it is a reset that keeps the server's store and assets.
  root.addEventListener("click", (e) => { if (e.target.closest('a[href=""]')) { e.preventDefault(); api.reset(true); } });
  const api = rt.api();
  const reset = api.reset;
  api.reset = (keepStore) => { hooks?.destroyAll(); root.textContent = ""; return reset(keepStore); };
  rt.on("reload", () => api.reset(true)); // L8: the reload after a push timeout is a page load; the server's data stays

  // Theme: the gallery posts {rtux: "theme", theme}; standalone, the system's.
  const setTheme = (t) => { if (t === "dark" || t === "light") html.dataset.theme = t; };
  if (win.parent === win && win.matchMedia && win.matchMedia("(prefers-color-scheme: dark)").matches) setTheme("dark");
  win.addEventListener("message", (e) => { if (e.data && e.data.rtux === "theme") setTheme(e.data.theme); });
  // In a gallery frame, tell the page our height so the frame grows with the panel instead of scrolling.
  if (win.parent !== win && win.ResizeObserver) {
    new win.ResizeObserver(() => win.parent.postMessage({ rtux: "height", height: Math.ceil(doc.documentElement.getBoundingClientRect().height) }, "*")).observe(doc.documentElement);
  }
  win.rtuxHub?.(rt, demo); // served by `rtux serve`: this tab is one user of the demo's hub (docs/hub.md)
  if (panel) panel({ doc, rt, api });
  win.rtux = api;
  rt.connect();
  return api;
}
