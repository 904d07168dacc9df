"""Hooks leave nothing behind (L12 `destroyed`): for each demo with a hook, the page's
active event listeners, observers and real timers are counted before any hook has
mounted and again right after `rtux.reset()` destroyed every hook, with the hook put
to work in between; the two counts must be equal.

The counting is installed before the page's own scripts (a CDP script for new
documents) by wrapping EventTarget's add/removeEventListener, the observers'
observe/disconnect and setTimeout/setInterval. Hooks' own timers run on the demo's
virtual clock, which reset() clears anyway; the real ones are counted here.
"""

import pytest

from demo_support import demo_url, run

_COUNTER = r"""
(() => {
  const live = new Set();
  const id = (t, type, fn, opts) => [t, type, fn, typeof opts === 'boolean' ? opts : !!(opts && opts.capture)];
  const key = new Map();
  const find = (a) => { for (const k of live) if (k[0] === a[0] && k[1] === a[1] && k[2] === a[2] && k[3] === a[3]) return k; return null; };
  const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    const k = id(this, type, fn, opts);
    if (fn && !find(k)) live.add(k);
    return add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    const k = find(id(this, type, fn, opts));
    if (k) live.delete(k);
    return remove.call(this, type, fn, opts);
  };
  let observing = 0;
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
    const O = window[name];
    if (!O) continue;
    const observe = O.prototype.observe, disconnect = O.prototype.disconnect;
    O.prototype.observe = function (...a) { if (!this.__on) { this.__on = true; observing++; } return observe.apply(this, a); };
    O.prototype.disconnect = function () { if (this.__on) { this.__on = false; observing--; } return disconnect.call(this); };
  }
  const timers = new Set();
  const st = window.setTimeout, ct = window.clearTimeout, si = window.setInterval, ci = window.clearInterval;
  window.setTimeout = (fn, ms, ...a) => { const t = st(() => { timers.delete(t); typeof fn === 'function' && fn(...a); }, ms); timers.add(t); return t; };
  window.clearTimeout = (t) => { timers.delete(t); ct(t); };
  window.setInterval = (fn, ms, ...a) => { const t = si(fn, ms, ...a); timers.add(t); return t; };
  window.clearInterval = (t) => { timers.delete(t); ci(t); };
  window.__rtuxActive = () => ({listeners: live.size, observers: observing, timers: timers.size});
})();
"""

_MOVES = ("const b = $('#board'), r = b.getBoundingClientRect();"
          " for (let i = 0; i < 12; i++) { b.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: r.left + 10 * i, clientY: r.top + 20}));"
          " await advance(16); }")

