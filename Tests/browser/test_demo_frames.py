"""A demo placed in a pattern page: the frame follows the gallery's theme and grows with the demo.

The gallery and its frames talk only through postMessage (DESIGN.md): pages opened from file://
cannot reach into their frames' documents.
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from helpers import assert_no_console_errors, clear_storage, open_page

PAGE = "latency/undo-buffer.html"


def frame_height(browser):
    """The frame's inner height: what the demo's document gets to show."""
    return browser.execute_script("return document.querySelector('.demo iframe').clientHeight")


def inside_frame(browser, script):
    frame = browser.find_element(By.CSS_SELECTOR, ".demo iframe")
    browser.switch_to.frame(frame)
    try:
        return browser.execute_script(script)
    finally:
        browser.switch_to.default_content()


def test_frame_takes_the_demos_height_and_grows_with_its_panel(browser, page_url):
    open_page(browser, page_url(PAGE))
    inside_frame(browser, "return window.rtux.ready.then(() => true)")
    content = lambda: inside_frame(browser, "return Math.ceil(document.documentElement.getBoundingClientRect().height)")
    WebDriverWait(browser, 5).until(lambda d: abs(frame_height(d) - content()) <= 1)
    before = frame_height(browser)
    inside_frame(browser, "document.querySelector('#rtux-panel').open = true")
    WebDriverWait(browser, 5).until(lambda d: frame_height(d) > before + 50 and abs(frame_height(d) - content()) <= 1)
    assert_no_console_errors(browser)


def test_frame_follows_the_gallery_theme(browser, page_url):
    open_page(browser, page_url(PAGE))
    try:
        start = browser.execute_script("return document.documentElement.dataset.theme")
        WebDriverWait(browser, 5).until(lambda d: inside_frame(d, "return document.documentElement.dataset.theme") == start)
        browser.find_element(By.ID, "theme-toggle").click()
        flipped = "dark" if start == "light" else "light"
        WebDriverWait(browser, 5).until(lambda d: inside_frame(d, "return document.documentElement.dataset.theme") == flipped)
    finally:
        clear_storage(browser)


def test_no_request_leaves_the_page(browser, page_url):
    """Every resource a gallery page, its demo frame and a standalone demo load is a local file."""
    for rel in ["index.html", PAGE, "components/avatar_stack.html", "demos/typing-indicator.html"]:
        open_page(browser, page_url(rel))
        urls = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        if rel == PAGE:
            urls += inside_frame(browser, "return performance.getEntriesByType('resource').map(e => e.name)")
        remote = [u for u in urls if not u.startswith("file:")]
        assert not remote, f"{rel} requested {remote}"
        assert_no_console_errors(browser)


def test_demo_tabs_copy_what_rtux_snippet_prints(browser, page_url):
    from test_components import SPY, copied_from, snippet

    open_page(browser, page_url(PAGE))
    browser.execute_script(SPY)
    tabs = browser.find_elements(By.CSS_SELECTOR, ".demo [role=tab]")
    labels = [tab.text for tab in tabs]
    assert labels[0] == "Preview" and "Elixir" in labels and "HEEx" in labels, labels
    for tab in tabs[1:]:
        fmt = tab.get_attribute("id").rsplit("-tab-", 1)[1]
        tab.click()
        panel = browser.find_element(By.ID, tab.get_attribute("aria-controls"))
        assert panel.is_displayed()
        assert copied_from(browser, panel).rstrip("\n") == snippet("undo-buffer", "--format", fmt).rstrip("\n"), fmt
    tabs[0].click()
    assert browser.find_element(By.CSS_SELECTOR, ".demo iframe").is_displayed()


def test_width_presets_resize_the_frame(browser, page_url):
    open_page(browser, page_url(PAGE))
    group = browser.find_element(By.CSS_SELECTOR, ".demo-widths")
    assert group.is_displayed(), "the width presets show once the page's script runs"
    full = browser.execute_script("return document.querySelector('.demo iframe').getBoundingClientRect().width")
    for label, width in [("Phone", 360), ("Tablet", 768)]:
        button = next(b for b in group.find_elements(By.TAG_NAME, "button") if b.text.startswith(label))
        button.click()
        assert button.get_attribute("aria-pressed") == "true"
        shown = browser.execute_script("return document.querySelector('.demo iframe').getBoundingClientRect().width")
        assert shown == min(width, full), f"{label}: frame is {shown} px wide"
        assert inside_frame(browser, "return innerWidth") == min(width, full) - 2  # the frame's 1 px border
    next(b for b in group.find_elements(By.TAG_NAME, "button") if b.text.startswith("Full")).click()
    assert browser.execute_script("return document.querySelector('.demo iframe').getBoundingClientRect().width") == full
