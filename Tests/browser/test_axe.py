"""axe-core on the gallery index and one pattern page, in both themes: no serious or critical violations.

Runs offline: axe-selenium-python injects an axe.min.js from disk. Its own bundled
copy is axe-core 3.1.1 (2018), which cannot parse the oklch() colours of Tailwind
v4 and reports every such text as a contrast failure ("contrast ratio of NaN"), so
the tests require axe-core 4 and take it, in this order, from RTUX_AXE_JS (a path
to an axe.min.js), or from the axe.min.js that PyPI's axe-playwright-python bundles
(installed with `pip install --no-deps axe-playwright-python`: only the file is
used, Playwright is not needed).
"""

import importlib.util
import os
from pathlib import Path

import pytest

from helpers import THEME_KEY, clear_storage, emulate_media, open_page

PAGES = ["index.html", "latency/undo-buffer.html"]
THEMES = ["light", "dark"]
BLOCKING = ("serious", "critical")


MIN_AXE_MAJOR = 4


def axe_script():
    """The axe.min.js to inject, or None for axe-selenium-python's bundled one."""
    env = os.environ.get("RTUX_AXE_JS")
    if env:
        if not Path(env).is_file():
            pytest.fail(f"RTUX_AXE_JS={env} is not a file", pytrace=False)
        return env
    spec = importlib.util.find_spec("axe_playwright_python")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / "axe.min.js"
        if candidate.is_file():
            return str(candidate)
    return None


def make_axe(driver):
    from axe_selenium_python import Axe

    script = axe_script()
    return Axe(driver, script_url=script) if script else Axe(driver)


def require_recent_axe(driver):
    version = driver.execute_script("return window.axe && axe.version") or "?"
    major = int(version.split(".")[0]) if version[:1].isdigit() else 0
    if major < MIN_AXE_MAJOR:
        pytest.fail(
            f"axe-core {version} is too old: it cannot parse oklch() colours (Tailwind v4) and "
            f"reports false contrast failures. Install axe-core 4: "
            f"`python3 -m pip install --no-deps axe-playwright-python`, or set RTUX_AXE_JS to an axe.min.js.",
            pytrace=False,
        )
    return version


def readable(violations):
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:10]:
            lines.append(f"    at {', '.join(map(str, node['target']))}")
            lines.append(f"       {node['html'][:200]}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", "\n       ")
            if summary:
                lines.append(f"       {summary}")
        if len(v["nodes"]) > 10:
            lines.append(f"    ... and {len(v['nodes']) - 10} more")
    return "\n".join(lines)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("rel", PAGES)
def test_no_serious_axe_violations(browser, page_url, rel, theme):
    # Reduced motion: no colour transition can be caught half-way.
    emulate_media(browser, prefers_reduced_motion="reduce")
    open_page(browser, page_url(rel))
    try:
        browser.execute_script("localStorage.setItem(arguments[0], arguments[1])", THEME_KEY, theme)
        open_page(browser, page_url(rel))
        applied = browser.execute_script("return document.documentElement.dataset.theme || null")
        assert applied == theme, f"stored theme {theme!r} not applied on {rel} (data-theme={applied!r})"

        axe = make_axe(browser)
        axe.inject()
        engine = require_recent_axe(browser)
        results = axe.run()
        bad = [v for v in results["violations"] if v.get("impact") in BLOCKING]
        if bad:
            pytest.fail(
                f"axe-core {engine}: {len(bad)} serious/critical violation(s) on {rel} "
                f"in the {theme} theme:\n{readable(bad)}",
                pytrace=False,
            )
    finally:
        clear_storage(browser)