# What each hook is made to do before it is destroyed.
_EXERCISE = {
    "skeletons": "$('#load').click(); await advance(250);",                    # AntiFlash: skeleton shown, load pending
    "disconnect-banner": "rtux.net.disconnect(); await advance(2500);",          # ConnectionBanner: banner shown
    "offline-queue": "rtux.net.disconnect(); await advance(600); $('#scan-a').click(); rtux.net.reconnect(); await advance(20);",
    "connection-states": "rtux.net.disconnect(); await advance(400); rtux.net.reconnect(); await advance(600);",
    "url-state": "$('#orders').scrollTop = 40; await new Promise((r) => setTimeout(r, 50)); $('#tab-shipped').click(); await advance(200);",
    "skeleton-flash": "$('#load').click(); await advance(220);",
    "infinite-scroll": "const f = $('#feed'); f.scrollTop = f.scrollHeight; await new Promise((r) => setTimeout(r, 80)); await advance(400);",
    # LiveView's own viewport hook (no phx-hook attribute): a scroll listener and a throttle timer.
    "feed-window": "const f = $('#feed'); f.scrollTop = f.scrollHeight; await new Promise((r) => setTimeout(r, 80)); f.scrollTop = 0; await new Promise((r) => setTimeout(r, 80)); await advance(100);",
    "optimistic-stream": "$('#body').value = 'hi'; $('#send').click(); await advance(700);",
    "stale-while-revalidate": "await advance(1600); $('#refresh').click(); await advance(1600);",  # CacheSnapshot: saved twice
    "unsaved-changes": "$('#note').value = 'x'; $('#note').dispatchEvent(new Event('input', {bubbles: true})); await advance(600);",
    "extended-disconnect": "$('#note').value = 'x'; $('#note').dispatchEvent(new Event('input', {bubbles: true})); rtux.net.disconnect(); await advance(16000);",
    # CursorThrottle: a mousemove listener, and (live-cursors) a throttle timer still waiting to send.
    "live-cursors": _MOVES,
    "mousemove-presence": _MOVES,
    # ToastTimer: two toasts with their listeners, one counting down, one held under the pointer.
    # PresenceHeartbeat: its interval, which has pinged once.
    "avatar-stack": "rtux.peers.act('Ann', 'join'); await advance(11000);",
    # PresenceHeartbeat's interval, and FieldFocus's focusin/focusout pair with a throttled
    # push still waiting (the second focus within 500 ms of the first push).
    "active-field": "$('#input-title').focus(); await advance(10); $('#input-owner').focus(); await advance(100);",
    "toasts": "rtux.peers.act('Ann', 'comment'); rtux.peers.act('Bo', 'comment'); await advance(600);"
              " $('#toasts > *').dispatchEvent(new MouseEvent('mouseenter')); await advance(1000);",
    # ActivityTracker: six capturing input listeners on window, visibilitychange on document;
    # idle, then active again with its idle timer pending.
    "idle-detection": "await advance(10500); document.body.dispatchEvent(new KeyboardEvent('keydown', {bubbles: true}));"
                      " await advance(600); window.dispatchEvent(new Event('scroll'));",
}


@pytest.fixture
def counted(browser):
    added = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _COUNTER})
    yield browser
    browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]})


@pytest.mark.parametrize("demo_id", sorted(_EXERCISE))
def test_a_destroyed_hook_leaves_no_listener_observer_or_timer(counted, demo_id):
    counted.get("about:blank")
    counted.get(demo_url(demo_id, paused=1))
    got = run(counted, """
        if (!window.__rtuxActive) throw new Error('the counter was not installed');
        const hooked = () => $$('[phx-hook],[phx-viewport-top],[phx-viewport-bottom]').length;
        const before = {...__rtuxActive(), hooks: hooked()};  // not joined yet: no hook mounted
        const n = rtux.net.get();
        await advance(n.latency + n.jitter);
        await rtux.ready;
        const mounted = hooked();
        const during = __rtuxActive();
    """ + _EXERCISE[demo_id] + """
        const exercised = hooked();           // some hooks (a toast's) only mount with what the exercise brings
        rtux.reset();                         // destroys every hook now; the rejoin waits for the clock
        return {before, mounted, exercised, during, after: __rtuxActive()};
    """)
    assert got["before"]["hooks"] == 0 and max(got["mounted"], got["exercised"]) >= 1
    before = {k: got["before"][k] for k in ("listeners", "observers", "timers")}
    assert got["after"] == before, f"{demo_id}: before mount {before}, while mounted {got['during']}, after destroy {got['after']}"


def test_infinite_scroll_disconnects_its_observer_when_the_list_is_removed(counted):
    counted.get("about:blank")
    counted.get(demo_url("infinite-scroll", paused=1))
    got = run(counted, """
        const before = __rtuxActive().observers;
        await advance(400); await rtux.ready;
        const mounted = __rtuxActive().observers;
        byName('Hide feed').click(); await advance(400);
        const hidden = {observers: __rtuxActive().observers, sentinel: !!$('#sentinel')};
        byName('Show feed').click(); await advance(400);
        return {before, mounted, hidden, shown: __rtuxActive().observers};
    """)
    assert got["mounted"] == got["before"] + 1, "the sentinel's IntersectionObserver"
    assert got["hidden"] == {"observers": got["before"], "sentinel": False}
    assert got["shown"] == got["before"] + 1
