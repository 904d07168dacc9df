"""axe-core 4 on the gallery index and one pattern page, in both themes: no serious or critical violations.
(Component pages: test_components.py; demo files: test_demos.py.)"""

import pytest

from axe_support import assert_accessible
from helpers import THEME_KEY, clear_storage, emulate_media, open_page

PAGES = ["index.html", "latency/undo-buffer.html", "latency/latency-thresholds.html", "guide/anti-patterns.html"]
THEMES = ["light", "dark"]


def open_in_theme(browser, url, theme):
    """Opens a page with the stored theme set, with reduced motion so no colour transition is caught half-way."""
    emulate_media(browser, prefers_reduced_motion="reduce")
    open_page(browser, url)
    browser.execute_script("localStorage.setItem(arguments[0], arguments[1])", THEME_KEY, theme)
    open_page(browser, url)
    applied = browser.execute_script("return document.documentElement.dataset.theme || null")
    assert applied == theme, f"stored theme {theme!r} not applied on {url} (data-theme={applied!r})"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("rel", PAGES)
def test_no_serious_axe_violations(browser, page_url, rel, theme):
    try:
        open_in_theme(browser, page_url(rel), theme)
        assert_accessible(browser, f"{rel} in the {theme} theme")
    finally:
        clear_storage(browser)
