"""The `rtux add` line (issue 15) beside the snippets: every component page and every demo
frame shows it as a code block with its own Copy button, and Copy copies the line."""

from selenium.webdriver.common.by import By

from conftest import output_path
from helpers import assert_no_console_errors, open_page

SPY = """
window.__copied = [];
Object.defineProperty(navigator, 'clipboard', {value: {writeText: (t) => { window.__copied.push(t); return Promise.resolve(); }}, configurable: true});
"""


def copy_add_line(browser, root):
    line = root.find_element(By.CSS_SELECTOR, ".add-line")
    assert line.is_displayed()
    line.find_element(By.CSS_SELECTOR, ".copy-button").click()
    return browser.execute_script("return window.__copied")[-1]


def test_component_page_shows_the_add_line(browser, page_url):
    open_page(browser, page_url("components/typing_indicator.html"))
    browser.execute_script(SPY)
    assert copy_add_line(browser, browser) == "rtux add typing_indicator --app ."
    assert_no_console_errors(browser)


def test_every_component_page_has_its_own_line():
    for page in (output_path() / "components").glob("*.html"):
        if page.stem != "index":
            assert f"rtux add {page.stem} --app ." in page.read_text(), page.name


def test_demo_frame_shows_the_add_line(browser, page_url):
    open_page(browser, page_url("latency/dual-state.html"))
    browser.execute_script(SPY)
    frame = browser.find_element(By.CSS_SELECTOR, "figure.demo[data-demo='dual-state']")
    assert copy_add_line(browser, frame) == "rtux add --demo dual-state --app ."
    assert_no_console_errors(browser)
