"""The loading demos of issue 13 built on assign_async (async-result), in Chromium from
file://, on the paused virtual clock. The join takes the demo's 100 ms round trip: mount
runs on the server at 50 ms, so its task (1.5 s of server work) reports at 1550 ms and the
client has the result at 1600 ms."""

from demo_support import open_demo, run

_REPORT = """
    const card = () => ({skeleton: shown('#report-skeleton'), failed: text('#report-failed p'), stale: text('#report-stale'),
                         request: text('#report-request'), updating: text('#updating'), busy: $('#report').getAttribute('aria-busy'),
                         revenue: text('#report-body div:nth-child(1) dd'), retry: !!byName('Retry loading'), reload: !!byName('Reload report'), cancel: !!byName('Cancel loading')});
"""


def test_a_skeleton_until_the_task_is_in_then_the_report_and_never_a_blank_area(page):
    open_demo(page, "async-result")
    got = run(page, _REPORT + """
        const first = card();
        const blank = [];
        for (let t = 0; t < 1500; t += 100) {  // every 100 ms, something stands in the card
          await advance(100);
          const c = card();
          if (!c.skeleton && !c.failed && !c.request) blank.push(rtux.clock.now());
        }
        return {first, blank, now: rtux.clock.now(), done: card(), state: rtux.server.state()};
    """)
    assert got["first"]["skeleton"] and got["first"]["busy"] == "true" and got["first"]["request"] is None
    assert got["blank"] == []
    assert got["now"] == 1600
    assert got["done"] == {"skeleton": False, "failed": None, "stale": None, "request": "From load 1", "updating": "",
                           "busy": None, "revenue": "$1.24M", "retry": False, "reload": True, "cancel": False}
    assert got["state"] == {"loads": 1, "cancelled": False, "loading": False, "ok": True, "failed": False, "request": 1}


def test_the_result_arrives_after_the_server_work_the_panel_sets(page):
    open_demo(page, "async-result", work=300)
    got = run(page, _REPORT + """
        await advance(299); const before = card();   // 399 ms: the task (50 to 350 ms) has not reached the client
        await advance(1); return {before, after: card()};
    """)
    assert got["before"]["skeleton"] and got["after"]["request"] == "From load 1"


def test_a_failed_load_says_so_with_retry_and_retry_loads_again(page):
    open_demo(page, "async-result", failOn="report", failureRate=1)
    got = run(page, _REPORT + """
        await advance(1500);
        const failed = {...card(), role: $('#report-failed').getAttribute('role')};
        rtux.net.set({failureRate: 0});
        byName('Retry loading').click();
        await advance(100); const loading = card();  // the round trip: the skeleton again
        await advance(1500);
        return {failed, loading, ok: card(), state: rtux.server.state()};
    """)
    assert got["failed"]["failed"] == "The report could not be loaded." and got["failed"]["role"] == "alert"
    assert got["failed"]["retry"] and not got["failed"]["reload"] and not got["failed"]["skeleton"]
    assert got["loading"]["skeleton"] and got["loading"]["failed"] is None
    assert got["ok"]["request"] == "From load 2" and got["ok"]["failed"] is None
    assert got["state"] == {"loads": 2, "cancelled": False, "loading": False, "ok": True, "failed": False, "request": 2}


def test_a_reload_keeps_the_report_a_second_load_wins_and_a_failed_reload_keeps_the_old_report(page):
    open_demo(page, "async-result")
    got = run(page, _REPORT + """
        await advance(1500);
        byName('Reload report').click();
        await advance(500);
        const updating = card();
        byName('Reload report').click();            // load 3 while load 2 still runs
        await advance(1100);                        // load 2's time has come and gone
        const afterSecond = card();
        await advance(1000);
        const won = card();
        rtux.net.set({failOn: ['report'], failureRate: 1});
        byName('Reload report').click();
        await advance(1600);
        return {updating, afterSecond, won, stale: card(), state: rtux.server.state()};
    """)
    assert got["updating"]["request"] == "From load 1" and got["updating"]["updating"] == "Updating..."
    assert not got["updating"]["skeleton"] and got["updating"]["busy"] == "true"
    assert got["afterSecond"]["request"] == "From load 1" and got["afterSecond"]["updating"] == "Updating...", \
        "load 2's result is ignored: load 3 replaced it"
    assert got["won"]["request"] == "From load 3" and got["won"]["updating"] == ""
    assert got["stale"]["stale"] == "The reload failed: this is the report from before."
    assert got["stale"]["request"] == "From load 3" and got["stale"]["updating"] == ""
    assert got["state"] == {"loads": 4, "cancelled": False, "loading": False, "ok": True, "failed": True, "request": 3}


