"""The bad sides of the anti-patterns page (PATTERNS.md section 7), in Chromium from file://
on the paused virtual clock: full-page-spinner (paired with skeletons) and blocking-modal
(paired with inline-loading). Each bad demo is tested on its own, then with its good demo
through the same fault script, the one the gallery's pair frame replays in both:

    full-page-spinner / skeletons:    [{"at": 0, "click": "#load"}]                        (seen at 500 and 1100 ms)
    blocking-modal / inline-loading:  [{"at": 0, "set": {"drop": 1}}, {"at": 100, "click": "#export"}]
                                                                                           (seen at 3000 and 20000 ms)

Every step and observation uses what both demos of a pair have: the same ids (#load,
#export, #exports, #primitives-title) and the page's h1."""

from demo_support import open_demo, pretty, run
from helpers import set_viewport

# What is on the page and usable: shown, and what a click at its centre would reach.
_PAGE = """
    const usable = (s) => { const el = $(s); if (!shown(el)) return false;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && (hit === el || el.contains(hit)); };
    const buttons = () => $$('#rtux-root button').filter((b) => shown(b)).map((b) => b.id);
"""

# ---------------------------------------------------------------- full-page-spinner (bad; skeletons is good)

_SPINNER = _PAGE + """
    const look = () => ({spinner: shown('#page-spinner'), spinnerText: shown('#page-spinner') ? text('#page-spinner') : null,
                         header: shown('h1'), primitives: shown('#primitives-title'), load: shown('#load'),
                         buttons: buttons(), rows: $$('#content-body tbody tr').length});
"""


def test_the_load_replaces_the_whole_page_with_one_spinner_until_the_reply(page):
    open_demo(page, "full-page-spinner")  # 1 s round trip, as skeletons
    got = run(page, _SPINNER + """
        const before = look();
        $('#load').click();
        const atOnce = look();                   // same task as the click: the loading class is on (L1)
        const root = $('#full-page-spinner').classList.contains('phx-click-loading');
        await advance(999); const t999 = look();
        await advance(1);
        return {before, atOnce, root, t999, after: look(), rootAfter: $('#full-page-spinner').className, state: rtux.server.state(),
                role: $('#page-spinner').getAttribute('role'), spinnerIcon: !!$('#page-spinner > span[aria-hidden=true]')};
    """)
    assert got["before"] == {"spinner": False, "spinnerText": None, "header": True, "primitives": True, "load": True,
                             "buttons": ["load", "clear"], "rows": 0}
    nothing = {"spinner": True, "spinnerText": "Loading...", "header": False, "primitives": False, "load": False, "buttons": [], "rows": 0}
    assert got["atOnce"] == nothing, "only the spinner: no header, no section, no button"
    assert got["root"] is True and got["t999"] == nothing
    assert got["after"] == {"spinner": False, "spinnerText": None, "header": True, "primitives": True, "load": True,
                            "buttons": ["load", "clear"], "rows": 3}
    assert "phx-click-loading" not in got["rootAfter"]  # L2: the ack took it off
    assert got["role"] == "status" and got["spinnerIcon"] is True  # the kit's spinner, decorative: the text is the status
    assert got["state"] == {"loaded": True}


def test_the_page_comes_back_scrolled_away_from_what_was_being_read_and_skeletons_keeps_it(page):
    seen = {}
    for demo in ("full-page-spinner", "skeletons"):
        open_demo(page, demo)
        set_viewport(page, 800, 400, mobile=False)
        seen[demo] = run(page, """
            const top = () => Math.round($('#primitives-title').getBoundingClientRect().top);
            $('#primitives-title').scrollIntoView();   // the user reads the primitives
            const read = {scroll: Math.round(scrollY), top: top()};
            $('#load').click();
            await advance(500);
            const during = {scroll: Math.round(scrollY), shown: shown('#primitives-title'), top: top()};
            await advance(600);
            return {read, during, after: {shown: shown('#primitives-title'), top: top()}, rows: $$('#content-body tbody tr').length};
        """)
    bad, good = seen["full-page-spinner"], seen["skeletons"]
    assert bad["read"]["scroll"] > 200 and bad["read"]["top"] == 0 and good["read"]["top"] == 0, pretty(seen)
    # the spinner page is too short to stay scrolled: the primitives are gone and so is the place
    assert not bad["during"]["shown"] and bad["during"]["scroll"] < 100, pretty(seen)
    assert good["during"]["shown"] and abs(good["during"]["top"]) < 50, pretty(seen)
    # when the page comes back it has moved under the reader (Chromium's scroll anchoring had
    # nothing to hold on to); the skeleton kept the page, so the primitives stay where they were
    assert bad["after"]["shown"] and abs(bad["after"]["top"]) > 50, pretty(seen)
    assert good["after"]["shown"] and abs(good["after"]["top"]) < 50, pretty(seen)
    assert bad["rows"] == 3 and good["rows"] == 3


