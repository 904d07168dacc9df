"""active-field (PATTERNS.md section 2, issue 9's presence rules): a peer's focus puts a badge
with their name, in their colour, on that field; blur, leave, the last tab's close and vanish
(at the 60 s heartbeat timeout, idle from 30 s without a ping) take it away, because the field
is part of the presence meta. The local focus goes through the FieldFocus hook, at most one
push per 500 ms with the last state always sent, and never badges the local user's own page.
On the paused virtual clock from file://."""

import zlib

from demo_support import open_demo, run, severe_console

_PALETTE = ["#881337", "#7c2d12", "#713f12", "#14532d", "#134e4a", "#0c4a6e", "#3730a3", "#701a75"]
_FIELDS = ["title", "summary", "owner", "due"]

_READ = """
    const act = (name, action, payload) => rtux.peers.act(name, action, payload);
    // Field → [[user id, status, text]] of the badges on it.
    const badges = () => Object.fromEntries(['title', 'summary', 'owner', 'due'].map((f) =>
      [f, $$(`#editors-${f} [data-user-id]`).map((b) => [b.dataset.userId, b.dataset.status, text(b)])]));
    const pushes = () => rtux.log().filter((e) => e.kind === 'push' && e.event === 'focus_field');
    const me = () => rtux.server.state().users.find((u) => u.id === 'You');
    // The page joined at 0 ms on the panel's zero latency; peers come later.
    const ready = advance(100);
"""


def _colour(user_id: str) -> str:
    return _PALETTE[zlib.crc32(user_id.encode()) % 8]


def _only(got: dict, **on) -> dict:
    """The badges expected: the given fields' user ids, every other field empty."""
    return {f: [u for u, _, _ in got[f]] for f in _FIELDS} == {f: on.get(f, []) for f in _FIELDS}


def _no_errors(page):
    assert severe_console(page) == []


def test_a_peers_focus_badges_that_field_with_their_name_in_their_colour(page):
    open_demo(page, "active-field")
    got = run(page, _READ + """
        await ready;
        act('Ann', 'join'); act('Bo', 'join'); await advance(1000);
        act('Ann', 'focus'); act('Bo', 'focus', {field: 'due'}); await advance(1000);
        const colours = Object.fromEntries($$('#ticket [data-user-id]').map((b) => [b.dataset.userId, b.style.getPropertyValue('--user-color').trim()]));
        const regions = $$('#ticket [role=status]').map((r) => r.id);
        return {badges: badges(), colours, regions, state: rtux.server.state()};
    """)
    assert _only(got["badges"], title=["Ann"], due=["Bo"]), got["badges"]
    # The name is read out as "Being edited by Ann" (the words before it are sr-only).
    assert got["badges"]["title"] == [["Ann", "active", "Being edited by Ann"]]
    assert got["badges"]["due"] == [["Bo", "active", "Being edited by Bo"]]
    assert got["colours"] == {"Ann": _colour("Ann"), "Bo": _colour("Bo")}
    assert got["regions"] == [f"editors-{f}" for f in _FIELDS], "each field's badges are a status region"
    users = {u["id"]: u["focus"] for u in got["state"]["users"]}
    assert users == {"You": [], "Ann": ["title"], "Bo": ["due"]}
    _no_errors(page)


def test_blur_takes_the_badge_away_and_a_move_to_the_next_field_is_one_change(page):
    open_demo(page, "active-field")
    got = run(page, _READ + """
        await ready;
        act('Cy', 'join'); await advance(1000);
        act('Cy', 'focus', {field: 'title'}); await advance(1000);
        const on = badges();
        // Blur then focus elsewhere within the debounce: the badge moves in one patch.
        const seen = [];
        const obs = new MutationObserver(() => seen.push(JSON.stringify(badges())));
        obs.observe($('#ticket'), {subtree: true, childList: true});
        act('Cy', 'blur'); await advance(100); act('Cy', 'focus', {field: 'summary'}); await advance(1000);
        await new Promise((r) => setTimeout(r, 0));
        obs.disconnect();
        const moved = badges();
        act('Cy', 'blur'); await advance(1000);
        return {on, moved, seen: [...new Set(seen)].map((s) => JSON.parse(s)), off: badges()};
    """)
    assert _only(got["on"], title=["Cy"])
    assert _only(got["moved"], summary=["Cy"])
    assert all(_only(s, summary=["Cy"]) for s in got["seen"]), "never a frame without Cy's badge"
    assert _only(got["off"])
    _no_errors(page)


def test_leave_and_closing_the_last_tab_take_the_badge_away_and_two_tabs_are_one_badge(page):
    open_demo(page, "active-field")
    got = run(page, _READ + """
        await ready;
        act('Ann', 'join'); act('Bo', 'join'); act('Bo', 'open_tab'); await advance(1000);
        act('Ann', 'focus'); act('Bo', 'focus', {field: 'owner'}); await advance(1000);
        const both = badges();
        act('Ann', 'leave'); act('Bo', 'close_tab'); await advance(1000);
        const oneTab = badges();
        act('Bo', 'close_tab'); await advance(1000);
        return {both, oneTab, gone: badges(), users: rtux.server.state().users.map((u) => u.id)};
    """)
    # Both of Bo's tabs are in Owner: one user, one badge (not one per tab).
    assert _only(got["both"], title=["Ann"], owner=["Bo"]) and len(got["both"]["owner"]) == 1
    assert _only(got["oneTab"], owner=["Bo"]), "Ann left; Bo's other tab is still in Owner"
    assert _only(got["gone"]) and got["users"] == ["You"]
    _no_errors(page)