def test_cancel_ends_a_running_load_and_its_result_never_shows(page):
    open_demo(page, "async-result")
    got = run(page, _REPORT + """
        await advance(500);
        const running = card();
        byName('Cancel loading').click();
        await advance(100);
        const cancelled = card();
        await advance(2000);
        return {running, cancelled, later: card(), state: rtux.server.state()};
    """)
    assert got["running"]["cancel"] and got["running"]["skeleton"]
    assert got["cancelled"]["failed"] == "Loading cancelled." and got["cancelled"]["retry"] and not got["cancelled"]["cancel"]
    assert got["later"]["request"] is None, "the cancelled task's result never arrives"
    assert got["state"] == {"loads": 1, "cancelled": True, "loading": False, "ok": False, "failed": True, "request": None}


# ---------------------------------------------------------------- stale-while-revalidate

_KEY = "rtux:stale-while-revalidate:tickets"
_TICKETS = """
    const key = args[0];
    const view = () => ({skeleton: shown('#tickets-skeleton'), source: $('#tickets-body') && $('#tickets-body').dataset.source,
                         open: text('#tickets-body div:nth-child(1) dd'), updating: text('#updating'), stale: text('#stale'),
                         failed: text('#tickets-failed p')});
    const visit = async () => { const ready = rtux.reset(); await advance(100); await ready; };  // a page load: the join at 100 ms
"""


def _first_visit(page, **settings):
    """The demo with nothing saved: file:// pages share one localStorage."""
    open_demo(page, "stale-while-revalidate", **settings)
    run(page, "localStorage.clear(); const ready = rtux.reset(); await advance(100); await ready;")


def test_a_first_visit_shows_the_skeleton_then_saves_the_fresh_data(page):
    _first_visit(page)
    got = run(page, _TICKETS + """
        const first = view();
        await advance(1500);
        return {first, fresh: view(), saved: JSON.parse(localStorage.getItem(key)), state: rtux.server.state()};
    """, _KEY)
    assert got["first"]["skeleton"] and got["first"]["source"] is None and got["first"]["updating"] == ""
    assert got["fresh"]["source"] == "server" and got["fresh"]["open"] == "12" and not got["fresh"]["skeleton"]
    assert got["saved"] == {"open": "12", "waiting": "5", "oldest": "3 days"}
    assert got["state"] == {"cached": False, "loading": False, "ok": True, "failed": False}


def test_the_saved_copy_is_shown_at_the_join_before_the_fresh_data_without_a_skeleton(page):
    _first_visit(page)
    got = run(page, _TICKETS + """
        localStorage.setItem(key, JSON.stringify({open: '9', waiting: '2', oldest: '1 day'}));  // saved on an older visit
        await visit();
        const atJoin = view();
        const seen = [];
        for (let t = 0; t < 1500; t += 100) { await advance(100); seen.push(view().skeleton); }
        return {atJoin, seen, fresh: view(), saved: JSON.parse(localStorage.getItem(key)), state: rtux.server.state()};
    """, _KEY)
    assert got["atJoin"] == {"skeleton": False, "source": "cache", "open": "9", "updating": "Updating...", "stale": None, "failed": None}
    assert got["seen"] == [False] * 15, "no skeleton while something is saved"
    assert got["fresh"]["source"] == "server" and got["fresh"]["open"] == "12" and got["fresh"]["updating"] == ""
    assert got["saved"]["open"] == "12"
    assert got["state"] == {"cached": True, "loading": False, "ok": True, "failed": False}


