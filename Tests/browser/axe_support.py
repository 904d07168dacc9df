"""axe-core 4 for every accessibility test: found on disk, injected, run, and reported readably.

The axe-core 3.1 (2018) that axe-selenium-python bundles cannot parse the oklch() colours of
Tailwind v4 and reports every such text as a contrast failure ("contrast ratio of NaN"). So the
tests inject axe-core 4 as a file: from RTUX_AXE_JS (a path to an axe.min.js), or the one PyPI's
axe-playwright-python ships (installed with `pip install --no-deps axe-playwright-python`:
only the file is used, Playwright is not needed).
"""

import importlib.util
import os
from pathlib import Path

import pytest

BLOCKING = ("serious", "critical")
MIN_AXE_MAJOR = 4

_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(done, (e) => done({error: String(e)}));
"""


def axe_script():
    """The path of an axe.min.js of axe-core 4, or a test failure saying how to get one."""
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
    pytest.fail("axe-core 4 is needed: `python3 -m pip install --no-deps axe-playwright-python`, "
                "or set RTUX_AXE_JS to an axe.min.js", pytrace=False)


def serious_violations(driver):
    """axe-core's serious and critical violations on the current page (after injecting axe 4)."""
    driver.execute_script(Path(axe_script()).read_text())
    version = driver.execute_script("return window.axe && axe.version") or "?"
    if not version[:1].isdigit() or int(version.split(".")[0]) < MIN_AXE_MAJOR:
        pytest.fail(f"axe-core {version} is too old: it misreads oklch() colours (Tailwind v4)", pytrace=False)
    results = driver.execute_async_script(_RUN)
    if not results or "error" in results:
        pytest.fail(f"axe-core failed in the page: {results and results['error']}", pytrace=False)
    return [v for v in results["violations"] if v.get("impact") in BLOCKING]


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


def assert_accessible(driver, where):
    """Fails with every serious or critical violation on the current page, readably."""
    bad = serious_violations(driver)
    if bad:
        pytest.fail(f"{len(bad)} serious/critical axe-core violation(s) on {where}:\n{readable(bad)}", pytrace=False)
