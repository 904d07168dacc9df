"""live-highlight (PATTERNS.md section 6, issue 9): a price table fed by the server's
send_after ticks, on the paused virtual clock from file://. With no latency the ticks land
exactly: the first at 1000 ms, then one per interval of the chosen rate. The feed is fixed:
ACME +0.15, CRUX +0.40, BOLT -0.03, DYNA +0.02, CRUX -0.25, ACME -0.05, ..."""

from demo_support import open_demo, run
from helpers import emulate_media

_TABLE = """
    const cell = (s) => { const td = $('#price-' + s); const flash = td.querySelector('[id^=flash-]');
      const arrow = td.querySelector('[data-arrow]'); const style = getComputedStyle(flash);
      return {changed: td.getAttribute('data-changed'), arrow: arrow.textContent,
              price: text(flash), flash: flash.id, animation: style.animationName, ring: style.boxShadow !== 'none',
              move: text(td.nextElementSibling)}; };
    const marked = () => $$('#quotes td[data-changed]').map((td) => td.id);
    const step = () => rtux.server.state().step;
"""


def test_a_tick_moves_one_price_and_marks_its_cell_with_the_direction_for_a_second(page):
    open_demo(page, "live-highlight", latency=0)
    got = run(page, _TABLE + """
        const mount = {marked: marked(), acme: cell('ACME')};
        await advance(999);
        const before = marked();
        await advance(1);
        const up = {marked: marked(), acme: cell('ACME')};
        await advance(999);
        const stillUp = cell('ACME');
        await advance(1);
        const next = {marked: marked(), acme: cell('ACME'), crux: cell('CRUX')};
        await advance(1000);
        const down = {marked: marked(), bolt: cell('BOLT')};
        return {mount, before, up, stillUp, next, down};
    """)
    assert got["mount"]["marked"] == [] and got["before"] == [], "a mount marks nothing; the first tick is at 1 s"
    assert got["mount"]["acme"]["price"] == "41.20" and got["mount"]["acme"]["animation"] == "none"
    acme = got["up"]["acme"]
    assert got["up"]["marked"] == ["price-ACME"], "one price per tick"
    assert (acme["changed"], acme["arrow"], acme["price"], acme["move"]) == ("up", "▲", "41.35", "+0.15")
    assert acme["animation"] == "highlight-flash" and not acme["ring"], "the flash is the kit's animation"
    assert got["stillUp"]["changed"] == "up"
    assert got["next"]["marked"] == ["price-CRUX"], "ACME's mark went 1 s after its move"
    assert (got["next"]["acme"]["changed"], got["next"]["acme"]["arrow"]) == (None, "")
    assert got["next"]["acme"]["price"] == "41.35" and got["next"]["acme"]["move"] == "+0.15", "the price and the last move stay"
    assert got["next"]["crux"]["changed"] == "up" and got["next"]["crux"]["price"] == "230.50"
    bolt = got["down"]["bolt"]
    assert got["down"]["marked"] == ["price-BOLT"]
    assert (bolt["changed"], bolt["arrow"], bolt["price"], bolt["move"]) == ("down", "▼", "12.82", "−0.03")


def test_the_rate_control_sets_the_interval_of_the_next_ticks(page):
    open_demo(page, "live-highlight", latency=0)
    got = run(page, _TABLE + """
        const pressed = () => $$('[role=group] button').filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.id);
        const at1 = pressed();
        await advance(500);
        $('#rate-5').click();
        await advance(0);
        const at5 = pressed();
        const s0 = step();
        await advance(199);
        const early = step();
        await advance(1);
        const first = step();
        await advance(800);
        const fast = step() - s0;
        $('#rate-2').click();
        await advance(0);
        const s1 = step();
        await advance(1000);
        const medium = step() - s1;
        return {at1, at5, s0, early, first, fast, medium, rate: rtux.server.state().rate};
    """)
    assert got["at1"] == ["rate-1"] and got["at5"] == ["rate-5"]
    assert got["s0"] == 0, "no tick yet: choosing a rate re-arms the timer rather than waiting out the old second"
    assert got["early"] == 0 and got["first"] == 1, "the next tick is 200 ms after the choice"
    assert got["fast"] == 5 and got["medium"] == 2 and got["rate"] == "2"


def test_pause_stops_the_ticks_and_the_marks_still_clear(page):
    open_demo(page, "live-highlight", latency=0)
    got = run(page, _TABLE + """
        await advance(1000);
        const toggle = $('#ticks-toggle');
        toggle.focus();
        toggle.click();
        await advance(0);
        const paused = {label: text(toggle), focused: document.activeElement === $('#ticks-toggle'), marked: marked()};
        await advance(5000);
        const later = {step: step(), marked: marked(), acme: cell('ACME').price};
        $('#ticks-toggle').click();
        await advance(1000);
        return {paused, later, resumed: {label: text('#ticks-toggle'), step: step(), marked: marked()}};
    """)
    assert got["paused"] == {"label": "Resume ticks", "focused": True, "marked": ["price-ACME"]}
    assert got["later"] == {"step": 1, "marked": [], "acme": "41.35"}
    assert got["resumed"] == {"label": "Pause ticks", "step": 2, "marked": ["price-CRUX"]}


def test_a_second_move_within_the_second_flashes_again(page):
    open_demo(page, "live-highlight", latency=0)
    got = run(page, _TABLE + """
        $('#rate-5').click();
        await advance(400);
        const first = cell('CRUX');                   // tick 2: CRUX +0.40
        await advance(600);
        return {first, second: cell('CRUX')};         // tick 5: CRUX -0.25, its mark still on
    """)
    assert got["first"]["changed"] == "up" and got["first"]["price"] == "230.50"
    second = got["second"]
    assert (second["changed"], second["arrow"], second["price"]) == ("down", "▼", "230.25")
    assert second["flash"] != got["first"]["flash"], "a new element, so its animation starts again"
    assert second["animation"] == "highlight-flash"


def test_under_reduced_motion_the_flash_stops_and_the_mark_stays(page):
    emulate_media(page, prefers_reduced_motion="reduce")
    open_demo(page, "live-highlight", latency=0)
    got = run(page, _TABLE + """
        await advance(1000);
        const on = cell('ACME');
        await advance(1000);
        return {on, off: cell('ACME')};
    """)
    assert (got["on"]["changed"], got["on"]["arrow"], got["on"]["price"]) == ("up", "▲", "41.35")
    assert got["on"]["animation"] == "none", "no flash"
    assert got["on"]["ring"], "a steady ring marks the cell instead"
    assert got["off"]["changed"] is None and got["off"]["arrow"] == "" and not got["off"]["ring"], "and it goes with the mark"