def test_a_new_tab_shows_no_field_of_its_own_and_keeps_the_users_badge(page):
    # A user's badges are the fields any of their tabs has focused (once per field): a tab that
    # opens without focus adds none and takes none away.
    open_demo(page, "active-field")
    got = run(page, _READ + """
        await ready;
        act('Dee', 'join'); await advance(500); act('Dee', 'focus'); await advance(1000);
        act('Dee', 'open_tab'); await advance(1000);
        return {badges: badges(), dee: rtux.server.state().users.find((u) => u.id === 'Dee')};
    """)
    assert _only(got["badges"], due=["Dee"])
    assert got["dee"]["tabs"] == 2 and got["dee"]["focus"] == ["due"]
    _no_errors(page)


def test_a_vanished_peers_badge_fades_after_30_s_and_goes_at_the_heartbeat_timeout(page):
    open_demo(page, "active-field")
    got = run(page, _READ + """
        await ready;
        act('Ann', 'join'); act('Bo', 'join'); await advance(1000);
        act('Ann', 'focus'); act('Bo', 'focus'); await advance(1000);
        act('Ann', 'vanish'); await advance(500);
        const t0 = rtux.clock.now();
        await advance(15000); const at15 = badges();       // her last ping is at most 10 s older than the vanish
        await advance(16000); const at31 = badges();
        const faded = $('#editors-title [data-user-id]').classList.contains('opacity-75');
        await advance(60000 - 31000 - 500 - 100); const before = badges();
        await advance(1000); const after = badges();
        return {at15, at31, faded, before, after, timeouts: rtux.log().filter((e) => e.kind === 'peer-timeout').map((e) => e.t - t0)};
    """)
    assert got["at15"]["title"] == [["Ann", "active", "Being edited by Ann"]]
    assert got["at31"]["title"][0][1] == "idle" and got["at31"]["summary"][0][1] == "active", "Bo pings on"
    assert got["faded"]
    assert _only(got["before"], title=["Ann"], summary=["Bo"])
    assert _only(got["after"], summary=["Bo"]), "no blur was ever sent: the presence went, and the badge with it"
    assert got["timeouts"] == [60000 - 500]
    _no_errors(page)


def test_the_local_focus_is_pushed_at_most_every_500_ms_the_last_state_always_and_never_badges_itself(page):
    net = open_demo(page, "active-field")
    got = run(page, _READ + """
        await ready;
        const before = pushes().length;
        // Tab through all four fields within 150 ms, then leave the form.
        for (const f of ['title', 'summary', 'owner', 'due']) { $(`#input-${f}`).focus(); await advance(50); }
        const burst = pushes().slice(before).map((e) => [e.t, e.payload.field]);
        await advance(1000 + arguments[0]);   // the last push, and the 400 ms debounce of its diff
        const settled = pushes().slice(before).map((e) => [e.t, e.payload.field]);
        const afterBurst = {me: me().focus, badges: badges()};
        document.activeElement.blur(); await advance(10);
        const blurAt = rtux.clock.now();
        await advance(1000 + arguments[0]);
        const all = pushes().slice(before).map((e) => [e.t, e.payload.field]);
        return {burst, settled, afterBurst, all, blurAt, me: me().focus, badges: badges()};
    """, net["latency"] + net["jitter"])
    fields = [f for _, f in got["settled"]]
    assert fields == ["title", "due"], got["settled"]           # the first at once, the latest after the wait
    assert got["settled"][1][0] - got["settled"][0][0] == 500
    assert got["afterBurst"]["me"] == ["due"], "the server has the last field"
    assert _only(got["afterBurst"]["badges"]), "your own focus never badges your page"
    assert [f for _, f in got["all"]] == ["title", "due", None], "the blur is sent too"
    times = [t for t, _ in got["all"]]
    assert all(b - a >= 500 for a, b in zip(times, times[1:]))
    assert got["me"] == [] and _only(got["badges"])
    _no_errors(page)


def test_a_field_not_on_the_form_is_no_field(page):
    # The name comes from the client: the server allow-lists it before it reaches anyone's page.
    open_demo(page, "active-field")
    got = run(page, _READ + """
        await ready;
        $('#input-title').focus(); await advance(1000);
        const before = me().focus;
        // A wrapper the server never rendered (the next patch removes it again).
        const fake = document.createElement('div');
        fake.dataset.field = 'password';
        fake.innerHTML = '<input id="fake" aria-label="Fake">';
        $('#ticket').append(fake);
        $('#fake').focus(); await advance(450);   // the push, and the debounce of its diff
        return {before, sent: pushes().map((e) => e.payload.field), me: me().focus};
    """)
    assert got["before"] == ["title"]
    assert got["sent"] == ["title", "password"] and got["me"] == [], "not stored: no field at all"
    _no_errors(page)
