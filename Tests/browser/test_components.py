"""Component pages in Chromium: what Copy copies is what `rtux snippet` prints, and every
story passes axe in both themes.

The clipboard is replaced by a spy before clicking, so the test reads exactly the text the page
hands to navigator.clipboard.writeText, with no permission prompt.
"""

import subprocess
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import output_path
from helpers import REPO_ROOT, assert_no_console_errors, clear_storage, open_page
from axe_support import assert_accessible
from test_axe import open_in_theme

RTUX = REPO_ROOT / ".build" / "debug" / "rtux"
COMPONENTS = sorted(p.stem for p in (output_path() / "components").glob("*.html") if p.stem != "index")

SPY = """
window.__copied = [];
const spy = {writeText: (text) => { window.__copied.push(text); return Promise.resolve(); }};
Object.defineProperty(navigator, 'clipboard', {value: spy, configurable: true});
"""


def snippet(*args):
    if not RTUX.exists():
        pytest.fail(f"{RTUX} is missing: run `swift build` first", pytrace=False)
    done = subprocess.run([str(RTUX), "snippet", *args], capture_output=True, text=True, cwd=REPO_ROOT)
    assert done.returncode == 0, f"rtux snippet {' '.join(args)} failed: {done.stderr}"
    return done.stdout


def copied_from(browser, panel):
    """Clicks the visible Copy button in a tab panel and returns what reached the clipboard."""
    before = browser.execute_script("return window.__copied.length")
    buttons = [b for b in panel.find_elements(By.CSS_SELECTOR, ".copy-button") if b.is_displayed()]
    assert len(buttons) == 1, f"expected one visible Copy button in {panel.get_attribute('id')}, found {len(buttons)}"
    buttons[0].click()
    copied = browser.execute_script("return window.__copied")
    assert len(copied) == before + 1, "clicking Copy handed nothing to the clipboard"
    return copied[-1]


def test_every_component_has_a_page():
    listed = [line.split("\t")[0] for line in snippet("--list").splitlines() if line.split("\t")[1:2] == ["component"]]
    assert listed and sorted(listed) == COMPONENTS


@pytest.mark.parametrize("name", COMPONENTS)
def test_copy_buttons_copy_the_snippet(browser, page_url, name):
    open_page(browser, page_url(f"components/{name}.html"))
    browser.execute_script(SPY)
    tabs = browser.find_elements(By.CSS_SELECTOR, "[role=tab]")
    formats = [tab.get_attribute("id").removeprefix("tab-") for tab in tabs]
    assert formats[:2] == ["heex", "html"], f"tabs on {name}: {formats}"
    for tab, fmt in zip(tabs, formats):
        tab.click()
        panel = browser.find_element(By.ID, f"panel-{fmt}")
        assert panel.is_displayed() and tab.get_attribute("aria-selected") == "true"
        if fmt != "html":
            assert copied_from(browser, panel).rstrip("\n") == snippet(name, "--format", fmt).rstrip("\n")
            continue
        pickers = panel.find_elements(By.CSS_SELECTOR, ".story-select")
        stories = [o.text for o in Select(pickers[0]).options] if pickers else [None]
        for story in stories:
            if pickers:
                Select(pickers[0]).select_by_visible_text(story)
            expected = snippet(name, "--format", "html", *(["--story", story] if story else []))
            assert copied_from(browser, panel).rstrip("\n") == expected.rstrip("\n"), f"{name} story {story}"
    assert_no_console_errors(browser)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", COMPONENTS)
def test_stories_have_no_serious_axe_violations(browser, page_url, name, theme):
    try:
        open_in_theme(browser, page_url(f"components/{name}.html"), theme)
        assert_accessible(browser, f"components/{name}.html in the {theme} theme")
    finally:
        clear_storage(browser)
