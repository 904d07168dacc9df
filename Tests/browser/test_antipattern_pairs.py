"""The anti-patterns page (issue 12): each anti-pattern as a bad/good pair of demos on one clock,
and "Run the script" playing the same faults into both (gallery.js, dom/pane.js). Under the same
script the bad side visibly fails and the good side does not.

The page reaches its panes only through postMessage (file:// frames are separate origins); the test
reads each pane by switching into its frame and drives the clock through `rtuxPanes`, the same
calls as the page's buttons.
"""

import pytest
from selenium.webdriver.common.by import By

from helpers import assert_no_console_errors, open_page

PAGE = "guide/anti-patterns.html"


class Pair:
    def __init__(self, browser, bad):
        self.browser = browser
        self.group = browser.find_element(By.CSS_SELECTOR, f"[data-panes]:has(iframe[src*='demos/{bad}.html'])")
        self.frames = self.group.find_elements(By.CSS_SELECTOR, "iframe")
        assert len(self.frames) == 2

    def call(self, expression):
        return self.browser.execute_async_script(
            f"const done = arguments[1]; Promise.resolve(arguments[0].rtuxPanes.{expression}).then(done)", self.group)

    def look(self, script):
        out = []
        for frame in self.frames:
            self.browser.switch_to.frame(frame)
            try:
                out.append(self.browser.execute_script(script))
            finally:
                self.browser.switch_to.default_content()
        return out

    def run(self):
        self.call("ready")
        self.browser.execute_script("arguments[0].rtuxPanes.pause()", self.group)
        self.call("runScript()")


def open_pair(browser, page_url, bad):
    open_page(browser, page_url(PAGE))
    return Pair(browser, bad)


def test_each_pair_is_labelled_bad_and_good_with_a_script_button(browser, page_url):
    open_page(browser, page_url(PAGE))
    groups = browser.find_elements(By.CSS_SELECTOR, "[data-panes]")
    assert len(groups) >= 2
    for group in groups:
        labels = [p.text.split(" · ")[0] for p in group.find_elements(By.CSS_SELECTOR, ".pane-label")]
        assert labels == ["Bad", "Good"]
        assert group.find_element(By.CSS_SELECTOR, "[data-panes-script]").text == "Run the script"
    assert_no_console_errors(browser)


INVOICE = r"""
    const shown = (el) => !!el && !el.hidden && getComputedStyle(el).display !== 'none';
    const approve = document.getElementById('approve');
    return {status: document.getElementById('status').textContent.trim(), disabled: approve.disabled,
            name: approve.innerText.replace(/\s+/g, ' ').trim(), banner: shown(document.getElementById('banner'))};
"""


def test_silent_disconnect_loses_the_clicks_unseen_where_requires_connection_says_so(browser, page_url):
    pair = open_pair(browser, page_url, "silent-disconnect")
    pair.run()
    pair.call("advance(500)")
    assert [s["status"] for s in pair.look(INVOICE)] == ["Approved 1 times · not archived"] * 2, "online, both approve"
    pair.call("advance(2500)")  # offline since 1 s; Approve at 1.6 s and Archive at 2.2 s
    bad, good = pair.look(INVOICE)
    assert bad == {"status": "Approved 1 times · not archived", "disabled": False, "name": "Approve invoice", "banner": False}, \
        "the bad side looks usable and says nothing; its two clicks went nowhere (L7)"
    assert good["disabled"] and good["name"] == "Approve invoice (offline)" and good["banner"], \
        "the good side disabled the actions, said (offline), and its banner says why"
    assert good["status"] == "Approved 1 times · not archived"
    assert_no_console_errors(browser)


CHECKOUT = """
    const shown = (el) => !!el && !el.hidden && getComputedStyle(el).display !== 'none';
    const receipt = document.getElementById('receipt'), form = document.getElementById('checkout');
    const error = document.querySelector('#flash-error p');
    return {receipt: shown(receipt) ? receipt.querySelector('h2').textContent.trim() : null, form: shown(form),
            pay: shown(form) ? document.getElementById('pay').textContent.trim() : null,
            name: form ? document.getElementById('name').value : null, error: error ? error.textContent.trim() : null};
"""


def test_optimistic_payment_claims_success_the_bank_then_refuses_where_no_optimism_waits(browser, page_url):
    pair = open_pair(browser, page_url, "optimistic-payment")
    pair.run()
    pair.call("advance(600)")  # Pay clicked at 500 ms; the bank answers 2 s later, refusing
    bad, good = pair.look(CHECKOUT)
    assert bad["receipt"] == "Payment confirmed" and not bad["form"], "success shown before any answer"
    assert good["receipt"] is None and good["pay"] == "Paying...", "the good side waits (L4)"
    pair.call("advance(2000)")
    bad, good = pair.look(CHECKOUT)
    refused = "The payment did not go through, and nothing was charged. Check the card details and press Pay again."
    assert bad["error"] == refused and bad["receipt"] == "Payment confirmed" and not bad["form"], \
        "the refusal arrives under a receipt that still says it worked, and the form is gone"
    assert good["error"] == refused and good["receipt"] is None and good["form"] and good["name"] == "Ann Example", \
        "the good side never said paid, and the form keeps what was typed"
    assert_no_console_errors(browser)