def test_clear_saved_copy_removes_it_and_shows_the_skeleton_until_the_fresh_data(page):
    _first_visit(page)
    got = run(page, _TICKETS + """
        await advance(1500);
        byName('Clear saved copy').click();
        await advance(100);
        const cleared = {...view(), saved: localStorage.getItem(key)};
        await advance(1500);
        return {cleared, fresh: view()};
    """, _KEY)
    assert got["cleared"]["skeleton"] and got["cleared"]["source"] is None
    assert got["cleared"]["saved"] is None, "the hook removed the copy on the server's push_event"
    assert got["fresh"]["source"] == "server"


def test_a_failed_refresh_keeps_the_saved_copy_and_says_it_may_be_out_of_date(page):
    _first_visit(page, failOn="tickets", failureRate=1)
    got = run(page, _TICKETS + """
        await advance(1500);
        const nothing = view();
        localStorage.setItem(key, JSON.stringify({open: '9', waiting: '2', oldest: '1 day'}));
        await visit();
        await advance(1500);
        return {nothing, stale: {...view(), role: $('#stale').getAttribute('role')}, state: rtux.server.state()};
    """, _KEY)
    assert got["nothing"]["failed"] == "The tickets could not be loaded." and got["nothing"]["source"] is None
    assert got["stale"] == {"skeleton": False, "source": "cache", "open": "9", "updating": "", "role": "alert",
                            "stale": "Could not refresh: this may be out of date.", "failed": None}
    assert got["state"] == {"cached": True, "loading": False, "ok": False, "failed": True}


# ---------------------------------------------------------------- progress

_JOB = """
    const bar = () => { const b = $('#export-bar [role=progressbar]'); return b && shown(b) ? Number(b.getAttribute('aria-valuenow')) : null; };
    const status = () => text('#job-status');
"""


def test_the_bar_follows_the_progress_messages_and_is_hidden_before_and_after(page):
    open_demo(page, "progress")
    got = run(page, _JOB + """
        const before = {bar: bar(), status: status(), start: !!byName('Start export')};
        byName('Start export').click();
        await advance(100);
        const values = [bar()];
        for (let i = 0; i < 10; i++) { await advance(500); values.push(bar()); }
        return {before, values, status: status(), role: $('#job-status').getAttribute('role'),
                start: !!byName('Start export'), cancel: !!byName('Cancel export'), state: rtux.server.state()};
    """)
    assert got["before"] == {"bar": None, "status": "", "start": True}
    assert got["values"] == [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, None], "one message every 500 ms; no bar at 100"
    assert got["status"] == "Export finished: 10 of 10 files." and got["role"] == "status"
    assert got["start"] and not got["cancel"]
    assert got["state"] == {"progress": 100, "status": "done"}


def test_cancel_stops_the_job_where_it_is(page):
    open_demo(page, "progress")
    got = run(page, _JOB + """
        byName('Start export').click();
        await advance(1600);                 // 0 at 100 ms, then 10, 20, 30
        const at = bar();
        byName('Cancel export').click();
        await advance(100);
        const cancelled = {bar: bar(), status: status()};
        await advance(3000);
        return {at, cancelled, later: rtux.server.state()};
    """)
    assert got["at"] == 30
    assert got["cancelled"] == {"bar": None, "status": "Export cancelled at 30%."}
    assert got["later"] == {"progress": 30, "status": "cancelled"}, "no message after Cancel"


