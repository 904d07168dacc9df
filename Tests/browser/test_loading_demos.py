"""The loading demos of issue 13 built on assign_async (async-result), in Chromium from
file://, on the paused virtual clock. The join takes the demo's 100 ms round trip: mount
runs on the server at 50 ms, so its task (1.5 s of server work) reports at 1550 ms and the
client has the result at 1600 ms."""

from demo_support import open_demo, run

_REPORT = """
    const card = () => ({skeleton: shown('#report-skeleton'), failed: text('#report-failed p'), stale: text('#report-stale'),
                         request: text('#report-request'), updating: text('#updating'), busy: $('#report').getAttribute('aria-busy'),
                         revenue: text('#report-body div:nth-child(1) dd'), retry: !!byName('Retry loading'), reload: !!byName('Reload report')});
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
                           "busy": None, "revenue": "$1.24M", "retry": False, "reload": True}
    assert got["state"] == {"loads": 1, "loading": False, "ok": True, "failed": False, "request": 1}


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
    assert got["state"] == {"loads": 2, "loading": False, "ok": True, "failed": False, "request": 2}


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
    assert got["state"] == {"loads": 4, "loading": False, "ok": True, "failed": True, "request": 3}
