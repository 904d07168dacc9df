"""The latency demos of issue 12 (PATTERNS.md section 1): dual-state, js-commands and
no-optimism, on the paused virtual clock from file://."""

from demo_support import open_demo, run


# ---------------------------------------------------------------- dual-state (latency level 2)

_ROWS = """
    const row = (id) => $('#item-' + id);
    const look = (id) => { const r = row(id); if (!r) return null;
      return {loading: r.classList.contains('phx-click-loading'), opacity: getComputedStyle(r).opacity,
              pointer: getComputedStyle(r).pointerEvents, pending: shown(r.querySelector('[data-pending]'))}; };
    const ids = () => $$('#items li').map((li) => li.id);
"""


def test_delete_marks_the_row_deleting_in_the_click_and_the_confirmation_removes_it(page):
    open_demo(page, "dual-state")  # 800 ms round trip
    got = run(page, _ROWS + """
        byName('Delete Team offsite').click();
        const atOnce = look(2);                       // same task as the click, no clock advance
        const others = look(3);
        await advance(400);
        const halfway = look(2);
        await advance(400);
        return {atOnce, others, halfway, after: ids(), state: rtux.server.state()};
    """)
    assert got["atOnce"]["loading"] and got["atOnce"]["pending"], "\"Deleting...\" in the click's own task (L1)"
    assert float(got["atOnce"]["opacity"]) < 0.5 and got["atOnce"]["pointer"] == "none", "faded and not clickable"
    assert got["others"] == {"loading": False, "opacity": "1", "pointer": "auto", "pending": False}
    assert got["halfway"]["pending"]
    assert got["after"] == ["item-1", "item-3", "item-4"]
    assert [i["id"] for i in got["state"]["items"]] == ["1", "3", "4"]


def test_a_refused_delete_restores_the_row_and_says_which_one(page):
    open_demo(page, "dual-state", failOn="delete", failureRate=1)
    got = run(page, _ROWS + """
        byName('Delete Invoice 2041').click();
        const pending = look(3);
        await advance(800);
        return {pending, restored: look(3), rows: ids(), error: text('#flash-error p'), state: rtux.server.state()};
    """)
    assert got["pending"]["pending"]
    assert got["restored"] == {"loading": False, "opacity": "1", "pointer": "auto", "pending": False}
    assert got["rows"] == ["item-1", "item-2", "item-3", "item-4"], "back where it was"
    assert got["error"] == "Could not delete “Invoice 2041”. It is back in the list."
    assert len(got["state"]["items"]) == 4


# ---------------------------------------------------------------- js-commands (latency level 1)

_STARS = """
    // What the star shows: the visible icon's fill (the look), and what the button says (aria-pressed).
    const shows = (id) => { const b = $('#star-' + id);
      const icon = [...b.querySelectorAll('svg')].find((s) => shown(s));
      return {filled: !!icon && icon.getAttribute('fill') === 'currentColor', pressed: b.getAttribute('aria-pressed')}; };
    const server = (id) => text('#server-' + id);
"""


def test_both_stars_change_in_the_clicks_own_task_and_the_server_confirms(page):
    open_demo(page, "js-commands")  # 600 ms round trip
    got = run(page, _STARS + """
        $('#star-a').click(); $('#star-b').click();
        const atOnce = {a: shows('a'), b: shows('b')};      // no clock advance: the click's task
        await advance(600);
        return {atOnce, confirmed: {a: shows('a'), b: shows('b')}, server: [server('a'), server('b')], state: rtux.server.state()};
    """)
    assert got["atOnce"]["a"]["filled"] and got["atOnce"]["b"]["filled"]
    assert got["confirmed"] == {"a": {"filled": True, "pressed": "true"}, "b": {"filled": True, "pressed": "true"}}
    assert got["server"] == ["Saved on the server: starred"] * 2
    assert [p["starred"] for p in got["state"]["photos"]] == [True, True]


def test_a_refusal_corrects_the_loading_class_star_but_not_the_sticky_class_one(page):
    open_demo(page, "js-commands", failOn="star", failureRate=1)
    got = run(page, _STARS + """
        $('#star-a').click(); $('#star-b').click();
        const atOnce = {a: shows('a'), b: shows('b')};
        await advance(600);
        return {atOnce, after: {a: shows('a'), b: shows('b')}, server: [server('a'), server('b')], error: text('#flash-error p')};
    """)
    assert got["atOnce"]["a"]["filled"] and got["atOnce"]["b"]["filled"]
    assert got["after"]["b"] == {"filled": False, "pressed": "false"}, "the reply ends the loading class: the server's star"
    assert got["after"]["a"] == {"filled": True, "pressed": "false"}, \
        "JS.toggle_class is sticky (L11): the server's patch cannot take the class back"
    assert got["server"] == ["Saved on the server: not starred"] * 2
    assert got["error"] == "The server did not save the star on “Harbour at dawn”."


