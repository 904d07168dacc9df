"""idle-detection (PATTERNS.md section 2, issue 9), on the paused virtual clock from file://.
The ActivityTracker hook pushes `activity` {status: "idle"} after the threshold without
mouse, key, wheel, scroll or touch input on the window (10 s here, 5 to 60 s with the
demo's buttons), {status: "active"} at the next input, and {status: "active"} again at
most once per 5 s while input goes on. A hidden tab (document.hidden at
visibilitychange) is idle at once and its input does not count; showing it again is not
input. The server keeps the status (#status, role=status, data-status) and counts the
reports it heard. Stop tracking takes the hooked element away; nothing of the hook stays."""

from demo_support import open_demo, run, severe_console

# `trip`: one round trip and its jitter, enough for a push and its patch to land.
_IDLE = """
    const trip = arguments[0];
    const pushes = () => rtux.log().filter((e) => e.kind === 'push' && e.event === 'activity');
    const status = () => ({text: text('#status-text'), data: $('#status').dataset.status, state: rtux.server.state().status});
    const input = (type = 'mousemove') => {
      const e = type === 'keydown' ? new KeyboardEvent('keydown', {bubbles: true, key: 'a'})
        : type === 'mousemove' || type === 'mousedown' ? new MouseEvent(type, {bubbles: true, clientX: 40, clientY: 40})
        : new Event(type, {bubbles: true});
      (type === 'scroll' ? document : document.body).dispatchEvent(e);
    };
    // A hidden tab, as the browser reports one: document.hidden, then visibilitychange.
    const setHidden = (hidden) => {
      Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
      Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => hidden ? 'hidden' : 'visible'});
      document.dispatchEvent(new Event('visibilitychange'));
    };
"""


def _trip(net):
    return net["latency"] + net["jitter"]


def test_no_input_for_the_threshold_makes_you_idle(page):
    net = open_demo(page, "idle-detection")
    got = run(page, _IDLE + """
        const start = {...status(), role: $('#status').getAttribute('role')};
        input();                                   // the 10 s count from here
        await advance(9990);
        const before = {...status(), pushes: pushes().length};
        await advance(10 + trip);
        const sent = pushes().map((e) => e.payload);
        return {start, before, after: status(), sent, reports: text('#reports'), state: rtux.server.state()};
    """, _trip(net))
    assert got["start"] == {"text": "You are active", "data": "active", "state": "active", "role": "status"}
    assert got["before"] == {"text": "You are active", "data": "active", "state": "active", "pushes": 0}
    assert got["after"] == {"text": "You are idle", "data": "idle", "state": "idle"}
    assert got["sent"] == [{"status": "idle"}]
    assert got["reports"] == "The server has heard 1 report."
    assert got["state"] == {"status": "idle", "reports": 1, "tracking": True, "idle_after": "10000"}


def test_any_input_makes_you_active_again(page):
    net = open_demo(page, "idle-detection")
    got = run(page, _IDLE + """
        const seen = [];
        for (const type of ['mousemove', 'keydown', 'scroll', 'touchstart', 'wheel', 'mousedown']) {
          await advance(10000 + trip);             // idle (the count restarts from each input)
          const idle = status().data;
          input(type);
          await advance(trip);
          seen.push([type, idle, status().data, status().text]);
        }
        return {seen, sent: pushes().map((e) => e.payload.status)};
    """, _trip(net))
    for type, idle, active, text in got["seen"]:
        assert (idle, active, text) == ("idle", "active", "You are active"), type
    assert got["sent"] == ["idle", "active"] * 6


def test_a_burst_of_a_hundred_inputs_is_at_most_one_push_per_five_seconds(page):
    net = open_demo(page, "idle-detection", latency=50)
    got = run(page, _IDLE + """
        await advance(6000);                       // 6 s after mount: a refresh is due, the user not idle yet
        const before = pushes().length;
        for (let i = 0; i < 100; i++) { input(['mousemove', 'keydown', 'scroll', 'wheel'][i % 4]); await advance(10); }
        await advance(trip);
        const burst = pushes().slice(before).map((e) => [e.t, e.payload.status]);
        // Input every 100 ms for 12 s: never idle, a refresh every 5 s.
        const mark = pushes().length;
        for (let i = 0; i < 120; i++) { input(); await advance(100); }
        const steady = pushes().slice(mark).map((e) => e.t);
        return {burst, steady, state: rtux.server.state(), data: status().data};
    """, _trip(net))
    assert len(got["burst"]) == 1 and got["burst"][0][1] == "active", got["burst"]
    steady = got["steady"]
    assert 2 <= len(steady) <= 3, steady
    assert all(b - a >= 5000 for a, b in zip([got["burst"][0][0]] + steady, steady)), "never two within 5 s"
    assert got["state"]["reports"] == 1 + len(steady) and got["state"]["status"] == "active"
    assert got["data"] == "active"


