"""Helpers for the browser tests (imported by conftest.py and the test files)."""

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
THEME_KEY = "rtux:gallery:theme"


def reset_emulation(driver):
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})


def emulate_media(driver, **features):
    """emulate_media(driver, prefers_color_scheme='dark', prefers_reduced_motion='reduce')"""
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": k.replace("_", "-"), "value": v} for k, v in features.items()]},
    )


def set_viewport(driver, width, height, mobile=True):
    """An exact CSS-pixel viewport (window size would include the browser's chrome)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )


def clear_storage(driver):
    """Forget the stored theme (and anything else) for file:// pages; needs a loaded file:// page."""
    driver.execute_script("window.localStorage.clear();")


def wait_loaded(driver, timeout=10):
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def open_page(driver, url):
    driver.get(url)
    wait_loaded(driver)


def drain_console(driver):
    """All browser console entries since the last call (reading them empties the buffer)."""
    return driver.get_log("browser")


def assert_no_console_errors(driver, entries=None):
    """Fails listing every SEVERE console entry (uncaught errors, failed loads, console.error)."""
    entries = drain_console(driver) if entries is None else entries
    severe = [e for e in entries if e.get("level") == "SEVERE"]
    if severe:
        lines = "\n".join(f"  [{e.get('source', '?')}] {e.get('message')}" for e in severe)
        pytest.fail(f"{len(severe)} console error(s) in the browser:\n{lines}", pytrace=False)
