"""avatar-stack (PATTERNS.md section 2, issue 9's presence rules): one avatar per user however
many tabs, idle 30 s after the last ping of a vanished tab and gone at the heartbeat timeout
(60 s), +N past five, colours from the id's CRC-32 over the palette of 8, and presence diffs
debounced into one patch. On the paused virtual clock from file://."""

import zlib

from demo_support import open_demo, run, severe_console

_PALETTE = ["#881337", "#7c2d12", "#713f12", "#14532d", "#134e4a", "#0c4a6e", "#3730a3", "#701a75"]

_READ = """
    const act = (name, action) => rtux.peers.act(name, action);
    const stack = () => $$('#viewers [data-user-id]').map((a) => [a.dataset.userId, a.dataset.status]);
    const listed = () => $$('#viewer-list li').map((li) => [li.dataset.userId, li.dataset.status, text(li)]);
    // The page joined at 0 ms on the panel's zero latency; peers come later (a tie would go by id).
    const ready = advance(100);
    const view = () => ({stack: stack(), listed: listed(), count: text('#viewers [role=status]'),
                         more: $$('#viewers span').map((s) => text(s)).filter((t) => /^\\+\\d+$/.test(t))});
"""


def _colour(user_id: str) -> str:
    return _PALETTE[zlib.crc32(user_id.encode()) % 8]


def _no_errors(page):
    assert severe_console(page) == []


def test_a_user_with_three_tabs_is_one_avatar_and_leaves_with_the_last_tab(page):
    open_demo(page, "avatar-stack")
    got = run(page, _READ + """
        await ready;
        act('Ann', 'join'); act('Bo', 'join'); await advance(1000);
        act('Ann', 'open_tab'); await advance(500); act('Ann', 'open_tab'); await advance(1000);
        const three = view();
        act('Ann', 'close_tab'); await advance(500); act('Ann', 'close_tab'); await advance(1000);
        const one = view();
        act('Ann', 'close_tab'); await advance(1000);
        return {three, one, last: view(), state: rtux.server.state()};
    """)
    assert [u for u, _ in got["three"]["stack"]] == ["You", "Ann", "Bo"]
    assert got["three"]["count"] == "3 people viewing"
    assert got["three"]["listed"][1] == ["Ann", "active", "Ann: active (3 tabs)"]
    assert got["one"]["count"] == "3 people viewing" and got["one"]["listed"][1][2] == "Ann: active"
    assert [u for u, _ in got["last"]["stack"]] == ["You", "Bo"] and got["last"]["count"] == "2 people viewing"
    assert [u["id"] for u in got["state"]["users"]] == ["You", "Bo"]
    _no_errors(page)


def test_a_vanished_user_is_idle_after_30_s_without_a_ping_and_gone_at_the_timeout(page):
    open_demo(page, "avatar-stack")
    got = run(page, _READ + """
        await ready;
        act('Ann', 'join'); act('Bo', 'join'); act('Bo', 'open_tab'); await advance(1000);
        act('Bo', 'vanish'); await advance(500);
        const t0 = rtux.clock.now();
        await advance(15000); const at15 = view();   // his last ping is at most 10 s older than the vanish
        await advance(16000); const at31 = view();
        const faded = $('#viewers-Bo [aria-label]').classList.contains('opacity-75');
        await advance(60000 - 31000 - 500 - 100); const before = view();
        await advance(1000); const after = view();
        return {at15, at31, faded, before, after, log: rtux.log().filter((e) => e.kind === 'peer-timeout').map((e) => e.t - t0)};
    """)
    assert dict(got["at15"]["stack"])["Bo"] == "active"
    assert dict(got["at31"]["stack"]) == {"You": "active", "Ann": "active", "Bo": "idle"}, "Ann pings on; Bo's tabs are stale"
    assert got["faded"]
    assert dict(got["before"]["stack"])["Bo"] == "idle"
    assert [u for u, _ in got["after"]["stack"]] == ["You", "Ann"], "both of his tabs went down at the timeout"
    _no_errors(page)


