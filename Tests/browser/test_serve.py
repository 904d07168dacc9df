"""`rtux serve` (issue 14): the gallery served from memory on a free loopback port, rebuilt
on edit, open pages reloaded, build errors shown in an overlay while the last good build
keeps being served, and nothing outside the gallery reachable by any request path.

Each test module run starts one server on copies of Content/ and Templates/ (edits never
touch the repository) and stops it with SIGINT, as Ctrl-C does.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from helpers import REPO_ROOT

RTUX = Path(os.environ.get("RTUX", REPO_ROOT / ".build/debug/rtux"))
PAGE = "loading/skeletons.html"
SOURCE = "Content/loading/skeletons.md"


class Served:
    def __init__(self, root: Path):
        self.root = root
        self.proc = subprocess.Popen(
            [str(RTUX), "serve", "--port", "0", "--content", str(root / "Content"),
             "--templates", str(root / "Templates"), "--output", str(root / "output")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()  # printed once the first build is served
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            self.proc.kill()
            pytest.fail(f"rtux serve printed no URL: {line!r}\n{self.proc.stderr.read()}", pytrace=False)
        self.port = int(match.group(1))
        self.url = match.group(0)

    def get(self, target: str):
        """(status, body) of a raw request target, sent as is (no client-side normalising)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as s:
            s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        return int(head.split()[1]), head.decode("latin-1"), body

    def edit(self, rel: str, change):
        path = self.root / rel
        path.write_text(change(path.read_text()))


def serve_copy(tmp_path_factory, name):
    """A generator for a module fixture: `rtux serve` on copies of Content/ and Templates/,
    stopped with SIGINT (as Ctrl-C) when the module's tests are done."""
    if not RTUX.is_file():
        pytest.fail(f"no rtux binary at {RTUX}: run `swift build --product rtux` (or set RTUX)", pytrace=False)
    root = tmp_path_factory.mktemp(name)
    shutil.copytree(REPO_ROOT / "Content", root / "Content")
    shutil.copytree(REPO_ROOT / "Templates", root / "Templates")
    server = Served(root)
    yield server
    if server.proc.poll() is None:
        server.proc.send_signal(signal.SIGINT)
        server.proc.wait(timeout=20)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    yield from serve_copy(tmp_path_factory, "serve")


def test_pages_are_served_from_memory_with_no_store_and_the_reload_script(served):
    status, head, body = served.get("/" + PAGE)
    assert status == 200
    assert "content-type: text/html" in head.lower()
    assert "cache-control: no-store" in head.lower()
    assert b"data-rtux-serve" in body
    status, _, demo = served.get("/demos/undo-buffer.html")
    assert status == 200 and b"rtux-demo-data" in demo
    # The gallery has no icon: the tab's request gets nothing, not a 404 in every page's console.
    status, head, body = served.get("/favicon.ico")
    assert status == 204 and body == b"" and "cache-control: no-store" in head.lower()
    # Served from memory: the output folder is never written.
    assert not (served.root / "output").exists()


TRAVERSALS = [
    "/../../../../etc/passwd", "/demos/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd",
    "/..%2f..%2fetc%2fpasswd", "/..%2F..%2Fetc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/..\\..\\etc\\passwd", "/%5c..%5c..%5cetc%5cpasswd", "/index.html%00.css", "/%00",
    "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/%e0%80%ae%e0%80%ae/etc/passwd", "/%c0%af%c0%afetc/passwd",
    "//etc/passwd", "/etc/passwd", "/Content/loading/skeletons.md", "/Templates/layout.mustache",
    "/.output.rtux-cache/", "/%252e%252e/etc/passwd",
]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_no_request_path_reaches_outside_the_gallery(served, target):
    status, _, body = served.get(target)
    assert status == 404, f"{target} gave {status}"
    assert b"root:" not in body


def test_an_absolute_form_target_is_refused(served):
    status, _, _ = served.get(f"http://127.0.0.1:{served.port}/../../etc/passwd")
    assert status == 404


def _reloaded(browser, marker):
    return browser.execute_script("return window.__rtuxMarker !== arguments[0]", marker)


def test_an_edit_reloads_the_open_page_and_a_broken_front_matter_shows_the_overlay(served, browser):
    browser.get(served.url + PAGE)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    browser.execute_script("window.__rtuxMarker = 'before'")
    time.sleep(0.3)  # the page's EventSource connects; real time, not a demo clock: this is a real server

    served.edit(SOURCE, lambda t: t.replace("## ", "Served edit marker paragraph.\n\n## ", 1))
    WebDriverWait(browser, 30).until(lambda d: _reloaded(d, "before"))
    WebDriverWait(browser, 10).until(lambda d: "Served edit marker paragraph." in d.page_source)

    good = served.get("/" + PAGE)[2]
    served.edit(SOURCE, lambda t: t.replace("challenge: loading", "challenge: lodaing", 1))
    overlay = WebDriverWait(browser, 30).until(lambda d: d.find_elements("id", "rtux-serve-overlay"))
    text = overlay[0].text
    assert overlay[0].get_attribute("role") == "alert"
    assert re.search(r"skeletons\.md:\d+:\d+: error: ", text), text
    # The last good build is still what is served.
    status, _, body = served.get("/" + PAGE)
    assert status == 200 and body == good

    served.edit(SOURCE, lambda t: t.replace("challenge: lodaing", "challenge: loading", 1))
    WebDriverWait(browser, 30).until(lambda d: not d.find_elements("id", "rtux-serve-overlay"))


def test_ctrl_c_stops_cleanly_and_frees_the_port(tmp_path):
    shutil.copytree(REPO_ROOT / "Content", tmp_path / "Content")
    shutil.copytree(REPO_ROOT / "Templates", tmp_path / "Templates")
    server = Served(tmp_path)
    # A page's reload channel is open: shutdown must not wait for it forever.
    events = urllib.request.urlopen(server.url + "__rtux/events", timeout=10)
    server.proc.send_signal(signal.SIGINT)
    assert server.proc.wait(timeout=20) == 0
    events.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", server.port))  # free again
