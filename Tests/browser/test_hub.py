"""Real tabs as real users (issue 14, docs/hub.md): demo pages served by `rtux serve` join
the demo's hub over a WebSocket, so two Chromium windows on one demo are two users of one
app. Typing in one shows in the other; a third window of the same user adds no avatar; an
outage set in one window's panel takes only that window's process down (its presence
leaves the others) and never disconnects the other window.

The windows are separate windows, not background tabs, so Chromium does not throttle their
timers. The demos' own timers (the 3 s typing timeout) are stepped on each window's virtual
clock; only the network between the windows and the server is real time.
"""

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from test_serve import serve_copy

WAIT = 15


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    yield from serve_copy(tmp_path_factory, "hub")


class Windows:
    """Browser windows on the served gallery, each a user; closed at the end."""

    def __init__(self, driver, served):
        self.driver, self.served = driver, served
        self.first = driver.current_window_handle
        self.handles = []

    def open(self, demo, user):
        # Always a new window: the session's own stays open, so a test may close any of these.
        self.driver.switch_to.new_window("window")
        self.handles.append(self.driver.current_window_handle)
        self.driver.get(f"{self.served.url}demos/{demo}.html?user={user}&peers=off")
        WebDriverWait(self.driver, WAIT).until(lambda d: d.execute_script("return !!window.rtuxTab && !!window.rtux"))
        self.driver.execute_script("return window.rtux.ready")
        return len(self.handles) - 1

    def run(self, index, script, *args):
        self.driver.switch_to.window(self.handles[index])
        return self.driver.execute_script(script, *args)

    def until(self, index, script, expected, *args):
        """Waits (real time: messages cross a real server) until `script` in window `index` returns `expected`."""
        self.driver.switch_to.window(self.handles[index])
        last = []
        def check(d):
            last[:] = [d.execute_script(script, *args)]
            return last[0] == expected
        try:
            WebDriverWait(self.driver, WAIT, poll_frequency=0.05).until(check)
        except Exception:
            state = self.driver.execute_script("return [window.rtux.clock.now(), window.rtux.server.state(), window.rtuxTab]")
            pytest.fail(f"window {index}: waited for {expected!r}, last saw {last[0] if last else None!r} (clock, server state: {state})", pytrace=False)

    def close_window(self, index):
        self.driver.switch_to.window(self.handles[index])
        self.driver.close()
        self.handles[index] = None

    def close(self):
        for handle in self.handles:
            if handle is not None:
                self.driver.switch_to.window(handle)
                self.driver.close()
        self.driver.switch_to.window(self.first)


@pytest.fixture
def windows(browser, served):
    w = Windows(browser, served)
    yield w
    w.close()


TYPING_TEXT = "document.querySelector('#typing').textContent.trim().replace(/\\s+/g, ' ')"
TYPING = "return " + TYPING_TEXT
STEPPED_TYPING = "return window.rtux.clock.advance(0).then(() => " + TYPING_TEXT + ")"  # delivers what has arrived
LISTED = "return [...document.querySelectorAll('#viewer-list li')].map((li) => li.textContent.trim().replace(/\\s+/g, ' '))"
TYPE = "const el = document.querySelector('#draft'); el.value = arguments[0]; el.dispatchEvent(new Event('input', {bubbles: true}))"
CONNECTED = "return window.rtux.classes().includes('phx-connected')"


def test_the_served_demo_page_joins_the_hub_and_a_file_from_disk_does_not(served, windows, page_url):
    status, _, body = served.get("/demos/typing-indicator.html")
    assert status == 200 and b'<script src="/__rtux/hub-link.js"></script></head>' in body
    status, head, script = served.get("/__rtux/hub-link.js")
    assert status == 200 and b"rtuxHub" in script
    # Pages that are no demo get no hub.
    assert b"hub-link.js" not in served.get("/loading/skeletons.html")[2]
    a = windows.open("typing-indicator", "Ann")
    assert windows.run(a, "return window.rtuxTab.user") == "Ann"
    assert windows.run(a, "return document.querySelector('[data-rtux-hub]').textContent").startswith("You are Ann ")
    # The demo framed in its gallery page stays alone (its frames are one scenario side by side).
    windows.driver.get(windows.served.url + "presence/typing-indicator.html")
    frame = WebDriverWait(windows.driver, WAIT).until(lambda d: d.find_element("css selector", "iframe[src*='typing-indicator']"))
    windows.driver.switch_to.frame(frame)
    WebDriverWait(windows.driver, WAIT).until(lambda d: d.execute_script("return !!window.rtux"))
    windows.driver.execute_script("return window.rtux.ready")
    assert windows.driver.execute_script("return [typeof window.rtuxHub, typeof window.rtuxTab]") == ["function", "undefined"]
    windows.driver.switch_to.default_content()
    # The same demo opened from disk has no hub: it boots alone, as it always did.
    windows.driver.get(page_url("demos/typing-indicator.html"))
    WebDriverWait(windows.driver, WAIT).until(lambda d: d.execute_script("return !!window.rtux"))
    windows.driver.execute_script("return window.rtux.ready")
    assert windows.driver.execute_script("return [typeof window.rtuxHub, typeof window.rtuxTab]") == ["undefined", "undefined"]


