"""The built gallery in a real browser (headless Chromium over WebDriver), opened from file://.

DOM contract these tests rely on:
  - output/index.html, pattern pages output/<challenge>/<id>.html, all links relative;
  - every page's header has <input id="search" type="search">; typing shows results
    as <a> elements inside #search-results whose text contains the page title; the
    index data is a script assets/search-index*.js;
  - <button id="theme-toggle"> toggles document.documentElement.dataset.theme between
    light and dark, stored in localStorage "rtux:gallery:theme"; with nothing stored
    the theme follows the system (prefers-color-scheme).
"""

import os
import re
from pathlib import Path

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from helpers import (
    REPO_ROOT,
    THEME_KEY,
    assert_no_console_errors,
    clear_storage,
    emulate_media,
    open_page,
    set_viewport,
    wait_loaded,
)

UNDO_PAGE = "latency/undo-buffer.html"
PAGES = ["index.html", UNDO_PAGE]


def source_title(rel_md):
    """The title in the page's front matter, from the Content folder the gallery was built
    from (RTUX_CONTENT, default the repo's Content/), or None when that file is not there."""
    content = Path(os.environ.get("RTUX_CONTENT", "Content"))
    path = (content if content.is_absolute() else REPO_ROOT / content) / rel_md
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---", text, re.S)
    if not m:
        return None
    import yaml

    return str(yaml.safe_load(m.group(1)).get("title", "")) or None


def theme(driver):
    return driver.execute_script("return document.documentElement.dataset.theme || null")


def stored_theme(driver):
    return driver.execute_script("return window.localStorage.getItem(arguments[0])", THEME_KEY)


def look(driver):
    """What a theme changes: page and text colours of the root and the body."""
    return driver.execute_script(
        """
        const r = getComputedStyle(document.documentElement), b = getComputedStyle(document.body);
        return [r.backgroundColor, r.color, b.backgroundColor, b.color].join(' | ');
        """
    )


def eventually(driver, predicate, timeout=2.0):
    """True once predicate(driver) holds (colour transitions may take a moment), else False."""
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.05).until(predicate)
        return True
    except TimeoutException:
        return False


def without_fragment(url):
    return (url or "").split("#", 1)[0]


def search_result_links(driver, href_suffix):
    """Result links to that page, whole-page links (no #fragment) first."""
    links = driver.find_elements(By.CSS_SELECTOR, "#search-results a")
    hits = [a for a in links if without_fragment(a.get_attribute("href")).endswith(href_suffix)]
    return sorted(hits, key=lambda a: "#" in (a.get_attribute("href") or ""))


def test_search_index_is_a_script(output_dir, browser, page_url):
    scripts = sorted((output_dir / "assets").glob("search-index*.js"))
    assert scripts, f"no assets/search-index*.js in {output_dir}"
    open_page(browser, page_url("index.html"))
    srcs = browser.execute_script(
        "return [...document.scripts].map(s => s.getAttribute('src')).filter(Boolean)"
    )
    assert any(re.search(r"(^|/)assets/search-index[^/]*\.js$", s) for s in srcs), (
        f"index.html loads no assets/search-index*.js script; its scripts: {srcs}"
    )
    assert_no_console_errors(browser)


def test_search_then_follow_result(browser, page_url):
    open_page(browser, page_url("index.html"))
    box = browser.find_element(By.ID, "search")
    assert box.get_attribute("type") == "search"
    box.click()
    box.send_keys("undo")
    try:
        WebDriverWait(browser, 5).until(lambda d: search_result_links(d, UNDO_PAGE))
    except TimeoutException:
        shown = [
            (a.text, a.get_attribute("href"))
            for a in browser.find_elements(By.CSS_SELECTOR, "#search-results a")
        ]
        pytest.fail(f"typing 'undo' shows no result linking to {UNDO_PAGE}; results: {shown}")
    link = search_result_links(browser, UNDO_PAGE)[0]
    assert link.is_displayed(), "the search result is in the DOM but not visible"
    raw_href = link.get_dom_attribute("href") or ""
    assert not re.match(r"^(/|file:)", raw_href), f"search result link is not relative: {raw_href}"
    title = source_title("latency/undo-buffer.md")
    link_text = link.text
    if title:
        assert title in link_text, f"result text {link_text!r} lacks the page title {title!r}"
    assert_no_console_errors(browser)

    link.click()
    WebDriverWait(browser, 10).until(lambda d: without_fragment(d.current_url).endswith(UNDO_PAGE))
    wait_loaded(browser)
    h1 = browser.find_element(By.TAG_NAME, "h1").text.strip()
    if title:
        assert h1 == title, f"<h1> is {h1!r}, expected the page title {title!r}"
    else:
        assert h1 and h1 in link_text, f"<h1> {h1!r} is not the title shown in the result {link_text!r}"
    assert_no_console_errors(browser)