def test_reset_after_a_script_starts_both_over_with_their_own_settings(browser, page_url):
    pair = open_pair(browser, page_url, "optimistic-payment")
    pair.run()
    pair.call("advance(3000)")
    pair.call("reset()")
    pair.call("advance(0)")
    for side in pair.look(CHECKOUT):
        assert side["form"] and side["name"] == "" and side["error"] is None and side["receipt"] is None
    # The script's 100 % failure rate is gone with the reset: a payment now goes through on both sides.
    pair.look("document.getElementById('name').value = 'Bo'; document.getElementById('card').value = '4111'; return 1")
    pair.browser.switch_to.frame(pair.frames[1])
    pair.browser.find_element(By.ID, "pay").click()
    pair.browser.switch_to.default_content()
    pair.call("advance(100)")  # the click reaches the page, and comes back to both panes in order
    pair.call("advance(2100)")
    assert [s["error"] for s in pair.look(CHECKOUT)] == [None, None]
    assert_no_console_errors(browser)


PAGE_PARTS = r"""
    const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const load = document.getElementById('load');
    return {title: shown(document.getElementById('primitives-title')), load: shown(load),
            spinner: shown(document.getElementById('page-spinner')), skeleton: shown(document.getElementById('content-skeleton')),
            rows: document.querySelectorAll('#content-body tbody tr').length};
"""


def test_full_page_spinner_hides_the_page_where_skeletons_keep_it(browser, page_url):
    pair = open_pair(browser, page_url, "full-page-spinner")
    pair.run()
    pair.call("advance(500)")  # the load takes 1 s
    bad, good = pair.look(PAGE_PARTS)
    assert bad["spinner"] and not bad["title"] and not bad["load"], "only the spinner is left on the bad side"
    assert good["title"] and good["load"] and good["skeleton"] and not good["spinner"], "the good side keeps the page"
    pair.call("advance(600)")
    for side in pair.look(PAGE_PARTS):
        assert side["title"] and side["rows"] == 3 and not side["spinner"] and not side["skeleton"]
    assert_no_console_errors(browser)


WAIT = r"""
    const dialog = document.getElementById('export-dialog');
    const open = !!dialog && dialog.getClientRects().length > 0;
    // What a click in the middle of the page would reach.
    const target = document.getElementById('exports').getBoundingClientRect();
    const hit = document.elementFromPoint(target.left + target.width / 2, target.top + target.height / 2);
    return {dialog: open, reachable: !!hit && hit.closest('#exports') !== null,
            busy: document.getElementById('export').classList.contains('phx-click-loading')};
"""


def test_blocking_modal_blocks_the_page_while_a_lost_reply_is_awaited_where_the_busy_button_does_not(browser, page_url):
    pair = open_pair(browser, page_url, "blocking-modal")
    pair.run()
    for at in (3000, 17000):  # 3 s and 20 s after the start: the reply is lost, LiveView still waits (L8)
        pair.call(f"advance({at})")
        bad, good = pair.look(WAIT)
        assert bad == {"dialog": True, "reachable": False, "busy": True}, f"the bad side is blocked at {at} ms steps"
        assert good == {"dialog": False, "reachable": True, "busy": True}, "the good side's page stays usable"
    assert_no_console_errors(browser)


SETTINGS = r"""
    const conflict = document.getElementById('conflict');
    const notice = document.getElementById('notice');
    return {conflict: !!conflict && conflict.getClientRects().length > 0, notice: notice ? notice.textContent.trim() : null,
            description: document.getElementById('description').value, record: window.rtux.server.state().record};
"""


def test_last_write_wins_loses_beas_edit_where_optimistic_locking_keeps_both(browser, page_url):
    pair = open_pair(browser, page_url, "last-write-wins")
    pair.run()
    pair.call("advance(1500)")
    typed = "Spring launch page, now with the pricing table."
    bad, good = pair.look(SETTINGS)
    assert bad["notice"] == "Saved as v3." and not bad["conflict"], "the bad side says it saved, and nothing else"
    assert bad["record"]["version"] == 3 and bad["record"]["value"]["name"] == "Apollo", "Bea's rename is gone"
    assert good["conflict"] and good["description"] == typed, "refused, with the typed text kept"
    assert good["record"]["version"] == 2 and good["record"]["value"]["name"] == "Apollo Relaunch", "Bea's save stands"
    assert_no_console_errors(browser)


BOARD = r"""
    const text = (id) => document.getElementById(id).textContent.trim();
    return {peak: Number(text('broadcast-peak').replace(/\D+/g, '')), last: text('last-sent')};
"""


def test_mousemove_presence_broadcasts_every_move_where_live_cursors_throttles(browser, page_url):
    pair = open_pair(browser, page_url, "mousemove-presence")
    pair.run()
    pair.call("advance(2500)")  # the sweep ends at ~2 s; the throttled side's last send follows
    bad, good = pair.look(BOARD)
    assert bad["peak"] >= 50, f"about 60 broadcasts a second on the bad side: {bad}"
    assert 1 <= good["peak"] <= 10, f"at most 10 a second on the good side: {good}"
    assert bad["last"] == good["last"] and bad["last"].startswith("Others last saw your cursor at"), \
        "both end where the pointer stopped"
    assert_no_console_errors(browser)
