"""toasts and live-counters (PATTERNS.md section 6, issue 9), on the paused virtual clock
from file://. toasts: peers' comments arrive as broadcasts and bring a toast, the user's
own does not; the ToastTimer hook dismisses one after 5 s of the demo's clock, holds
while it is hovered or focused, and its Dismiss button takes it away at once; at most
three show, newest first, in one status region. live-counters: peers' posts send the
unread total, the kit's badge_counter shows it ("9+" past nine, named with the exact
count) and Mark all as read clears it."""

from demo_support import open_demo, run

# `trip`: one round trip and its jitter, enough for a peer's action or a push to land.
_TOASTS = """
    const trip = arguments[0];
    const comment = async (who) => { rtux.peers.act(who, 'comment'); await advance(trip); };
    const toasts = () => $$('#toasts > *').filter((t) => shown(t)).map((t) => text(t.querySelector('p')));
    const first = () => $('#toasts > *');
    // Steps the clock until a toast has mounted, so that the 5 s can be counted from there.
    const arrives = async (who) => { rtux.peers.act(who, 'comment'); for (let i = 0; i < 500 && !first(); i++) await advance(5); };
"""


def _trip(net):
    return net["latency"] + net["jitter"]


def test_a_peers_comment_brings_a_toast_and_your_own_does_not(page):
    net = open_demo(page, "toasts")
    got = run(page, _TOASTS + """
        $('#add-comment').click(); await advance(trip);
        const mine = {toasts: toasts(), count: text('#comment-count'), children: $$('#toasts > *').length};
        await comment('Ann');
        return {mine, toasts: toasts(), count: text('#comment-count'), comments: $$('#comments li').map(text)};
    """, _trip(net))
    assert got["mine"] == {"toasts": [], "count": "1 comment", "children": 0}, "your own comment is listed, with no toast"
    assert got["toasts"] == ["Ann added a comment"]
    assert got["count"] == "2 comments"
    assert got["comments"] == ["You commented", "Ann commented"]


def test_the_toasts_are_announced_by_one_status_region_that_is_always_there(page):
    net = open_demo(page, "toasts")
    got = run(page, _TOASTS + """
        const before = {role: $('#toasts').getAttribute('role'), live: $('#toasts').getAttribute('aria-live')};
        await comment('Bo');
        return {before, inside: !!$('#toasts[role=status] > *'), focused: document.activeElement === document.body};
    """, _trip(net))
    assert got["before"] == {"role": "status", "live": "polite"}
    assert got["inside"], "the toast is inside the region"
    assert got["focused"], "a toast never takes the focus"


def test_a_toast_goes_after_five_seconds_of_the_demo_clock(page):
    net = open_demo(page, "toasts", latency=400)
    got = run(page, _TOASTS + """
        await arrives('Ann');
        await advance(4990);
        const before = toasts();
        await advance(10);
        const hidden = {toasts: toasts(), inDom: $$('#toasts > *').length};
        await advance(trip);
        const pushes = rtux.log().filter((e) => e.kind === 'push' && e.event === 'dismiss_toast').length;
        return {before, hidden, after: $$('#toasts > *').length, pushes};
    """, _trip(net))
    assert got["before"] == ["Ann added a comment"], "still there at 4.99 s"
    assert got["hidden"] == {"toasts": [], "inDom": 1}, "hidden at 5 s, before the server answers"
    assert got["after"] == 0, "the server deleted it from its stream"
    assert got["pushes"] == 1


def test_the_dismiss_after_control_sets_how_long_the_next_toast_stays(page):
    net = open_demo(page, "toasts")
    got = run(page, _TOASTS + """
        const pressed = () => ['3000', '5000', '10000'].filter((ms) => $('#after-' + ms).getAttribute('aria-pressed') === 'true');
        const start = pressed();
        $('#after-10000').click(); await advance(trip);
        const now = pressed();
        await arrives('Bo');
        await advance(9990);
        const before = toasts();
        await advance(10);
        const after = toasts();
        $('#after-3000').click(); await advance(trip);
        await arrives('Cy');
        await advance(2990);
        const short = toasts();
        await advance(10);
        return {start, now, before, after, short, gone: toasts(),
                names: ['3000', '5000', '10000'].map((ms) => $('#after-' + ms).getAttribute('aria-label'))};
    """, _trip(net))
    assert got["start"] == ["5000"] and got["now"] == ["10000"]
    assert got["before"] == ["Bo added a comment"] and got["after"] == []
    assert got["short"] == ["Cy added a comment"] and got["gone"] == []
    assert got["names"] == ["Dismiss toasts after 3 s", "Dismiss toasts after 5 s", "Dismiss toasts after 10 s"]


