"""Helpers for the demo tests: find (or build) a demo file, open it, drive window.rtux.

demo_path(id) is $RTUX_OUTPUT/demos/<id>.html (RTUX_OUTPUT defaults to `output`,
relative to the repo root) when the build wrote it; otherwise every demo is
assembled once per session from its fixture with scripts/assemble_demo.py into a
temporary folder. So the tests run now, and against the real build later.
"""

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

import pytest

from axe_support import readable, serious_violations
from helpers import REPO_ROOT

DEMO_IDS = ["skeletons", "loading-classes", "disconnect-banner", "typing-indicator", "undo-buffer",
            "requires-connection", "offline-queue", "unsaved-changes", "extended-disconnect",
            "form-recovery", "connection-states", "new-version",
            "url-state", "inline-loading", "skeleton-flash",
            "load-more", "async-result", "stale-while-revalidate", "progress", "infinite-scroll", "loading-hierarchy",
            "feed-window", "background-export", "dual-state", "js-commands", "no-optimism",
            "optimistic-assigns", "optimistic-stream", "latency-thresholds",
            "silent-disconnect", "optimistic-payment", "full-page-spinner", "blocking-modal",
            "live-cursors", "mousemove-presence",
            "optimistic-locking", "last-write-wins", "field-merge", "live-highlight", "toasts", "live-counters", "live-broadcast",
            "idle-detection",
            "pessimistic-lock",
            "avatar-stack", "active-field"]
ASSEMBLER = REPO_ROOT / "scripts" / "assemble_demo.py"

_built = {}


def output_dir() -> Path:
    raw = Path(os.environ.get("RTUX_OUTPUT", "output"))
    return raw if raw.is_absolute() else REPO_ROOT / raw


def _assemble_all() -> Path:
    if "dir" not in _built:
        folder = Path(tempfile.mkdtemp(prefix="rtux-demos-"))
        atexit.register(shutil.rmtree, folder, True)
        for demo_id in DEMO_IDS:
            proc = subprocess.run([sys.executable, str(ASSEMBLER), demo_id, str(folder / f"{demo_id}.html")],
                                  capture_output=True, text=True, cwd=REPO_ROOT)
            if not (folder / f"{demo_id}.html").is_file():
                pytest.fail(f"assemble_demo.py {demo_id} failed:\n{proc.stdout}{proc.stderr}", pytrace=False)
        _built["dir"] = folder
    return _built["dir"]


def demo_path(demo_id: str) -> Path:
    """The demo file: the build's, else one assembled from Tests/js/fixtures for this session."""
    built = output_dir() / "demos" / f"{demo_id}.html"
    if built.is_file():
        return built
    return _assemble_all() / f"{demo_id}.html"


def demo_url(demo_id: str, **settings) -> str:
    """file:// URL with the panel's hash settings, e.g. demo_url('x', latency=300, paused=1)."""
    url = demo_path(demo_id).resolve().as_uri()
    return url + ("#" + urlencode(settings) if settings else "")


# Runs an async function body in the page: `await` works; `return` gives the result.
# Shown = present, not inside [hidden], and rendered (has a box).
_ASYNC = """
const done = arguments[arguments.length - 1];
const args = Array.prototype.slice.call(arguments, 0, -1);
const $ = (s) => document.querySelector(s);
const $$ = (s) => Array.from(document.querySelectorAll(s));
const shown = (s) => { const el = typeof s === 'string' ? $(s) : s; return !!el && !el.closest('[hidden]') && el.getClientRects().length > 0; };
const text = (s) => { const el = typeof s === 'string' ? $(s) : s; return el ? el.textContent.replace(/\\s+/g, ' ').trim() : null; };
const byName = (name) => $$('button').find((b) => (b.getAttribute('aria-label') || b.textContent).trim() === name) || null;
const advance = (ms) => rtux.clock.advance(ms);
// Two animation frames and a little real time: scroll events and observers have been seen.
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30))));
(async () => { %s })().then((v) => done({ok: v === undefined ? null : v}), (e) => done({error: String(e && e.stack || e)}));
"""


def run(driver, body: str, *args):
    """Run `body` as an async function in the page; returns its value or fails with the page's error."""
    out = driver.execute_async_script(_ASYNC % body, *args)
    if out is None or "error" in out:
        pytest.fail(f"in the page: {out and out['error']}\n--- script ---\n{body}", pytrace=False)
    return out["ok"]


def open_demo(driver, demo_id: str, **settings):
    """Open a demo on a paused clock and let it join (advance by its round trip). Returns rtux.net.get()."""
    settings.setdefault("paused", 1)
    driver.get("about:blank")  # a new document even when only the hash differs
    driver.get(demo_url(demo_id, **settings))
    return run(driver, """
        if (!window.rtux) throw new Error('no window.rtux: the demo did not boot');
        const n = rtux.net.get();
        await rtux.clock.advance(n.latency + n.jitter);
        await rtux.ready;
        return n;
    """)


def axe_violations(driver):
    """Serious and critical axe-core 4 violations on the current page, as readable lines."""
    found = serious_violations(driver)
    return readable(found).splitlines() if found else []


def severe_console(driver):
    """SEVERE browser console entries since the last read."""
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def pretty(value) -> str:
    return json.dumps(value, indent=1, ensure_ascii=False)