def test_a_disconnect_keeps_the_last_progress_and_the_rejoin_carries_on(page):
    open_demo(page, "progress")
    got = run(page, _JOB + """
        byName('Start export').click();
        await advance(2100);                 // 40
        rtux.net.disconnect();
        await advance(3000);
        const offline = {bar: bar(), note: shown('#job-offline'), state: rtux.server.state()};
        rtux.net.reconnect();
        let rejoined = null;
        for (let t = 0; t < 12000 && !rejoined; t += 100) { await advance(100); if (rtux.net.get && $('#rtux-root').classList.contains('phx-connected')) rejoined = bar(); }
        await advance(600);
        const next = bar();
        await advance(5000);
        return {offline, rejoined, next, note: shown('#job-offline'), end: rtux.server.state()};
    """)
    assert got["offline"] == {"bar": 40, "note": True, "state": {"progress": 40, "status": "running"}}, \
        "the page keeps the last value it heard; the job waits in the store"
    assert got["rejoined"] == 40 and got["next"] == 50
    assert not got["note"]
    assert got["end"] == {"progress": 100, "status": "done"}


# ---------------------------------------------------------------- infinite-scroll

_FEED = """
    const feed = $('#feed');
    // How far the sentinel's top is below the feed's visible bottom, in px.
    const gap = () => $('#sentinel').getBoundingClientRect().top - feed.getBoundingClientRect().bottom;
    // Scroll so that the sentinel is `px` below the visible bottom, and let the observer see it.
    const to = async (px) => { feed.scrollTop += gap() - px; await frames(); };
    const pushes = () => rtux.log().filter((e) => e.kind === 'push' && e.event === 'load_more').length;
    const rows = () => $$('#posts li').length;
"""


def test_the_next_page_is_asked_for_within_200_px_and_never_twice_at_once(page):
    open_demo(page, "infinite-scroll")
    got = run(page, _FEED + """
        await frames();
        const atMount = {rows: rows(), pushes: pushes(), gap: gap()};
        await to(240); const at240 = pushes();
        await to(160); const at160 = pushes();
        await to(600); await to(100); await to(0);   // away and back while the page is on its way
        const inFlight = pushes();
        await advance(400); await frames();
        const after = {rows: rows(), pushes: pushes(), spinner: shown('#sentinel')};
        return {atMount, at240, at160, inFlight, after, state: rtux.server.state()};
    """)
    assert got["atMount"]["rows"] == 20 and got["atMount"]["pushes"] == 0 and got["atMount"]["gap"] > 200
    assert got["at240"] == 0, "240 px away: not yet"
    assert got["at160"] == 1, "160 px away: within the 200 px margin"
    assert got["inFlight"] == 1, "one request at a time"
    assert got["after"]["rows"] == 40 and got["after"]["pushes"] == 1, "the new page moved the sentinel away: no request"
    assert got["state"] == {"shown": 40, "more": True, "failed": False, "requests": [20]}


def test_the_end_of_the_list_says_so_and_the_sentinel_goes(page):
    open_demo(page, "infinite-scroll")
    got = run(page, _FEED + """
        for (let i = 0; i < 4; i++) { await to(0); await advance(400); await frames(); }
        return {rows: rows(), sentinel: !!$('#sentinel'), end: text('#end'), role: $('#end') && $('#end').getAttribute('role'),
                count: text('#count'), state: rtux.server.state()};
    """)
    assert got["rows"] == 100 and not got["sentinel"]
    assert got["end"] == "You have reached the end: all 100 posts." and got["role"] == "status"
    assert got["count"] == "Showing 100 of 100"
    assert got["state"]["requests"] == [20, 40, 60, 80]


def test_a_failed_page_stops_asking_and_offers_retry(page):
    open_demo(page, "infinite-scroll", failOn="load_more", failureRate=1)
    got = run(page, _FEED + """
        await to(0); await advance(400); await frames();
        await advance(2000); await frames();
        const failed = {rows: rows(), pushes: pushes(), sentinel: !!$('#sentinel'), error: text('#load-error p')};
        rtux.net.set({failureRate: 0});
        byName('Retry loading').click(); await advance(400); await frames();
        return {failed, retried: {rows: rows(), error: text('#load-error p'), sentinel: !!$('#sentinel')}};
    """)
    assert got["failed"] == {"rows": 20, "pushes": 1, "sentinel": False, "error": "The next posts could not be loaded."}
    assert got["retried"] == {"rows": 40, "error": None, "sentinel": True}