def test_a_lost_reply_keeps_the_spinner_until_the_push_times_out_and_the_page_reloads(page):
    open_demo(page, "full-page-spinner")
    got = run(page, _SPINNER + """
        rtux.net.set({drop: 1});
        $('#load').click();
        await advance(30000 - 1); const t29999 = look();
        await advance(1);                        // L8: no reply within 30 s
        const entry = rtux.log().at(-1);
        const waiting = look();
        rtux.net.set({drop: 0});
        await advance(entry.after);
        await advance(0);
        await advance(1000);
        await rtux.ready;
        return {t29999, entry, waiting, reloaded: look(), state: rtux.server.state()};
    """)
    nothing = {"spinner": True, "spinnerText": "Loading...", "header": False, "primitives": False, "load": False, "buttons": [], "rows": 0}
    assert got["t29999"] == nothing and got["waiting"] == nothing, pretty(got)
    assert got["entry"]["kind"] == "reload", pretty(got["entry"])
    # the reload is a fresh page: the server did load the rows, but they lived in the old process
    assert got["reloaded"] == {"spinner": False, "spinnerText": None, "header": True, "primitives": True, "load": True,
                               "buttons": ["load", "clear"], "rows": 0}, pretty(got)


_SCRIPT_LOAD = """
    const out = {};
    $('#load').click();                          // {"at": 0, "click": "#load"}
    await advance(500); out.t500 = look();
    await advance(600); out.t1100 = look();
    return out;
"""

_LOOK_BOTH = _PAGE + """
    const look = () => ({header: usable('h1'), primitives: usable('#primitives-title'), load: usable('#load'),
                         spinner: shown('#page-spinner'), skeleton: shown('#content-skeleton'),
                         rows: $$('#content-body tbody tr').length});
"""


def test_the_load_script_blanks_the_bad_page_and_leaves_the_good_page_usable(page):
    seen = {}
    for demo in ("full-page-spinner", "skeletons"):
        open_demo(page, demo)
        seen[demo] = run(page, _LOOK_BOTH + _SCRIPT_LOAD)
    bad, good = seen["full-page-spinner"], seen["skeletons"]
    # at 500 ms the load is half done
    assert bad["t500"] == {"header": False, "primitives": False, "load": False, "spinner": True, "skeleton": False, "rows": 0}, pretty(seen)
    assert good["t500"] == {"header": True, "primitives": True, "load": True, "spinner": False, "skeleton": True, "rows": 0}, pretty(seen)
    # at 1100 ms both have the rows: the bad side only got its page back
    both = {"header": True, "primitives": True, "load": True, "spinner": False, "skeleton": False, "rows": 3}
    assert bad["t1100"] == both and good["t1100"] == both, pretty(seen)


# ---------------------------------------------------------------- blocking-modal (bad; inline-loading is good)

_MODAL = _PAGE + """
    const dialog = () => $('[role=dialog]');
    const look = () => ({dialog: shown('[role=dialog]'), exports: usable('#exports'), header: usable('h1'),
                         busy: $('#export').classList.contains('phx-click-loading')});
"""


