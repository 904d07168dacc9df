"""pessimistic-lock (issue 10, PATTERNS.md section 3): "Start editing" takes the billing
section's lock; the other side sees a yellow border, "Ann is editing" with a pulsing dot and a
disabled Start editing that names her; the lock goes on save, cancel, leave, vanish (at the
peers' heartbeat timeout, 20 s here) and expiry (the TTL, 10 s unless a button changes it), and
the status region says which. On the paused virtual clock from file://, 100 ms round trip: a
peer's action lands after 50 ms, a broadcast one 0 ms timer later."""

from demo_support import open_demo, run, severe_console

SEED = {"email": "invoices@northwind.example", "iban": "DE89 3704 0044 0532 0130 00"}

_HELPERS = """
    const ann = async (action, payload) => { rtux.peers.act('Ann', action, payload || {}); await advance(100); };
    const look = () => ({status: text('#lock-status'), locked: $('#billing').dataset.locked,
      yellow: $('#billing').classList.contains('border-yellow-400'),
      start: $('#start-editing') && {text: text('#start-editing'), disabled: $('#start-editing').disabled},
      form: !!$('#billing-form'), lock: rtux.server.state().lock});
"""


def _open(page):
    open_demo(page, "pessimistic-lock", latency=100)


def _ann_holds(page, body):
    """Ann takes the lock, then `body` runs; returns what the section showed while she held it and after."""
    return run(page, _HELPERS + "await ann('edit'); const held = look();\n" + body + "\nreturn {held, after: look(), state: rtux.server.state()};")


def test_start_editing_takes_the_lock_and_a_peers_take_is_refused(page):
    _open(page)
    got = run(page, _HELPERS + """
        const before = look();
        $('#start-editing').click(); await advance(100);
        const mine = {...look(), email: $('#email').value};
        await ann('edit');
        // Her refused take changes nothing; your view keeps renewing (every 2 s, TTL 10 s).
        await advance(15000);
        return {before, mine, after: look(), now: rtux.clock.now()};
    """)
    assert got["before"]["lock"] is None and got["before"]["start"] == {"text": "Start editing", "disabled": False}
    assert got["mine"]["form"] and got["mine"]["email"] == SEED["email"]
    assert got["mine"]["status"] == "You are editing. The others see that until you save or cancel."
    assert got["mine"]["lock"]["holder"] == "You" and got["mine"]["locked"] == "false" and not got["mine"]["yellow"]
    assert got["after"]["lock"]["holder"] == "You", "Ann's take was refused"
    assert got["after"]["lock"]["expires_at"] > got["now"], "renewed, so not expired"
    assert severe_console(page) == []


def test_a_peers_lock_shows_a_yellow_border_and_her_name_and_disables_start_editing(page):
    _open(page)
    got = run(page, _HELPERS + """
        await ann('edit');
        const held = look();
        const dot = $('#lock-status span[aria-hidden=true]');
        const classes = [...dot.classList], role = $('#lock-status').getAttribute('role');
        // A click that gets through anyway is refused by the table.
        $('#start-editing').disabled = false; $('#start-editing').click(); await advance(100);
        return {held, classes, role, after: look()};
    """)
    held = got["held"]
    assert held["status"] == "Ann is editing"
    assert held["locked"] == "true" and held["yellow"]
    assert held["start"] == {"text": "Start editing (Ann has the lock)", "disabled": True}
    assert got["role"] == "status"
    assert "animate-pulse" in got["classes"] and "motion-reduce:animate-none" in got["classes"]
    assert held["lock"] == {"holder": "Ann", "expires_at": 10150}, "taken at 150 ms (join 100, one way 50) for 10 s"
    assert not got["after"]["form"] and got["after"]["lock"]["holder"] == "Ann"
    assert severe_console(page) == []


def test_the_pulse_stops_under_reduced_motion(page):
    _open(page)
    page.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    got = run(page, _HELPERS + """
        await ann('edit');
        return getComputedStyle($('#lock-status span[aria-hidden=true]')).animationName;
    """)
    assert got == "none"


def test_released_on_anns_save(page):
    _open(page)
    got = _ann_holds(page, "await ann('save', {email: 'ap@northwind.example'});")
    assert got["after"]["status"] == "Ann saved and released the lock."
    assert got["after"]["lock"] is None and got["after"]["locked"] == "false" and not got["after"]["yellow"]
    assert got["after"]["start"] == {"text": "Start editing", "disabled": False}
    assert got["state"]["record"] == {**SEED, "email": "ap@northwind.example"}
    assert run(page, "return text('#record-email');") == "ap@northwind.example"


def test_released_on_anns_cancel(page):
    _open(page)
    got = _ann_holds(page, "await ann('cancel');")
    assert got["after"]["status"] == "Ann cancelled and released the lock."
    assert got["after"]["lock"] is None and got["state"]["record"] == SEED


def test_released_when_ann_leaves(page):
    _open(page)
    got = _ann_holds(page, "await ann('leave');")
    assert got["after"]["status"] == "Ann's connection closed, so the lock was released."
    assert got["after"]["lock"] is None and got["after"]["start"]["disabled"] is False


def test_released_when_ann_vanishes_at_the_heartbeat_timeout(page):
    _open(page)
    # A 30 s TTL, longer than the 20 s heartbeat timeout: the timeout releases it first.
    got = run(page, _HELPERS + """
        $('#ttl-30000').click(); await advance(100);
        await ann('edit');
        rtux.peers.act('Ann', 'vanish'); await advance(100);
        await advance(19800);
        const before = look();
        await advance(200);
        return {before, after: look(), pressed: $('#ttl-30000').getAttribute('aria-pressed')};
    """)
    assert got["pressed"] == "true"
    assert got["before"]["status"] == "Ann is editing", "nothing is sent when a laptop sleeps"
    assert got["after"]["status"] == "Ann's connection closed, so the lock was released."
    assert got["after"]["lock"] is None


def test_released_when_ann_stops_renewing(page):
    _open(page)
    got = run(page, _HELPERS + """
        await ann('edit');                 // lands at 150 ms: held until 10,150
        await advance(5000);
        await ann('renew');                // lands at 5,250: held until 15,250
        await advance(9949);
        const renewed = look();
        await advance(200);
        return {renewed, after: look()};
    """)
    assert got["renewed"]["lock"] == {"holder": "Ann", "expires_at": 15250}
    assert got["renewed"]["status"] == "Ann is editing"
    assert got["after"]["status"] == "Ann's lock expired: it was not renewed in time."
    assert got["after"]["lock"] is None


def test_the_users_save_and_cancel_release_the_lock(page):
    _open(page)
    got = run(page, _HELPERS + """
        $('#start-editing').click(); await advance(100);
        const email = $('#email'); email.value = 'billing@acme.example';
        email.dispatchEvent(new Event('input', {bubbles: true})); await advance(100);
        $('#save').click(); await advance(100);
        const saved = {...look(), record: rtux.server.state().record};
        $('#start-editing').click(); await advance(100);
        $('#cancel').click(); await advance(100);
        const cancelled = look();
        await ann('edit');
        return {saved, cancelled, ann: look()};
    """)
    assert got["saved"]["status"] == "Saved. The section is free again."
    assert got["saved"]["lock"] is None and not got["saved"]["form"]
    assert got["saved"]["record"] == {**SEED, "email": "billing@acme.example"}
    assert got["cancelled"]["status"] == "Cancelled. The section is free again." and got["cancelled"]["lock"] is None
    assert got["ann"]["lock"]["holder"] == "Ann", "free for Ann after your cancel"
    assert severe_console(page) == []