# ---------------------------------------------------------------- loading-hierarchy

_PANES = """
    const PANES = ['nothing', 'spinner', 'progress', 'skeleton', 'optimistic'];
    // What each pane shows now: the names, or its indicator, or nothing.
    const look = () => Object.fromEntries(PANES.map((p) => {
      const pane = $('#pane-' + p);
      const names = [...pane.querySelectorAll('[data-names] li')].filter((li) => shown(li)).map((li) => li.textContent.trim());
      if (names.length && !(p === 'optimistic' && shown('#predicted'))) return [p, names.join(',')];
      if (p === 'optimistic' && shown('#predicted')) return [p, 'predicted'];
      if (p === 'spinner' && shown('#spinner')) return [p, 'spinner'];
      if (p === 'progress' && shown('#progress-bar')) return [p, 'bar ' + $('#progress-bar [role=progressbar]').getAttribute('aria-valuenow')];
      if (p === 'skeleton' && shown('#skeleton')) return [p, 'skeleton'];
      return [p, ''];
    }));
"""


def test_one_load_runs_all_five_panes_on_one_clock(page):
    open_demo(page, "loading-hierarchy")
    got = run(page, _PANES + """
        const before = look();
        byName('Load team').click();
        const atClick = look();                       // the click's own JS: no round trip yet
        await advance(100); const atReply = look();
        await advance(400); const at500 = look();
        await advance(1500); const at2000 = look();
        await advance(100); const at2100 = look();
        return {before, atClick, atReply, at500, at2000, at2100, state: rtux.server.state()};
    """)
    empty = {p: "" for p in ("nothing", "spinner", "progress", "skeleton", "optimistic")}
    assert got["before"] == empty
    assert got["atClick"] == {**empty, "optimistic": "predicted"}, "the optimistic pane answers at once"
    assert got["atReply"] == {"nothing": "", "spinner": "spinner", "progress": "bar 0", "skeleton": "skeleton", "optimistic": "predicted"}
    assert got["at500"]["progress"] == "bar 20"
    assert got["at2000"] == {"nothing": "", "spinner": "spinner", "progress": "bar 80", "skeleton": "skeleton", "optimistic": "predicted"}
    assert got["at2100"] == {p: "Ann,Bo,Cy" for p in empty}, "all five end at the same moment"
    assert got["state"] == {"loading": False, "progress": 100, "loaded": True}


# ---------------------------------------------------------------- feed-window (phx-viewport-*, L13)

_WINDOW = """
    const feed = $('#feed'), list = $('#posts');
    const ids = () => $$('#posts li').map((li) => li.id);
    const range = (a, b) => Array.from({length: b - a + 1}, (_, i) => 'posts-' + (a + i));
    const pushed = () => rtux.log().filter((e) => e.kind === 'push').map((e) => [e.event, e.value || e.payload]);
    // Scroll to an end of the box and let the scroll event be seen.
    const down = async () => { feed.scrollTop = feed.scrollHeight; await frames(); };
    const up = async () => { feed.scrollTop = 0; await frames(); };
    const page = async (go) => { await go(); await advance(300); await frames(); await advance(500); };
    // Whether an element's top and bottom are both inside the box.
    const inBox = (el) => { const r = el.getBoundingClientRect(), b = feed.getBoundingClientRect(); return r.top >= b.top - 1 && r.bottom <= b.bottom + 1; };
    const bindings = () => ({top: list.getAttribute('phx-viewport-top'), bottom: list.getAttribute('phx-viewport-bottom')});
"""