def test_export_covers_the_page_with_a_modal_until_the_reply(page):
    open_demo(page, "blocking-modal")  # 1.5 s round trip, as inline-loading
    got = run(page, _MODAL + """
        const before = look();
        $('#export').click();
        const atOnce = look();
        const d = dialog();
        const modal = {modal: d.getAttribute('aria-modal'), name: text('#' + d.getAttribute('aria-labelledby')),
                       spinner: !!d.querySelector('span[aria-hidden=true]'), covers: usable('#export-wait'),
                       export: usable('#export')};
        await advance(1499); const still = look();
        await advance(1);
        return {before, atOnce, modal, still, after: look(), flash: text('#flash-info p'), count: text('#exports'),
                state: rtux.server.state()};
    """)
    assert got["before"] == {"dialog": False, "exports": True, "header": True, "busy": False}
    blocked = {"dialog": True, "exports": False, "header": False, "busy": True}
    assert got["atOnce"] == blocked and got["still"] == blocked, pretty(got)
    assert got["modal"] == {"modal": "true", "name": "Exporting... please wait", "spinner": True, "covers": True, "export": False}
    assert got["after"] == {"dialog": False, "exports": True, "header": True, "busy": False}  # L2
    assert got["flash"] == "Exported 120 orders to orders.csv" and got["count"] == "Exports so far: 1"
    assert got["state"] == {"exports": 1}
    assert page.find_element("id", "export").accessible_name == "Export CSV"


def test_a_failed_export_closes_the_modal_with_the_reply_and_says_so(page):
    open_demo(page, "blocking-modal", failureRate=1, failOn="export")
    got = run(page, _MODAL + """
        $('#export').click();
        await advance(1499); const still = look();
        await advance(1);
        return {still, after: look(), error: text('#flash-error p'), role: $('#flash-error').getAttribute('role'),
                state: rtux.server.state()};
    """)
    assert got["still"]["dialog"] is True
    assert got["after"] == {"dialog": False, "exports": True, "header": True, "busy": False}
    assert got["error"] == "The export failed. Please try again." and got["role"] == "alert"
    assert got["state"] == {"exports": 0}


def test_a_lost_reply_keeps_the_modal_for_the_30_s_push_timeout_and_only_the_reload_ends_it(page):
    open_demo(page, "blocking-modal")
    got = run(page, _MODAL + """
        rtux.net.set({drop: 1});
        $('#export').click();
        await advance(750); const handled = rtux.server.state();   // the export ran; its reply is lost
        await advance(30000 - 750 - 1); const t29999 = look();
        await advance(1);                                          // L8: no reply within 30 s
        const entry = rtux.log().at(-1);
        const cls = $('#rtux-root').className;
        const waiting = look();
        rtux.net.set({drop: 0});
        await advance(entry.after - 1); const lastMs = look();
        await advance(1);
        await advance(0);                                          // the page load
        await advance(1500);
        await rtux.ready;
        return {handled, t29999, entry, cls, waiting, lastMs, reloaded: look(), count: text('#exports'), state: rtux.server.state()};
    """)
    assert got["handled"] == {"exports": 1}
    blocked = {"dialog": True, "exports": False, "header": False, "busy": True}
    assert got["t29999"] == blocked, pretty(got)
    assert got["entry"]["kind"] == "reload" and 5000 <= got["entry"]["after"] <= 10000, pretty(got["entry"])
    assert got["cls"] == "phx-loading phx-error phx-client-error"
    assert got["waiting"] == blocked and got["lastMs"] == blocked, "still frozen while the page waits to reload"
    assert got["reloaded"] == {"dialog": False, "exports": True, "header": True, "busy": False}, pretty(got)
    assert got["count"] == "Exports so far: 0" and got["state"] == {"exports": 1}  # a fresh page; the store kept it


_SCRIPT_EXPORT = """
    const out = {};
    rtux.net.set({drop: 1});                     // {"at": 0, "set": {"drop": 1}}
    await advance(100);
    $('#export').click();                        // {"at": 100, "click": "#export"}
    await advance(2900); out.t3000 = look();
    await advance(17000); out.t20000 = look();
    return out;
"""


def test_the_lost_reply_script_freezes_the_bad_page_and_leaves_the_good_page_usable(page):
    seen = {}
    for demo in ("blocking-modal", "inline-loading"):
        open_demo(page, demo)
        seen[demo] = run(page, _MODAL + _SCRIPT_EXPORT)
    for at in ("t3000", "t20000"):
        bad, good = seen["blocking-modal"][at], seen["inline-loading"][at]
        # both still wait for the lost reply (the loading class stays on the button, L1-L2),
        # but only the bad page is behind a modal: nothing else on it can be reached
        assert bad == {"dialog": True, "exports": False, "header": False, "busy": True}, pretty(seen)
        assert good == {"dialog": False, "exports": True, "header": True, "busy": True}, pretty(seen)