# ---------------------------------------------------------------- no-optimism (checkout)

_CHECKOUT = """
    const fill = () => { for (const [id, v] of [['name', 'Ann Example'], ['card', '4242 4242 4242 4242']]) {
      $('#' + id).value = v; $('#' + id).dispatchEvent(new Event('input', {bubbles: true})); } };
    const says = () => $('#rtux-root').textContent;
    const pushes = () => rtux.log().filter((e) => e.kind === 'push' && e.event === 'pay').length;
"""


def test_nothing_says_paid_before_the_server_confirms(page):
    open_demo(page, "no-optimism", preset="3g")  # 2,000 ms round trip
    got = run(page, _CHECKOUT + """
        fill(); byName('Pay €42.00').click();
        const waiting = {button: text('#pay'), disabled: $('#pay').disabled, note: shown('#waiting')};
        await advance(1999);
        const before = {says: /confirmed|charged to/i.test(says()), receipt: !!$('#receipt'), button: text('#pay'), state: rtux.server.state()};
        await advance(1);
        return {waiting, before, after: {title: text('#receipt h2'), receipt: text('#receipt p'), role: $('#receipt') && $('#receipt').getAttribute('role')},
                state: rtux.server.state()};
    """)
    assert got["waiting"] == {"button": "Paying...", "disabled": True, "note": True}
    assert got["before"]["says"] is False and got["before"]["receipt"] is False and got["before"]["button"] == "Paying...", \
        "at 1,999 ms nothing on the page says paid"
    assert len(got["before"]["state"]["charges"]) == 1, "the server charged halfway through the round trip; the page waits for its answer"
    assert got["after"]["title"] == "Payment confirmed"
    assert got["after"]["receipt"] == "€42.00 charged to Ann Example. Order order-1042."
    assert got["after"]["role"] == "status"
    assert got["state"]["paid"] and got["state"]["attempts"] == 1 and len(got["state"]["charges"]) == 1


def test_a_double_click_charges_once_and_a_replay_of_the_order_charges_nothing_more(page):
    open_demo(page, "no-optimism")
    got = run(page, _CHECKOUT + """
        fill(); const pay = byName('Pay €42.00'); pay.click(); pay.click();
        await advance(2000);
        const first = {pushes: pushes(), state: rtux.server.state()};
        const ready = rtux.reset(true); await advance(2000); await ready;   // a reload, the server's data kept
        fill(); byName('Pay €42.00').click(); await advance(2000);
        return {first, replay: {receipt: !!$('#receipt'), state: rtux.server.state()}};
    """)
    assert got["first"]["pushes"] == 1, "the disabled button sends one submit (L3, L4)"
    assert got["first"]["state"]["attempts"] == 1 and len(got["first"]["state"]["charges"]) == 1
    assert got["replay"]["receipt"], "the same order paid again: the receipt, from the server"
    assert got["replay"]["state"]["attempts"] == 2
    assert [c["key"] for c in got["replay"]["state"]["charges"]] == ["order-1042"], "one charge per idempotency key"


def test_a_refused_payment_keeps_the_form_filled_and_says_what_to_do(page):
    open_demo(page, "no-optimism", failOn="pay", failureRate=1)
    got = run(page, _CHECKOUT + """
        fill(); byName('Pay €42.00').click(); await advance(2000);
        return {error: text('#flash-error p'), name: $('#name').value, card: $('#card').value,
                button: text('#pay'), disabled: $('#pay').disabled, receipt: !!$('#receipt'), state: rtux.server.state()};
    """)
    assert got["error"] == "The payment did not go through, and nothing was charged. Check the card details and press Pay again."
    assert got["name"] == "Ann Example" and got["card"] == "4242 4242 4242 4242", "nothing typed is lost"
    assert got["button"] == "Pay €42.00" and not got["disabled"] and not got["receipt"]
    assert got["state"] == {"paid": False, "attempts": 0, "charges": []}


# ---------------------------------------------------------------- optimistic-assigns (latency level 3)

_SWITCH = """
    const sw = () => ({checked: $('#notify').getAttribute('aria-checked'), saving: text('#saving'), server: text('#confirmed')});
"""


