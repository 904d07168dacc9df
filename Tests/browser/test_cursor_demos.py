"""live-cursors and its anti-pattern twin mousemove-presence (PATTERNS.md section 2, issue 9):
the CursorThrottle hook pushes the pointer over #board at most every 100 ms (trailing-edge,
so the last position always goes), or every mousemove with data-interval="0"; the server
relays each push to the other viewers and counts its relays of the last second. On the
paused virtual clock from file://."""

import pytest

from demo_support import open_demo, run

# Moves over the board as a pointer makes them: mousemove and pointermove (the hook hears
# mousemove only), at fractions of the board's box, `dt` ms of the demo's clock apart.
_SWEEP = """
    const board = $('#board');
    // The position the hook should send for the last move: where the event says, in the board.
    let lastMove = null;
    const at = (fx, fy) => { const r = board.getBoundingClientRect();
      const init = {bubbles: true, clientX: r.left + fx * r.width, clientY: r.top + fy * r.height};
      const e = new MouseEvent('mousemove', init);
      lastMove = {x: Math.round(e.clientX - r.left), y: Math.round(e.clientY - r.top)};
      board.dispatchEvent(e);
      board.dispatchEvent(new PointerEvent('pointermove', init)); };
    const sweep = async (n, dt, fy = 0.5) => { for (let i = 0; i < n; i++) { at(i / n, fy); await advance(dt); } };
    const pushes = () => rtux.log().filter((e) => e.kind === 'push' && e.event === 'cursor');
    const readout = () => ({moved: lastMove, rate: text('#broadcast-rate'), peak: text('#broadcast-peak'), last: text('#last-sent'),
                            state: rtux.server.state()});
"""

# UserColor's palette, and the index :erlang.crc32/1 of each peer's id gives (rem 8).
_PALETTE = ["#881337", "#7c2d12", "#713f12", "#14532d", "#134e4a", "#0c4a6e", "#3730a3", "#701a75"]
_COLOUR = {"Ann": _PALETTE[3], "Bo": _PALETTE[1], "Dan": _PALETTE[7]}


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_a_hundred_mousemoves_in_one_second_make_at_most_ten_pushes_and_the_last_position_goes(page):
    net = open_demo(page, "live-cursors")
    got = run(page, _SWEEP + """
        const before = pushes().length;
        await sweep(100, 10, 0.25);                      // 100 moves over 0..990 ms
        await advance(100 + arguments[0]);               // the trailing send and its round trip
        const sent = pushes().slice(before);
        return {sent: sent.map((e) => [e.t, e.payload]), ...readout()};
    """, net["latency"] + net["jitter"])
    sent = got["sent"]
    assert 1 <= len(sent) <= 10, sent
    assert all(b[0] - a[0] >= 100 for a, b in zip(sent, sent[1:])), "never two pushes within 100 ms"
    last = sent[-1][1]
    # The 100th move was at 99/100 of the board's 320 px, a quarter of its 192 px down.
    assert last == got["moved"] and abs(last["x"] - 0.99 * 320) <= 1 and last["y"] == 48, "the last position is always sent"
    assert got["last"] == f"Others last saw your cursor at {last['x']}, {last['y']}."
    assert got["state"]["last"] == last
    assert got["state"]["peak"] <= 10 and got["peak"] == f"Most in one second: {got['state']['peak']}"
    assert got["rate"] == f"Broadcasts in the last second: {got['state']['relayed']}"


def test_a_still_pointer_sends_nothing_more_and_the_count_falls_back_to_zero(page):
    net = open_demo(page, "live-cursors")
    got = run(page, _SWEEP + """
        await sweep(30, 10);
        await advance(200 + arguments[0]);
        const still = pushes().length;
        await advance(1000);
        return {still, after: pushes().length, ...readout()};
    """, net["latency"] + net["jitter"])
    assert got["after"] == got["still"] == 3, "0..290 ms: sends at 100, 200 and 300, then none"
    assert got["rate"] == "Broadcasts in the last second: 0"
    assert got["peak"] == "Most in one second: 3"


def test_without_the_throttle_every_mousemove_is_a_push_and_a_broadcast(page):
    net = open_demo(page, "mousemove-presence")
    got = run(page, _SWEEP + """
        await sweep(100, 10);
        await advance(arguments[0]);
        return {sent: pushes().map((e) => e.payload), ...readout()};
    """, net["latency"] + net["jitter"])
    assert len(got["sent"]) == 100, "one push per mousemove (pointermove is not heard too)"
    assert got["sent"][-1] == got["moved"]
    assert got["state"]["peak"] == 100 and got["peak"] == "Most in one second: 100"


