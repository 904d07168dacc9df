"""Shared fixtures for the browser and validation tests of the built gallery.

The tests run against a gallery already built into `output/` (or the folder in
the environment variable RTUX_OUTPUT; a relative path is taken from the repo
root; RTUX_CONTENT names the Content folder it was built from, default Content/).
They never build it themselves: run `rtux build` (or `make`) first.

Chromium and ChromeDriver are Debian's (`chromium`, `chromium-driver`); nothing
is downloaded: the driver path is given explicitly, so Selenium Manager is not
consulted. CHROMIUM_BIN / CHROMEDRIVER_BIN override the paths.
"""

import os
from pathlib import Path

import pytest

from helpers import REPO_ROOT, drain_console, reset_emulation

CHROMIUM_BIN = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER_BIN = os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")

# Selenium Manager must never try the network (no internet here, and no need).
os.environ.setdefault("SE_OFFLINE", "true")


def output_path() -> Path:
    raw = os.environ.get("RTUX_OUTPUT", "output")
    path = Path(raw)
    return path if path.is_absolute() else REPO_ROOT / path


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """The built gallery folder; fails every test that needs it when there is none."""
    path = output_path()
    if not (path / "index.html").is_file():
        pytest.fail(
            f"no built gallery: {path / 'index.html'} does not exist.\n"
            f"Build it first (`make`, or `.build/debug/rtux build`), "
            f"or point RTUX_OUTPUT at a built output folder.",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def page_url(output_dir):
    """page_url('latency/undo-buffer.html') -> its file:// URL."""

    def url(rel: str) -> str:
        target = output_dir / rel
        if not target.is_file():
            pytest.fail(f"the gallery has no {rel} (looked for {target})", pytrace=False)
        return target.resolve().as_uri()

    return url


@pytest.fixture(scope="session")
def driver():
    """One headless Chromium for the whole session, with browser console logs collected."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for binary in (CHROMIUM_BIN, CHROMEDRIVER_BIN):
        if not os.access(binary, os.X_OK):
            pytest.fail(
                f"{binary} is missing: install Debian's chromium and chromium-driver "
                f"(scripts/install-deps.sh test)",
                pytrace=False,
            )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM_BIN
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER_BIN))
    drv.set_page_load_timeout(30)
    drv.set_script_timeout(60)
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture
def browser(driver):
    """The session's browser, reset for one test: default viewport and media, logs drained.

    localStorage is per origin; every file:// page shares one, so tests that care
    about stored state clear it themselves after loading a page (see clear_storage).
    """
    reset_emulation(driver)
    drain_console(driver)
    yield driver
    reset_emulation(driver)


@pytest.fixture
def page(browser):
    """The session browser for a demo test; fails the test on any SEVERE console entry it caused."""
    from demo_support import severe_console
    yield browser
    severe = severe_console(browser)
    if severe:
        pytest.fail("console errors:\n" + "\n".join(f"  {e['message']}" for e in severe), pytrace=False)