def test_scrolling_down_keeps_a_window_of_60_and_the_end_switches_the_binding_off(page):
    open_demo(page, "feed-window")
    got = run(page, _WINDOW + """
        const mount = {ids: ids(), bindings: bindings(), window: text('#window')};
        for (let i = 0; i < 3; i++) await page(down);
        const three = {ids: ids(), bindings: bindings(), window: text('#window')};
        for (let i = 0; i < 6; i++) await page(down);
        const end = {ids: ids(), bindings: bindings(), window: text('#window'), end: text('#end'), more: !!$('#more')};
        await down(); await advance(800);
        return {mount, three, end, pushes: pushed(), state: rtux.server.state()};
    """)
    assert got["mount"] == {"ids": [f"posts-{n}" for n in range(1, 21)], "bindings": {"top": None, "bottom": "next_page"},
                            "window": "Posts 1–20 of 200 on the page"}
    assert got["three"]["ids"] == [f"posts-{n}" for n in range(21, 81)], "limit: -60 dropped the first 20"
    assert got["three"]["bindings"] == {"top": "prev_page", "bottom": "next_page"}
    assert got["three"]["window"] == "Posts 21–80 of 200 on the page"
    assert got["end"]["ids"] == [f"posts-{n}" for n in range(141, 201)]
    assert got["end"]["bindings"] == {"top": "prev_page", "bottom": None}, "off at the end: no more pushes"
    assert got["end"]["end"] == "You have reached the end: all 200 posts." and not got["end"]["more"]
    assert got["pushes"] == [["next_page", {"id": f"posts-{n}"}] for n in range(20, 200, 20)], "one push per page, each naming the last post"
    assert got["state"] == {"top": 140, "bottom": 200}


def test_one_push_while_in_flight_the_edge_post_is_held_in_view_and_500_ms_between_pushes(page):
    open_demo(page, "feed-window")
    got = run(page, _WINDOW + """
        await down();
        const last = $('#posts-20');
        feed.scrollTop -= 150; await frames();          // away from the edge while the page is on its way
        const held = inBox(last);
        await down(); await up(); await down();
        const inFlight = pushed().length;
        await advance(300); await frames();              // the reply: posts 21-40 (300 ms latency)
        const arrived = {rows: ids().length, lastInView: inBox(last)};
        await down();                                   // 300 ms after the first push: throttled
        const soon = pushed().length;
        await advance(200); await frames();
        return {held, inFlight, arrived, soon, later: pushed().length};
    """)
    assert got["held"], "while next_page is in flight the post it was sent for stays in view"
    assert got["inFlight"] == 1, "no second push while one is in flight"
    assert got["arrived"] == {"rows": 40, "lastInView": True}
    assert got["soon"] == 1 and got["later"] == 2, "the next push waits until 500 ms after the last one"


def test_scrolling_up_brings_earlier_posts_back_and_the_double_top_event_loads_one_page(page):
    open_demo(page, "feed-window")
    got = run(page, _WINDOW + """
        for (let i = 0; i < 4; i++) await page(down);
        const before = {ids: ids().length, first: ids()[0], window: text('#window')};
        const first = $('#posts-41');
        const n = pushed().length;
        await up();
        const sent = pushed().slice(n);
        await advance(300); await frames(); await advance(500);
        const back = {ids: ids(), window: text('#window'), firstInView: inBox(first), bindings: bindings()};
        await page(up); await page(up);
        return {before, sent, back, top: {ids: ids(), bindings: bindings(), start: text('#start')}, state: rtux.server.state()};
    """)
    assert got["before"] == {"ids": 60, "first": "posts-41", "window": "Posts 41–100 of 200 on the page"}
    assert got["sent"] == [["prev_page", {"id": "posts-41", "_overran": True}], ["prev_page", {"id": "posts-41"}]], \
        "LiveView's two top events when the list's top shows"
    assert got["back"]["ids"] == [f"posts-{n}" for n in range(21, 81)], "one page back, not two: the second push named an old edge"
    assert got["back"]["window"] == "Posts 21–80 of 200 on the page"
    assert got["back"]["firstInView"], "the post at the top when the push went is put back in view"
    assert got["top"]["ids"] == [f"posts-{n}" for n in range(1, 61)]
    assert got["top"]["bindings"] == {"top": None, "bottom": "next_page"} and got["top"]["start"] == "The start of the feed."
    assert got["state"] == {"top": 0, "bottom": 60}


# ---------------------------------------------------------------- background-export (start_async)

