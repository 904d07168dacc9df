"""L8 connection timing in Chromium: a push timeout reloads the page.

Opened from file:// on a paused virtual clock (see test_demos.py); time moves
only through rtux.clock.advance(ms), so every time below is exact. The rng is
the page's (seed 1), so the jittered wait before the reload is too.
"""

from demo_support import open_demo, pretty, run


def test_a_click_whose_reply_is_lost_disconnects_at_30_s_and_reloads_the_page_after_the_jitter(page):
    open_demo(page, "loading-classes", latency=100)  # joined at 100
    got = run(page, """
        const root = $('#rtux-root');
        rtux.net.set({drop: 1});
        $('#like').click();  // handled at 150, the reply lost
        await advance(50);
        const handled = rtux.server.state().likes;
        await advance(30000 - 50 - 1);
        const before = root.className;
        await advance(1);  // 30100: the push timed out
        const down = {cls: root.className, entry: rtux.log().at(-1)};
        rtux.net.set({drop: 0});  // the network heals while the page waits
        await advance(down.entry.after - 1);
        const waiting = {cls: root.className, attempts: rtux.log().filter((e) => e.kind === 'attempt').length,
                         like: text('#like'), loading: $('#like').classList.contains('phx-click-loading')};
        await advance(1);  // the reload is due now; it runs once this advance is over
        await advance(0);
        const reloaded = {now: rtux.clock.now(), cls: root.className, empty: root.children.length === 0,
                          log: rtux.log().map((e) => e.kind)};
        await advance(100);
        await rtux.ready;
        return {handled, before, down, waiting, reloaded,
                after: {cls: root.className, like: text('#like'), state: rtux.server.state(),
                        pushes: rtux.log().filter((e) => e.kind === 'push').length},
                panel: $$('#rtux-log li').map((li) => text(li)).filter((l) => l.includes('reload'))};
    """)
    assert got["handled"] == 1  # the server did handle the click
    assert got["before"] == "phx-connected"
    # L8: no reply in 30 s: the page disconnects (classes as for a client error, L6)
    assert got["down"]["cls"] == "phx-loading phx-error phx-client-error", pretty(got)
    # seed 1's third draw (the click's and the 30 s heartbeat's losses came first), within 5000-10000 ms
    assert got["down"]["entry"] == {"t": 30100, "kind": "reload", "after": 7637, "tries": 1}, pretty(got)
    # no reconnect attempts while waiting; the click never got its reply, so it is still loading (L1)
    assert got["waiting"] == {"cls": "phx-loading phx-error phx-client-error", "attempts": 0, "like": "Like (0)", "loading": True}
    # the reload is a page load: reset() through the DOM layer (root emptied), time 0, log cleared, joining
    assert got["reloaded"] == {"now": 0, "cls": "phx-loading", "empty": True, "log": ["status"]}, pretty(got)
    assert got["after"] == {"cls": "phx-connected", "like": "Like (0)", "state": {"likes": 0, "name": "", "saved": 0}, "pushes": 0}
    assert got["panel"] and got["panel"][-1].endswith("page reload in 7637 ms (1 in a row)"), pretty(got["panel"])