def test_go_idle_and_go_away_set_the_status_and_the_dot(page):
    open_demo(page, "avatar-stack")
    got = run(page, _READ + """
        await ready;
        act('Ann', 'join'); act('Bo', 'join'); await advance(1000);
        act('Ann', 'go_idle'); act('Bo', 'go_away'); await advance(1000);
        const dots = Object.fromEntries($$('#viewers [data-user-id]').map((a) => [a.dataset.userId, a.querySelector('[aria-hidden]').className]));
        const idle = view();
        act('Ann', 'come_back'); await advance(1000);
        return {idle, dots, back: view()};
    """)
    assert dict(got["idle"]["stack"]) == {"You": "active", "Ann": "idle", "Bo": "away"}
    assert "bg-emerald-500" in got["dots"]["You"] and "bg-amber-400" in got["dots"]["Ann"] and "bg-zinc-400" in got["dots"]["Bo"]
    assert dict(got["back"]["stack"])["Ann"] == "active"
    _no_errors(page)


def test_eight_peers_show_five_avatars_then_plus_four_each_ringed_in_its_colour(page):
    open_demo(page, "avatar-stack")
    got = run(page, _READ + """
        await ready;
        for (const n of ['Ann', 'Bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal']) { act(n, 'join'); await advance(100); }
        await advance(1000);
        const colours = Object.fromEntries($$('#viewers [data-user-id]').map((a) => [a.dataset.userId, a.style.getPropertyValue('--user-color').trim()]));
        return {...view(), colours};
    """)
    assert [u for u, _ in got["stack"]] == ["You", "Ann", "Bo", "Cy", "Dee"]
    assert got["more"] == ["+4"] and got["count"] == "9 people viewing"
    assert got["colours"] == {u: _colour(u) for u in ["You", "Ann", "Bo", "Cy", "Dee"]}
    _no_errors(page)


def test_a_burst_of_joins_reaches_the_stack_as_one_patch(page):
    open_demo(page, "avatar-stack")
    got = run(page, _READ + """
        await ready;
        const seen = [JSON.stringify(stack())];
        const obs = new MutationObserver(() => { const s = JSON.stringify(stack()); if (s !== seen[seen.length - 1]) seen.push(s); });
        obs.observe($('#viewers'), {subtree: true, childList: true, attributes: true});
        for (const n of ['Ann', 'Bo', 'Cy', 'Dee', 'Eli']) { act(n, 'join'); await advance(60); }
        const times = [];
        for (let t = 0; t < 1500; t += 50) { await advance(50); await Promise.resolve(); if (stack().length > 1 && !times.length) times.push(rtux.clock.now()); }
        await new Promise((r) => setTimeout(r, 0));
        obs.disconnect();
        return {seen: seen.map((s) => JSON.parse(s).map(([u]) => u))};
    """)
    assert got["seen"] == [["You"], ["You", "Ann", "Bo", "Cy", "Dee"]], got["seen"]
    _no_errors(page)


def test_a_leaving_user_fades_out_for_200_ms_before_the_avatar_goes(page):
    """phx-remove (L11): the avatar of a user who left stays 200 ms with the fade's classes,
    then leaves the page; the others are never touched."""
    open_demo(page, "avatar-stack")
    got = run(page, _READ + """
        await ready;
        act('Ann', 'join'); act('Bo', 'join'); await advance(1000);
        const bo = $('#viewers-Bo');
        act('Bo', 'leave');
        // the leave reaches the view debounced (400 ms); step until the stack's patch drops Bo
        let t = 0; while (!bo.classList.contains('opacity-0') && t < 1000) { await advance(10); t += 10; }
        const fading = {attached: bo.isConnected, classes: bo.className, status: text('#viewers [role=status]')};
        await advance(190); const at190 = bo.isConnected;
        await advance(10);
        return {fading, at190, gone: !bo.isConnected, stack: stack(), annSame: $('#viewers-Ann') !== null};
    """)
    assert got["fading"]["attached"] and "opacity-0" in got["fading"]["classes"]
    assert got["fading"]["status"] == "2 people viewing", "the count says it at once"
    assert got["at190"], "still fading"
    assert got["gone"] and [u for u, _ in got["stack"]] == ["You", "Ann"]
    _no_errors(page)