def test_the_switch_moves_with_the_reply_and_is_confirmed_when_the_task_saves(page):
    open_demo(page, "optimistic-assigns")  # 100 ms round trip, 1.5 s of server work
    got = run(page, _SWITCH + """
        $('#notify').click();
        await advance(100);                         // the click's reply: applied in the assigns
        const applied = {...sw(), state: rtux.server.state()};
        await advance(1499);
        const working = sw();
        await advance(1);                           // the task's answer (1.5 s after the server got the click)
        return {applied, working, saved: {...sw(), state: rtux.server.state()}};
    """)
    assert got["applied"]["checked"] == "true" and got["applied"]["saving"] == "Saving..."
    assert got["applied"]["state"] == {"enabled": True, "confirmed": False, "stored": False}
    assert got["working"]["saving"] == "Saving..."
    assert got["saved"] == {"checked": "true", "saving": "", "server": "Saved on the server: on",
                            "state": {"enabled": True, "confirmed": True, "stored": True}}


def test_a_failed_save_puts_back_the_confirmed_value_and_says_so(page):
    open_demo(page, "optimistic-assigns", failOn="save", failureRate=1)
    got = run(page, _SWITCH + """
        $('#notify').click(); await advance(100);
        const applied = sw();
        await advance(1500);
        return {applied, reverted: sw(), error: text('#flash-error p'), state: rtux.server.state()};
    """)
    assert got["applied"]["checked"] == "true"
    assert got["reverted"] == {"checked": "false", "saving": "", "server": "Saved on the server: off"}
    assert got["error"] == "Could not save. Email notifications are back off."
    assert got["state"] == {"enabled": False, "confirmed": False, "stored": False}


def test_two_quick_clicks_save_the_later_value(page):
    open_demo(page, "optimistic-assigns")
    got = run(page, _SWITCH + """
        $('#notify').click(); await advance(100);
        $('#notify').click(); await advance(100);   // back off while the first save runs
        const between = sw();
        await advance(1600);
        return {between, end: {...sw(), state: rtux.server.state()}};
    """)
    assert got["between"]["checked"] == "false"
    assert got["end"]["checked"] == "false" and got["end"]["saving"] == ""
    assert got["end"]["state"] == {"enabled": False, "confirmed": False, "stored": False}


# ---------------------------------------------------------------- optimistic-stream (latency level 4)

_CHAT = """
    const send = (t) => { $('#body').value = t; byName('Send').click(); };
    const real = () => $$('#messages li').map((li) => [li.id, li.dataset.ref, li.textContent.trim()]);
    const pending = () => $$('#pending li').map((li) => [li.id, li.textContent.trim(), getComputedStyle(li).opacity]);
"""


def test_a_sent_message_shows_at_once_as_sending_and_the_servers_item_replaces_it(page):
    open_demo(page, "optimistic-stream")  # 700 ms round trip
    got = run(page, _CHAT + """
        send('Hello Ann');
        const atOnce = {pending: pending(), real: real(), input: $('#body').value};
        await advance(700);
        return {atOnce, after: {pending: pending(), real: real()}, state: rtux.server.state()};
    """)
    assert got["atOnce"]["pending"] == [["pending-composer-1", "Hello AnnSending...", "0.6"]], "in the click's task, faded, with a temporary id"
    assert got["atOnce"]["real"] == [] and got["atOnce"]["input"] == ""
    assert got["after"] == {"pending": [], "real": [["messages-1", "composer-1", "Hello Ann"]]}, "the real id, and the ref that ties it to the pending one"
    assert got["state"] == {"messages": [{"id": 1, "body": "Hello Ann", "ref": "composer-1"}]}


def test_a_refused_message_goes_with_an_error_and_its_text_comes_back_into_the_box(page):
    open_demo(page, "optimistic-stream", failOn="send", failureRate=1)
    got = run(page, _CHAT + """
        send('Lunch at one?');
        const sending = pending().length;
        await advance(700);
        return {sending, pending: pending(), real: real(), input: $('#body').value, error: text('#flash-error p')};
    """)
    assert got["sending"] == 1
    assert got["pending"] == [] and got["real"] == []
    assert got["input"] == "Lunch at one?", "nothing typed is lost"
    assert got["error"] == "Your message was not sent. It is back in the box: press Send to try again."


def test_ten_quick_sends_keep_their_order(page):
    open_demo(page, "optimistic-stream")
    got = run(page, _CHAT + """
        for (let i = 1; i <= 10; i++) { send('m' + i); await advance(20); }
        const inFlight = pending().map((p) => p[1].replace('Sending...', ''));
        await advance(800);
        return {inFlight, real: real().map((r) => r[2]), ids: real().map((r) => r[0]), pending: pending().length};
    """)
    order = [f"m{i}" for i in range(1, 11)]
    assert got["inFlight"] == order, "all ten pending within 200 ms of a 700 ms round trip, in the order sent"
    assert got["real"] == order and got["ids"] == [f"messages-{i}" for i in range(1, 11)]
    assert got["pending"] == 0