def test_the_fault_script_sweep_shows_sixty_a_second_on_the_bad_side_and_ten_on_the_good(page):
    """The pair's script: 120 pointer steps 1000/60 ms apart across the middle of #board."""
    ends = {}
    for demo_id in ("mousemove-presence", "live-cursors"):
        open_demo(page, demo_id)
        ends[demo_id] = run(page, _SWEEP + """
            await sweep(120, 1000 / 60);
            await advance(200);
            return readout();
        """)
    bad, good = ends["mousemove-presence"], ends["live-cursors"]
    assert 55 <= bad["state"]["peak"] <= 62, bad
    assert good["state"]["peak"] <= 10, good
    for end in (bad, good):
        assert end["state"]["last"] == end["moved"], "both end at the last position"
        assert abs(end["moved"]["x"] - 119 / 120 * 320) <= 1 and end["moved"]["y"] == 96
        assert end["last"] == f"Others last saw your cursor at {end['moved']['x']}, 96."


_CURSOR = """
    const cursor = (id) => { const c = $('#cursor-' + id); if (!c) return null;
      const label = c.querySelector('span');
      return {name: text(label), colour: getComputedStyle(label).backgroundColor, arrow: getComputedStyle(c.querySelector('svg')).color,
              transform: c.style.transform, hidden: c.getAttribute('aria-hidden'), transition: getComputedStyle(c).transitionDuration}; };
"""


def test_peers_cursors_show_in_their_colour_with_their_name_and_go_when_they_leave(page):
    net = open_demo(page, "live-cursors")
    trip = net["latency"] + net["jitter"]
    got = run(page, _CURSOR + """
        rtux.peers.act('Ann', 'move', {x: 100, y: 50});
        rtux.peers.act('Bo', 'move');                    // the panel's button: no coordinates
        rtux.peers.act('Dan', 'move', {x: 10, y: 20});
        await advance(arguments[0]);
        const first = {Ann: cursor('Ann'), Bo: cursor('Bo'), Dan: cursor('Dan')};
        rtux.peers.act('Bo', 'move');
        rtux.peers.act('Ann', 'move', {x: 300, y: 180});
        await advance(arguments[0]);
        const moved = {Ann: cursor('Ann'), Bo: cursor('Bo')};
        rtux.peers.act('Ann', 'leave');
        await advance(arguments[0]);
        return {first, moved, gone: cursor('Ann'), left: $$('#board [id^=cursor-]').map((c) => c.id)};
    """, trip)
    for name, c in got["first"].items():
        assert c["name"] == name
        assert c["colour"] == c["arrow"] == _rgb(_COLOUR[name]), f"{name}'s colour is the palette's at crc32(id) rem 8"
        assert c["hidden"] == "true", "the cursors are decoration; the readout says what happened"
    assert got["first"]["Ann"]["transform"] == "translate(100px, 50px)"
    assert got["first"]["Bo"]["transform"] == "translate(24px, 96px)"
    assert got["moved"]["Bo"]["transform"] == "translate(64px, 96px)", "a move without coordinates steps 40 px right"
    assert got["moved"]["Ann"]["transform"] == "translate(300px, 180px)"
    assert got["first"]["Ann"]["transition"] == "0.1s", "it glides between updates"
    assert got["gone"] is None
    assert got["left"] == ["cursor-Bo", "cursor-Dan"]


def test_under_reduced_motion_a_cursor_jumps(page):
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    net = open_demo(page, "live-cursors")
    got = run(page, _CURSOR + """
        rtux.peers.act('Ann', 'move', {x: 100, y: 50});
        await advance(arguments[0]);
        return cursor('Ann');
    """, net["latency"] + net["jitter"])
    assert got["transition"] == "0s"


@pytest.mark.parametrize("demo_id", ["live-cursors", "mousemove-presence"])
def test_the_own_cursor_is_never_drawn_and_a_push_while_offline_is_dropped(page, demo_id):
    net = open_demo(page, demo_id)
    got = run(page, _SWEEP + """
        rtux.net.disconnect();
        await sweep(5, 30);
        await advance(200 + arguments[0]);
        return {cursors: $$('#board [id^=cursor-]').length, dropped: rtux.log().filter((e) => e.kind === 'dropped').length,
                pushes: pushes().length, ...readout()};
    """, net["latency"] + net["jitter"])
    assert got["cursors"] == 0 and got["pushes"] == 0
    assert got["dropped"] >= 1
    assert got["last"] == "Others have not seen your cursor yet."