def test_hovering_a_toast_holds_it_and_leaving_gives_it_the_time_it_had_left(page):
    net = open_demo(page, "toasts")
    got = run(page, _TOASTS + """
        await arrives('Ann');
        await advance(3000);
        first().dispatchEvent(new MouseEvent('mouseenter'));
        await advance(20000);
        const held = toasts();
        first().dispatchEvent(new MouseEvent('mouseleave'));
        await advance(1990);
        const left = toasts();
        await advance(10);
        return {held, left, after: toasts()};
    """, _trip(net))
    assert got["held"] == ["Ann added a comment"], "20 s under the pointer and still there"
    assert got["left"] == ["Ann added a comment"], "2 s were left when the pointer came"
    assert got["after"] == []


def test_focus_inside_a_toast_holds_it_until_focus_leaves(page):
    net = open_demo(page, "toasts")
    got = run(page, _TOASTS + """
        await arrives('Cy');
        await advance(1000);
        const dismiss = first().querySelector('button');
        dismiss.focus();
        const focused = document.activeElement === dismiss;
        await advance(10000);
        const held = toasts();
        dismiss.blur();
        await advance(3990);
        const left = toasts();
        await advance(10);
        return {focused, held, left, after: toasts()};
    """, _trip(net))
    assert got["focused"]
    assert got["held"] == ["Cy added a comment"]
    assert got["left"] == ["Cy added a comment"]
    assert got["after"] == []


def test_dismiss_takes_a_toast_away_at_once_and_from_the_server(page):
    net = open_demo(page, "toasts")
    got = run(page, _TOASTS + """
        await comment('Ann');
        await comment('Bo');
        const button = first().querySelector('button');
        const name = button.getAttribute('aria-label');
        button.click();
        const now = toasts();
        await advance(trip);
        return {name, now, after: toasts(), items: $$('#toasts > *').map((t) => t.id)};
    """, _trip(net))
    assert got["name"] == "Dismiss"
    assert got["now"] == ["Ann added a comment"], "the newest (Bo's) is gone before the server answers"
    assert got["after"] == ["Ann added a comment"]
    assert got["items"] == ["toasts-1"]


def test_at_most_three_toasts_show_newest_first_and_the_oldest_leaves_first(page):
    net = open_demo(page, "toasts")
    got = run(page, _TOASTS + """
        for (const who of ['Ann', 'Bo', 'Cy']) await comment(who);
        const three = toasts();
        await comment('Ann');
        return {three, four: toasts(), items: $$('#toasts > *').map((t) => t.id), comments: $$('#comments li').length};
    """, _trip(net))
    assert got["three"] == ["Cy added a comment", "Bo added a comment", "Ann added a comment"]
    assert got["four"] == ["Ann added a comment", "Cy added a comment", "Bo added a comment"], "Ann's first one left"
    assert got["items"] == ["toasts-4", "toasts-3", "toasts-2"]
    assert got["comments"] == 4


_BADGE = """
    const trip = arguments[0];
    const post = async (n, who = 'Ann') => { for (let i = 0; i < n; i++) rtux.peers.act(who, 'post'); await advance(trip); };
    const badge = () => $('#inbox-badge [role=status]');
    const seen = () => badge() ? text(badge().querySelector('[aria-hidden]')) : null;
"""


def test_the_badge_counts_peers_posts_live_and_shows_9_plus_past_nine(page):
    net = open_demo(page, "live-counters")
    got = run(page, _BADGE + """
        const start = {badge: badge(), empty: text('#inbox-empty')};
        await post(1);
        const one = seen();
        await post(2, 'Bo');
        const three = seen();
        await post(6, 'Cy');
        const nine = seen();
        await post(3);
        return {start, one, three, nine, twelve: seen(), label: badge().getAttribute('aria-label'), empty: !!$('#inbox-empty'),
                inbox: rtux.server.state().inbox.length};
    """, _trip(net))
    assert got["start"] == {"badge": None, "empty": "Nothing unread."}
    assert [got["one"], got["three"], got["nine"], got["twelve"]] == ["1", "3", "9", "9+"]
    assert got["label"] == "12 unread"
    assert not got["empty"]
    assert got["inbox"] == 12
    # What assistive technology is given: the exact count, not "9+".
    badge = page.find_element("css selector", "#inbox-badge [role=status]")
    assert badge.accessible_name == "12 unread"
    assert badge.aria_role == "status"


def test_mark_all_as_read_clears_the_badge_and_the_next_post_counts_from_one(page):
    net = open_demo(page, "live-counters", latency=400)
    got = run(page, _BADGE + """
        await post(12);
        $('#mark-read').click();
        const during = {hidden: !shown('#inbox-badge'), loading: $('#inbox-badge').classList.contains('phx-click-loading')};
        await advance(trip);
        const read = {badge: badge(), empty: text('#inbox-empty'), inbox: rtux.server.state().inbox.length};
        await post(1, 'Bo');
        return {during, read, next: seen(), label: badge().getAttribute('aria-label')};
    """, _trip(net))
    assert got["during"] == {"hidden": True, "loading": True}, "the badge hides for the round trip"
    assert got["read"] == {"badge": None, "empty": "Nothing unread.", "inbox": 0}
    assert got["next"] == "1" and got["label"] == "1 unread"