def test_a_hidden_tab_is_idle_at_once_and_showing_it_is_not_input(page):
    net = open_demo(page, "idle-detection")
    got = run(page, _IDLE + """
        await advance(2000);
        setHidden(true);
        await advance(trip);
        const hidden = {...status(), sent: pushes().map((e) => e.payload.status)};
        input(); input('keydown');                 // a hidden tab gets none, and none would count
        await advance(20000);
        const still = {...status(), pushes: pushes().length};
        setHidden(false);
        await advance(trip);
        const shown = {...status(), pushes: pushes().length};
        input('keydown');
        await advance(trip);
        const typed = {...status(), sent: pushes().map((e) => e.payload.status)};
        delete document.hidden; delete document.visibilityState;
        return {hidden, still, shown, typed};
    """, _trip(net))
    assert got["hidden"] == {"text": "You are idle", "data": "idle", "state": "idle", "sent": ["idle"]}, "at once, not after 10 s"
    assert got["still"] == {"text": "You are idle", "data": "idle", "state": "idle", "pushes": 1}
    assert got["shown"] == {"text": "You are idle", "data": "idle", "state": "idle", "pushes": 1}
    assert got["typed"] == {"text": "You are active", "data": "active", "state": "active", "sent": ["idle", "active"]}


def test_the_threshold_control_sets_how_long_until_idle(page):
    net = open_demo(page, "idle-detection")
    got = run(page, _IDLE + """
        const ms = ['5000', '10000', '30000', '60000'];
        const pressed = () => ms.filter((m) => $('#idle-after-' + m).getAttribute('aria-pressed') === 'true');
        const start = pressed();
        $('#idle-after-30000').click(); await advance(trip);
        const now = {pressed: pressed(), data: $('#activity').dataset.idleAfter, state: rtux.server.state().idle_after};
        input();
        await advance(29990);
        const before = status().data;
        await advance(10 + trip);
        const after = status().data;
        input(); await advance(trip);
        // Shortened while quiet for longer than the new threshold: idle at once.
        await advance(7000);
        $('#idle-after-5000').click(); await advance(trip + trip);
        const shortened = status().data;
        return {start, now, before, after, shortened,
                names: ms.map((m) => $('#idle-after-' + m).getAttribute('aria-label')),
                group: [$('#idle-after').getAttribute('role'), $('#idle-after').getAttribute('aria-label')]};
    """, _trip(net))
    assert got["start"] == ["10000"]
    assert got["now"] == {"pressed": ["30000"], "data": "30000", "state": "30000"}
    assert (got["before"], got["after"]) == ("active", "idle")
    assert got["shortened"] == "idle"
    assert got["names"] == ["Mark idle after 5 s", "Mark idle after 10 s", "Mark idle after 30 s", "Mark idle after 60 s"]
    assert got["group"] == ["group", "Idle after"]


# Listeners on window and document, counted by wrapping add/removeEventListener (a capturing
# listener is a different one from a bubbling one with the same function, as in the DOM).
_COUNT = """
    const live = [];
    const same = (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
    const cap = (o) => typeof o === 'boolean' ? o : !!(o && o.capture);
    for (const t of [window, document]) {
      const add = t.addEventListener, remove = t.removeEventListener;
      t.addEventListener = function (type, fn, o) { const k = [t, type, fn, cap(o)]; if (!live.some((x) => same(x, k))) live.push(k); return add.call(this, type, fn, o); };
      t.removeEventListener = function (type, fn, o) { const k = [t, type, fn, cap(o)]; const i = live.findIndex((x) => same(x, k)); if (i >= 0) live.splice(i, 1); return remove.call(this, type, fn, o); };
    }
    const count = () => live.length;
"""


def test_stop_tracking_leaves_no_listener_or_timer_and_start_tracking_brings_the_hook_back(page):
    net = open_demo(page, "idle-detection")
    got = run(page, _IDLE + _COUNT + """
        const toggle = () => $('#toggle-tracking');
        // Counting starts now, with the hook mounted: a stop, then three start/stop cycles.
        toggle().click(); await advance(trip);
        const stopped = {count: count(), label: text(toggle()), hooked: !!$('#activity'), off: text('#tracking-off')};
        const cycles = [];
        for (let i = 0; i < 3; i++) {
          toggle().click(); await advance(trip);
          const on = {count: count(), label: text(toggle()), hooked: !!$('#activity')};
          toggle().click(); await advance(trip);
          cycles.push({on, off: count()});
        }
        // Nothing of the hook is left to hear input or to fire: no pushes, however long.
        const mark = pushes().length;
        input(); input('keydown'); setHidden(true); setHidden(false);
        await advance(120000);
        const after = {pushes: pushes().length - mark, state: rtux.server.state()};
        toggle().click(); await advance(trip);
        input();
        await advance(10000 + trip);
        delete document.hidden; delete document.visibilityState;
        return {stopped, cycles, after, back: {...status(), label: text(toggle())}};
    """, _trip(net))
    assert got["stopped"] == {"count": 0, "label": "Start tracking", "hooked": False,
                              "off": "Not tracking: nothing reports your activity, so the server keeps the last status it heard."}
    for c in got["cycles"]:
        assert c["on"] == {"count": 7, "label": "Stop tracking", "hooked": True}, "six inputs on window, visibilitychange on document"
        assert c["off"] == 0, "every listener removed"
    assert got["after"]["pushes"] == 0, "no listener heard the input and no timer fired"
    assert got["after"]["state"]["tracking"] is False and got["after"]["state"]["status"] == "active"
    assert got["back"] == {"text": "You are idle", "data": "idle", "state": "idle", "label": "Stop tracking"}


def test_the_demo_logs_no_console_errors(page):
    net = open_demo(page, "idle-detection")
    run(page, _IDLE + """
        input(); await advance(10000 + trip); input('keydown'); await advance(trip);
        $('#toggle-tracking').click(); await advance(trip); $('#toggle-tracking').click(); await advance(trip);
        $('#idle-after-5000').click(); await advance(5000 + trip);
    """, _trip(net))
    assert severe_console(page) == []