_EXPORT = """
    const button = $('#export');
    const look = () => ({disabled: button.disabled, busy: button.getAttribute('aria-busy'), label: text(button),
                         spinner: !!button.querySelector('.animate-spin, [class*=animate-spin]'), loadingClass: button.classList.contains('phx-click-loading')});
"""


def test_the_click_is_answered_at_once_and_the_button_stays_busy_until_the_task_reports(page):
    open_demo(page, "background-export")  # latency 100 ms, server work 3 s
    got = run(page, _EXPORT + """
        byName('Export CSV').click();
        const inFlight = look();
        await advance(100);                  // the reply: start_async answered at once
        const answered = look();
        await advance(2900);
        const working = {...look(), flash: text('#flash-info')};
        await advance(100);                  // the task's outcome (3 s after the server got the click)
        return {inFlight, answered, working, done: {...look(), flash: text('#flash-info p'), exports: text('#exports')},
                state: rtux.server.state()};
    """)
    assert got["inFlight"]["loadingClass"], "until the reply, LiveView's loading class (L1)"
    assert got["answered"] == {"disabled": True, "busy": "true", "label": "Exporting...", "spinner": True, "loadingClass": False}, \
        "after the reply the busy state is the assign's: the loading class is gone (L2)"
    assert got["working"]["disabled"] and got["working"]["flash"] is None
    assert got["done"] == {"disabled": False, "busy": None, "label": "Export CSV", "spinner": False, "loadingClass": False,
                           "flash": "Exported 120 orders to orders.csv", "exports": "Exports so far: 1"}
    assert got["state"] == {"exporting": False, "exports": 1, "orders": 120}


def test_the_page_answers_while_the_task_runs_and_the_task_counts_what_it_started_with(page):
    open_demo(page, "background-export")
    got = run(page, """
        byName('Export CSV').click(); await advance(100);
        byName('Add an order').click(); await advance(100);
        const during = {orders: text('#orders'), exporting: $('#export').disabled};
        await advance(3000);
        return {during, flash: text('#flash-info p'), state: rtux.server.state()};
    """)
    assert got["during"] == {"orders": "Orders: 121", "exporting": True}, "answered in one round trip, mid-export"
    assert got["flash"] == "Exported 120 orders to orders.csv", "the task read the orders when it started"
    assert got["state"] == {"exporting": False, "exports": 1, "orders": 121}


def test_a_failed_task_restores_the_button_and_says_so(page):
    open_demo(page, "background-export", failOn="export", failureRate=1)
    got = run(page, _EXPORT + """
        byName('Export CSV').click(); await advance(3200);
        return {...look(), error: text('#flash-error p'), role: $('#flash-error') && $('#flash-error').getAttribute('role'),
                exports: text('#exports')};
    """)
    assert got["disabled"] is False and got["label"] == "Export CSV"
    assert got["error"] == "The export failed. Please try again." and got["exports"] == "Exports so far: 0"
    assert got["role"] in ("alert", "status")


def test_cancel_ends_the_export_at_once_and_its_result_never_comes(page):
    open_demo(page, "background-export")
    got = run(page, _EXPORT + """
        const before = !!$('#cancel-export');
        byName('Export CSV').click(); await advance(1000);
        const offered = text('#cancel-export');
        byName('Cancel export').click(); await advance(100);
        const cancelled = {...look(), flash: text('#flash-info p'), cancel: !!$('#cancel-export')};
        await advance(3000);
        return {before, offered, cancelled, later: {flash: text('#flash-info p'), error: text('#flash-error p'), exports: text('#exports')},
                state: rtux.server.state()};
    """)
    assert not got["before"] and got["offered"] == "Cancel export", "Cancel only while an export runs"
    assert got["cancelled"]["disabled"] is False and got["cancelled"]["label"] == "Export CSV"
    assert got["cancelled"]["flash"] == "Export cancelled." and not got["cancelled"]["cancel"]
    assert got["later"] == {"flash": "Export cancelled.", "error": None, "exports": "Exports so far: 0"}
    assert got["state"] == {"exporting": False, "exports": 0, "orders": 120}