def test_theme_toggle_persists(browser, page_url):
    emulate_media(browser, prefers_color_scheme="light", prefers_reduced_motion="reduce")
    open_page(browser, page_url("index.html"))
    clear_storage(browser)
    browser.refresh()
    wait_loaded(browser)
    try:
        before = theme(browser) or "light"  # nothing stored: follows the (emulated light) system
        assert before == "light", f"nothing stored and a light system, yet data-theme={before!r}"
        look_light = look(browser)

        browser.find_element(By.ID, "theme-toggle").click()
        assert theme(browser) == "dark", "the toggle did not switch data-theme to dark"
        assert stored_theme(browser) == "dark", f"localStorage[{THEME_KEY!r}] is {stored_theme(browser)!r}"
        assert eventually(browser, lambda d: look(d) != look_light), "data-theme=dark changes no colours"

        browser.refresh()
        wait_loaded(browser)
        assert theme(browser) == "dark", "the dark theme did not survive a reload"

        # ...and on another page too (file:// pages share one localStorage).
        open_page(browser, page_url(UNDO_PAGE))
        assert theme(browser) == "dark", f"the chosen theme is not applied on {UNDO_PAGE}"

        browser.find_element(By.ID, "theme-toggle").click()
        assert theme(browser) == "light"
        browser.refresh()
        wait_loaded(browser)
        assert theme(browser) == "light", "the light theme did not survive a reload"
        assert stored_theme(browser) == "light"
        assert_no_console_errors(browser)
    finally:
        clear_storage(browser)


def test_theme_follows_system_when_nothing_stored(browser, page_url):
    open_page(browser, page_url("index.html"))
    clear_storage(browser)
    try:
        looks = {}
        for scheme in ("light", "dark"):
            emulate_media(browser, prefers_color_scheme=scheme, prefers_reduced_motion="reduce")
            browser.refresh()
            wait_loaded(browser)
            browser.execute_script("return new Promise(r => setTimeout(r, 400))")  # let any transition end
            current = theme(browser)
            assert current in (None, scheme), (
                f"nothing stored and a {scheme} system, yet data-theme={current!r}"
            )
            looks[scheme] = look(browser)
        assert looks["light"] != looks["dark"], (
            f"the page looks the same under a light and a dark system: {looks['light']}"
        )

        # A stored choice wins over the system.
        browser.execute_script("localStorage.setItem(arguments[0], 'light')", THEME_KEY)
        browser.refresh()
        wait_loaded(browser)
        assert theme(browser) == "light", "a stored 'light' is not applied under a dark system"
        assert eventually(browser, lambda d: look(d) == looks["light"]), (
            f"stored light under a dark system does not look light: {look(browser)} vs {looks['light']}"
        )
        assert_no_console_errors(browser)
    finally:
        clear_storage(browser)


OVERFLOW_JS = """
const w = document.documentElement.clientWidth, out = [];
for (const el of document.querySelectorAll('body *')) {
  const r = el.getBoundingClientRect();
  if (r.width > 0 && r.right > w + 0.5) {
    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
      ' right=' + Math.round(r.right));
  }
}
return out.slice(0, 15);
"""


@pytest.mark.parametrize("rel", PAGES)
def test_usable_at_360px(browser, page_url, rel):
    set_viewport(browser, 360, 740, mobile=True)
    open_page(browser, page_url(rel))
    client = browser.execute_script("return document.documentElement.clientWidth")
    assert client == 360, (
        f"layout viewport is {client}px wide, not 360 (missing <meta name=viewport content=width=device-width>?)"
    )
    scroll = browser.execute_script("return document.documentElement.scrollWidth")
    if scroll > 360:
        pytest.fail(
            f"{rel} scrolls horizontally at 360px: scrollWidth={scroll}; elements past the right edge:\n  "
            + "\n  ".join(browser.execute_script(OVERFLOW_JS))
        )
    search = browser.find_element(By.ID, "search")
    toggle = browser.find_element(By.ID, "theme-toggle")
    assert search.is_displayed() and toggle.is_displayed(), "search or theme toggle hidden at 360px"
    assert_no_console_errors(browser)


def test_keyboard_reaches_search_and_theme_toggle(browser, page_url):
    open_page(browser, page_url("index.html"))
    wanted = {"search", "theme-toggle"}
    seen = []
    focus_visible = {}
    for _ in range(40):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        info = browser.execute_script(
            """
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const s = getComputedStyle(el);
            const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
            return [el.id || el.tagName.toLowerCase(), ring];
            """
        )
        if info is None:
            continue
        seen.append(info[0])
        if info[0] in wanted:
            focus_visible[info[0]] = info[1]
        if wanted <= set(seen):
            break
    missing = wanted - set(seen)
    assert not missing, f"Tab from the top never focuses {sorted(missing)}; focus went through: {seen}"
    hidden = [k for k, v in focus_visible.items() if not v]
    assert not hidden, f"no visible focus indicator (outline or ring) on {hidden}"
    assert_no_console_errors(browser)


@pytest.mark.parametrize("rel", PAGES)
def test_no_console_errors_and_no_request_leaves(browser, page_url, rel):
    open_page(browser, page_url(rel))
    browser.execute_script("return new Promise(r => setTimeout(r, 300))")
    assert_no_console_errors(browser)
    remote = browser.execute_script(
        """
        return performance.getEntriesByType('resource').map(e => e.name)
          .filter(u => !/^(file|data|blob):/.test(u));
        """
    )
    assert not remote, f"{rel} requests resources from outside the output folder: {remote}"
    rooted = browser.execute_script(
        """
        return [...document.querySelectorAll('[href],[src]')]
          .map(e => e.getAttribute('href') ?? e.getAttribute('src'))
          .filter(u => /^(\\/|file:)/.test(u));
        """
    )
    assert not rooted, f"{rel} has root-relative or file: links (they break from file:// and under a sub-path): {rooted}"
