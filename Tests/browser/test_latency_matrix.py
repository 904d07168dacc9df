"""The latency matrix (issue 12): a demo block with `matrix: 0,100,300,1000` shows the demo once per
round trip, on one clock the page drives and with one click for all (dom/pane.js, gallery.js).

The page reaches its panes only through postMessage (file:// frames are separate origins); the
test reads each pane by switching into its frame, and drives the clock through the same calls as
the page's buttons (`rtuxPanes` on the matrix element).
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from helpers import assert_no_console_errors, open_page

PAGE = "latency/latency-thresholds.html"
PANES = "document.querySelector('[data-panes]').rtuxPanes"


def call(browser, expression):
    """Awaits a promise of the page's matrix."""
    return browser.execute_async_script(f"const done = arguments[0]; Promise.resolve({PANES}.{expression}).then(done)")


def panes(browser):
    return browser.find_elements(By.CSS_SELECTOR, ".pane iframe")


def in_each_pane(browser, script):
    out = []
    for frame in panes(browser):
        browser.switch_to.frame(frame)
        try:
            out.append(browser.execute_script(script))
        finally:
            browser.switch_to.default_content()
    return out


LOOK = """
    const add = document.getElementById('add');
    return {label: add.textContent.trim(), disabled: add.disabled, loading: add.classList.contains('phx-click-loading'),
            cart: document.getElementById('cart').textContent.trim(), now: window.rtux.clock.now()};
"""


def open_paused(browser, page_url):
    open_page(browser, page_url(PAGE))
    call(browser, "ready")
    browser.execute_script(f"{PANES}.pause()")
    call(browser, "reset()")  # time 0 in every pane, whatever ran before the pause


def statuses(browser):
    return [p.text for p in browser.find_elements(By.CSS_SELECTOR, "[data-pane-status]")]


def test_each_pane_is_labelled_with_its_latency_and_the_level_it_calls_for(browser, page_url):
    open_paused(browser, page_url)
    labels = [p.text for p in browser.find_elements(By.CSS_SELECTOR, ".pane-label")]
    assert labels == [
        "0 ms · Under 100 ms: nothing needed",
        "100 ms · 100–300 ms: loading classes suffice (level 0)",
        "300 ms · 100–300 ms: loading classes suffice (level 0)",
        "1,000 ms · Over 300 ms: client-side commands or an optimistic level (1–4)",
    ]
    assert [p["cart"] for p in in_each_pane(browser, LOOK)] == ["In your cart: 0"] * 4, "every pane joined at time 0"
    assert_no_console_errors(browser)


def test_one_click_in_one_pane_happens_in_all_and_each_replies_at_its_latency(browser, page_url):
    open_paused(browser, page_url)
    frame = panes(browser)[2]  # a click in the 300 ms pane
    browser.switch_to.frame(frame)
    browser.find_element(By.ID, "add").click()
    browser.switch_to.default_content()
    # The click reaches the page, which sends it to every pane: each pushes it (and says so).
    WebDriverWait(browser, 5).until(lambda d: statuses(d) == ["Waiting for the reply…"] * 4)
    call(browser, "advance(0)")
    at0 = in_each_pane(browser, LOOK)
    assert [p["cart"] for p in at0] == ["In your cart: 1", "In your cart: 0", "In your cart: 0", "In your cart: 0"]
    assert [p["label"] for p in at0[1:]] == ["Adding..."] * 3, "phx-disable-with in every pane (L4), not only the clicked one"
    assert all(p["loading"] and p["disabled"] for p in at0[1:])

    call(browser, "advance(100)")
    at100 = in_each_pane(browser, LOOK)
    assert [p["now"] for p in at100] == [100] * 4, "one clock"
    assert [p["cart"] for p in at100] == ["In your cart: 1", "In your cart: 1", "In your cart: 0", "In your cart: 0"]
    assert at100[1]["label"] == "Add to cart" and not at100[1]["loading"], "the 100 ms pane is done at 100 ms"
    assert at100[3]["label"] == "Adding..." and at100[3]["loading"], "the 1,000 ms pane still shows its loading state"
    assert statuses(browser)[:2] == ["Replied after 0 ms: within a click's 100 ms budget.",
                                     "Replied after 100 ms: within a click's 100 ms budget."]
    assert statuses(browser)[2:] == ["Waiting for the reply…"] * 2

    call(browser, "advance(200)")
    assert [p["cart"] for p in in_each_pane(browser, LOOK)][2:] == ["In your cart: 1", "In your cart: 0"]
    call(browser, "advance(700)")
    assert [p["cart"] for p in in_each_pane(browser, LOOK)] == ["In your cart: 1"] * 4, "one click, one item, in every pane"
    assert statuses(browser)[2:] == ["Replied after 300 ms: 200 ms over a click's 100 ms budget.",
                                     "Replied after 1,000 ms: 900 ms over a click's 100 ms budget."]
    assert_no_console_errors(browser)


def test_the_step_button_pauses_and_moves_every_pane_100_ms(browser, page_url):
    open_page(browser, page_url(PAGE))
    call(browser, "ready")
    step = browser.find_element(By.CSS_SELECTOR, "[data-panes-step]")
    pause = browser.find_element(By.CSS_SELECTOR, "[data-panes-pause]")
    assert pause.get_attribute("aria-pressed") == "false", "the matrix runs in real time until paused"
    call(browser, "reset()")
    step.click()
    assert pause.get_attribute("aria-pressed") == "true"
    before = call(browser, "now()")
    step.click()
    call(browser, "advance(0)")  # the step's messages are in order before this one's answer
    assert call(browser, "now()") == before + 100
    nows = {p["now"] for p in in_each_pane(browser, LOOK)}
    assert len(nows) == 1, f"every pane on the same time: {nows}"
    clock = browser.find_element(By.CSS_SELECTOR, "[data-panes-clock]").text
    assert clock == f"t = {round(before + 100):,} ms"
    assert_no_console_errors(browser)