def test_typing_in_one_window_shows_in_the_other_and_clears_on_its_clock(windows):
    a = windows.open("typing-indicator", "Ann")
    b = windows.open("typing-indicator", "Bo")
    # Bo's clock is paused: Ann's broadcast arrives over the real network, and is delivered
    # (a 0 ms message) and timed out (3 s) when Bo's clock is stepped. No focus, so no blur.
    windows.run(b, "window.rtux.clock.pause()")
    windows.run(a, TYPE, "h")
    windows.until(b, STEPPED_TYPING, "Ann is typing")
    assert windows.run(a, TYPING) == ""  # the typer is never listed in their own window
    windows.run(b, "return window.rtux.clock.advance(2900)")
    assert windows.run(b, TYPING) == "Ann is typing"
    windows.run(b, "return window.rtux.clock.advance(200)")
    assert windows.run(b, TYPING) == ""
    # And back: Bo types, Ann's window shows it.
    windows.run(b, "window.rtux.clock.resume()")
    windows.run(b, TYPE, "y")
    windows.until(a, TYPING, "Bo is typing")


def test_presence_across_windows_one_avatar_per_user_and_an_outage_in_one_window_only(windows):
    a = windows.open("avatar-stack", "Ann")
    b = windows.open("avatar-stack", "Bo")
    windows.until(b, LISTED, ["Ann: active", "Bo: active"])
    windows.until(a, LISTED, ["Ann: active", "Bo: active"])
    # A third window of Ann: still one avatar, now with two tabs.
    c = windows.open("avatar-stack", "Ann")
    windows.until(b, LISTED, ["Ann: active (2 tabs)", "Bo: active"])
    assert windows.run(b, "return document.querySelectorAll('#viewers [data-user-id]').length") == 2
    # An outage in Ann's first window: its process goes down (one of Ann's tabs leaves), Bo stays connected.
    windows.run(a, "window.rtux.net.outage(60000)")
    windows.until(a, CONNECTED, False)
    # Users are listed by their earliest tab: Ann's is now the third window, opened after Bo's.
    windows.until(b, LISTED, ["Bo: active", "Ann: active"])
    assert windows.run(b, CONNECTED) is True
    assert windows.run(c, CONNECTED) is True
    # Ann's window comes back: a new process, tracked again.
    windows.run(a, "window.rtux.net.reconnect()")
    windows.until(a, CONNECTED, True)
    windows.until(b, LISTED, ["Bo: active", "Ann: active (2 tabs)"])
    # Closing a window is its socket closing: the hub takes its presence out.
    windows.close_window(c)
    windows.until(b, LISTED, ["Bo: active", "Ann: active"])
    assert windows.run(a, CONNECTED) is True


LOCK = """return {status: document.querySelector('#lock-status').textContent.trim().replace(/\\s+/g, ' '),
                 start: document.querySelector('#start-editing')?.disabled ?? null,
                 billing: document.querySelector('#billing').textContent.includes(arguments[0])}"""


def test_a_lock_and_a_save_in_one_window_reach_the_other_and_a_closed_window_frees_its_lock(windows):
    a = windows.open("pessimistic-lock", "Ann")
    b = windows.open("pessimistic-lock", "Bo")
    email = "ann@shared.example"
    windows.run(a, "document.querySelector('#start-editing').click()")
    windows.until(b, "return document.querySelector('#start-editing').disabled", True)
    assert "Ann" in windows.run(b, LOCK, email)["status"]
    # Ann saves: the record is the hub's (the versioned store), so Bo's view reads her email.
    windows.until(a, "return !!document.querySelector('#billing-form')", True)
    windows.run(a, """const f = document.querySelector('#billing-form'); f.querySelector('#email').value = arguments[0];
                      f.querySelector('[type=submit]').click()""", email)
    windows.until(b, "return [document.querySelector('#start-editing').disabled, document.querySelector('#billing').textContent.includes(arguments[0])]",
                  [False, True], email)
    # Bo resets his demo: his view starts over, the shared record stays Ann's.
    windows.run(b, "return window.rtux.reset()")
    assert windows.run(b, "return document.querySelector('#billing').textContent.includes(arguments[0])", email) is True
    # Ann takes it again and closes her window: the hub releases her lock ("down"), as the
    # Locks GenServer's monitor does when her process goes.
    windows.run(a, "document.querySelector('#start-editing').click()")
    windows.until(b, "return document.querySelector('#start-editing').disabled", True)
    windows.close_window(a)
    windows.until(b, "return document.querySelector('#start-editing').disabled", False)
