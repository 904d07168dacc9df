"""live-broadcast (issue 10, PATTERNS.md section 3): each field is saved alone after 500 ms
of quiet (phx-debounce, L15) and broadcast; a peer's change shows in the field with "changed
by Ann" for 1 s, except in the field the user is in, which keeps their text and offers
theirs ("Ann changed this field · Show"). Paused virtual clock, file://, 100 ms round trip."""

from demo_support import open_demo, run, severe_console

RELAUNCH = "Landing page for the spring relaunch."

_JS = """
    const type = (sel, value) => { const el = $(sel); el.focus(); el.value = value; el.dispatchEvent(new Event('input', {bubbles: true})); };
    const edits = () => rtux.log().filter((e) => e.kind === 'push' && e.event === 'edit').length;
    const record = () => rtux.server.state().record;
"""


def test_an_edit_is_saved_once_after_half_a_second_of_quiet(page):
    open_demo(page, "live-broadcast", latency=100)
    got = run(page, _JS + """
        type('#name', 'A'); await advance(200); type('#name', 'Ap'); await advance(200); type('#name', 'Apex');
        await advance(450); const early = edits();
        await advance(200);
        return {early, after: edits(), record: record(), notice: text('#notice')};
    """)
    assert got["early"] == 0, "nothing is sent while the user keeps typing"
    assert got["after"] == 1
    assert got["record"]["name"] == "Apex"
    assert got["notice"] == "Saved."
    assert severe_console(page) == []


def test_a_peers_change_to_another_field_shows_with_its_author_for_a_second(page):
    open_demo(page, "live-broadcast", latency=100)
    got = run(page, _JS + """
        $('#name').focus(); await advance(100);
        rtux.peers.act('Ann', 'describe'); await advance(100);
        const during = {value: $('#description').value, changed: $('#description').dataset.changed,
                        note: text('#changed-description'), flash: !!$('#changed-description .motion-safe\\\\:animate-highlight-flash')};
        await advance(1100);
        return {during, after: {changed: $('#description').dataset.changed ?? null, note: text('#changed-description')},
                pending: !!$('#pending-description')};
    """)
    assert got["during"] == {"value": RELAUNCH, "changed": "Ann", "note": "changed by Ann", "flash": True}
    assert got["after"] == {"changed": None, "note": ""}
    assert got["pending"] is False
    assert severe_console(page) == []


def test_a_peers_change_to_the_field_being_typed_in_keeps_the_users_text_until_show(page):
    open_demo(page, "live-broadcast", latency=100)
    got = run(page, _JS + """
        type('#description', 'Mine'); await advance(600);
        rtux.peers.act('Ann', 'describe'); await advance(100);
        const kept = {value: $('#description').value, focused: document.activeElement.id,
                      note: text('#pending-description'), named: !!byName("Show Ann's description")};
        $('#show-description').focus(); $('#show-description').click(); await advance(300);
        return {kept, after: $('#description').value, pending: !!$('#pending-description'), record: record()};
    """)
    assert got["kept"]["value"] == "Mine" and got["kept"]["focused"] == "description"
    assert got["kept"]["note"] == "Ann changed this field · Show"
    assert got["kept"]["named"]
    assert got["after"] == RELAUNCH and got["pending"] is False
    assert got["record"]["description"] == RELAUNCH
    assert severe_console(page) == []
