"""The five first demos in Chromium, opened from file://, driven through window.rtux.

Every test starts the demo on a paused virtual clock (`#paused=1`) and moves time
only with rtux.clock.advance(ms): nothing sleeps, and every timing is exact.
Clicks and form submits run inside one page script, so "in the same task as the
click" means what it says. Rules are cited by their LIVEVIEW.md number.
"""

import gzip

import pytest

from demo_support import DEMO_IDS, axe_violations, demo_path, demo_url, open_demo, pretty, run
from helpers import emulate_media, set_viewport


# ---------------------------------------------------------------- every demo

@pytest.mark.parametrize("demo_id", DEMO_IDS)
def test_boots_connected_with_the_file_contract(page, demo_id):
    open_demo(page, demo_id)
    got = run(page, """
        const data = JSON.parse($('#rtux-demo-data').textContent);
        return {
          id: data.id, keys: Object.keys(data).sort(), title: document.title,
          root: $('#rtux-root').className, main: !!$('main#rtux-demo > #rtux-root[data-phx-main]'),
          panel: !!$('#rtux-demo > details#rtux-panel'), open: $('#rtux-panel').open,
          api: ['ready', 'reset', 'seed', 'clock', 'net', 'server', 'log', 'peers'].filter((k) => !(k in rtux)),
          external: $$('script[src], link[href], img[src], iframe').length,
        };
    """)
    assert got["id"] == demo_id
    assert got["keys"] == ["demo", "id", "template"]
    assert got["title"] == f"Demo: {demo_id} · rtux"
    assert got["root"] == "phx-connected"  # L6
    assert got["main"] and got["panel"] and got["open"] is False
    assert got["api"] == [], f"window.rtux lacks {got['api']}"
    assert got["external"] == 0, "a demo file loads nothing from outside"


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("demo_id", DEMO_IDS)
def test_no_serious_axe_violations(page, demo_id, theme):
    emulate_media(page, prefers_reduced_motion="reduce")
    open_demo(page, demo_id)
    # The gallery sets the theme by message; open the panel so it is checked too.
    run(page, """
        window.postMessage({rtux: 'theme', theme: args[0]}, '*');
        await new Promise((r) => setTimeout(r, 0));
        $('#rtux-panel').open = true;
        if (document.documentElement.dataset.theme !== args[0]) throw new Error('theme message not applied');
    """, theme)
    bad = axe_violations(page)
    assert not bad, f"{demo_id} ({theme}):\n" + "\n".join(bad)


@pytest.mark.parametrize("demo_id", DEMO_IDS)
def test_usable_at_360_px(page, demo_id):
    set_viewport(page, 360, 740)
    open_demo(page, demo_id)
    widths = run(page, """
        $('#rtux-panel').open = true;
        return [document.documentElement.scrollWidth, document.documentElement.clientWidth];
    """)
    assert widths[0] <= widths[1], f"{demo_id} scrolls sideways at 360 px: {widths}"


@pytest.mark.parametrize("demo_id", DEMO_IDS)
def test_gzip_size_budget(demo_id):
    size = len(gzip.compress(demo_path(demo_id).read_bytes(), 9, mtime=0))
    assert size <= 40 * 1024, f"{demo_id}: {size} bytes gzip > 40 KB"


@pytest.mark.parametrize("demo_id", DEMO_IDS)
def test_runtime_without_panel_size_budget(demo_id):
    """The runtime core <= 12 KB gzip, measured as the assembler bundles it: the demo's
    entry without the panel, op families, peers, streams and hooks (the whole file's
    40 KB covers those)."""
    import importlib.util
    from helpers import REPO_ROOT
    spec = importlib.util.spec_from_file_location("assemble_demo", REPO_ROOT / "scripts" / "assemble_demo.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    size = mod.gz(mod.bundle_core(mod.load_fixture(demo_id)).encode())
    assert size <= mod.RUNTIME_BUDGET, f"{demo_id}: runtime core: {size} bytes gzip > {mod.RUNTIME_BUDGET}"


# ---------------------------------------------------------------- panel, hash, rtux

def test_hash_settings_are_applied_and_follow_changes(page):
    open_demo(page, "loading-classes", latency=300, jitter=50, failureRate=0.1, drop=0, speed=2, paused=1)
    got = run(page, """
        const before = {net: rtux.net.get(), speed: rtux.clock.speed(), slider: $('#rtux-latency').value};
        rtux.net.set({latency: 700});
        const afterApi = {hash: location.hash, slider: $('#rtux-latency').value};
        const s = $('#rtux-jitter'); s.value = '120'; s.dispatchEvent(new Event('input', {bubbles: true}));
        return {before, afterApi, afterPanel: {hash: location.hash, jitter: rtux.net.get().jitter}};
    """)
    assert got["before"]["net"]["latency"] == 300 and got["before"]["net"]["jitter"] == 50
    assert got["before"]["net"]["failureRate"] == 0.1 and got["before"]["speed"] == 2
    assert got["before"]["slider"] == "300"
    assert "latency=700" in got["afterApi"]["hash"] and got["afterApi"]["slider"] == "700"
    assert got["afterPanel"]["jitter"] == 120
    assert got["afterPanel"]["hash"] == "#latency=700&jitter=120&failureRate=0.1&drop=0&speed=2&paused=1"


def test_a_preset_in_the_hash_holds_from_the_first_join_and_the_panel_switches_presets(page):
    net = open_demo(page, "loading-classes", preset="slow-4g")
    got = run(page, """
        const select = $('#rtux-preset');
        const start = {select: select.value, label: select.selectedOptions[0].textContent};
        const pick = (id) => { select.value = id; select.dispatchEvent(new Event('change', {bubbles: true})); };
        pick('3g');
        const threeG = {net: rtux.net.get(), hash: location.hash};
        const s = $('#rtux-latency'); s.value = '1500'; s.dispatchEvent(new Event('input', {bubbles: true}));
        const moved = {select: select.value, hash: location.hash};
        pick('offline'); await advance(100);
        const offline = {connected: $('#rtux-root').classList.contains('phx-connected'), classes: $('#rtux-root').className, hash: location.hash};
        pick('fast-4g'); await advance(1200);
        return {start, threeG, moved, offline, back: {connected: $('#rtux-root').classList.contains('phx-connected'), latency: rtux.net.get().latency}};
    """)
    assert net["latency"] == 562.5 and net["jitter"] == 0, "Slow 4G before the first join"
    assert got["start"] == {"select": "slow-4g", "label": "Slow 4G"}
    assert got["threeG"]["net"]["latency"] == 2000 and got["threeG"]["net"]["failureRate"] == 0
    assert got["threeG"]["hash"].endswith("&preset=3g") and "latency=2000" in got["threeG"]["hash"]
    assert got["moved"]["select"] == "" and "preset=" not in got["moved"]["hash"], "a moved slider is custom again"
    assert got["offline"]["connected"] is False and "phx-error" in got["offline"]["classes"]
    assert got["offline"]["hash"].endswith("&preset=offline")
    assert got["back"] == {"connected": True, "latency": 165}


def test_the_offline_preset_in_the_hash_keeps_the_page_disconnected(page):
    page.get("about:blank")
    page.get(demo_url("loading-classes", paused=1, preset="offline"))
    got = run(page, """
        await advance(2000);
        return {connected: $('#rtux-root').classList.contains('phx-connected'), select: $('#rtux-preset').value};
    """)
    assert got == {"connected": False, "select": "offline"}


def test_panel_logs_pushes_replies_and_patches_with_virtual_times(page):
    open_demo(page, "loading-classes", latency=300)
    got = run(page, """
        $('#rtux-panel').open = true;
        $('#like').click();
        await advance(300);
        return {log: $$('#rtux-log li').map((li) => text(li)), classes: text('#rtux-classes'), entries: rtux.log().map((e) => e.kind)};
    """)
    lines = got["log"]
    assert any(l.endswith("push #1 like") for l in lines), pretty(lines)
    assert any("reply #1 like" in l for l in lines) and lines[-1].endswith("patch"), pretty(lines)
    assert lines[-1].startswith("600 ms"), "virtual time: 300 ms join + 300 ms round trip"
    assert got["classes"] == "phx-connected"
    assert got["entries"][-2:] == ["push", "reply"]


def test_reset_returns_to_page_load_state_keeping_pause_and_net(page):
    open_demo(page, "undo-buffer", latency=200)
    got = run(page, """
        byName('Delete Buy milk').click();
        await advance(6000);
        const committed = rtux.server.state().items.length;
        const ready = rtux.reset();
        const paused = rtux.clock.now() === 0 && $('#rtux-root').className;
        await advance(200); await ready;
        return {committed, paused, latency: rtux.net.get().latency, items: $$('#items li').length, now: rtux.clock.now(),
                state: rtux.server.state().items.length, cls: $('#rtux-root').className};
    """)
    assert got["committed"] == 3
    assert got["paused"] == "phx-loading"
    assert got == {**got, "latency": 200, "items": 4, "now": 200, "state": 4, "cls": "phx-connected"}


# ---------------------------------------------------------------- loading-classes

def test_click_loading_class_in_the_same_task_and_gone_after_the_reply(page):
    open_demo(page, "loading-classes", latency=300)
    got = run(page, """
        const like = $('#like');
        like.click();
        const now = {cls: like.classList.contains('phx-click-loading'), ref: like.getAttribute('data-phx-ref-src')};
        await advance(299);
        const before = like.classList.contains('phx-click-loading');
        await advance(1);
        return {now, before, after: like.classList.contains('phx-click-loading'), ref: like.hasAttribute('data-phx-ref-src'),
                text: text(like), likes: rtux.server.state().likes, faded: getComputedStyle(like).opacity};
    """)
    assert got["now"]["cls"] is True and got["now"]["ref"] is not None  # L1
    assert got["before"] is True
    assert got["after"] is False and got["ref"] is False  # L2
    assert got["text"] == "Like (1)" and got["likes"] == 1


def test_loading_class_styles_the_button_through_the_tailwind_variant(page):
    open_demo(page, "loading-classes", latency=300)
    got = run(page, """
        const like = $('#like'), spin = like.querySelector('span');
        const idle = [getComputedStyle(like).opacity, shown(spin)];
        like.click();
        const busy = [getComputedStyle(like).opacity, shown(spin)];
        await advance(300);
        return {idle, busy};
    """)
    assert got["idle"] == ["1", False]
    assert got["busy"] == ["0.6", True]


def test_second_click_while_waiting_is_ignored(page):
    open_demo(page, "loading-classes", latency=300)
    got = run(page, """
        $('#like').click(); $('#like').click();
        await advance(300);
        return [rtux.server.state().likes, rtux.log().filter((e) => e.kind === 'push').length];
    """)
    assert got == [1, 1]  # L3


def test_disable_with_swaps_the_text_and_restores_it(page):
    open_demo(page, "loading-classes", latency=400)
    got = run(page, """
        const save = $('#save'), count = $('#saved');
        // JS.push("save", loading: "#saved"): the count takes the click's loading state too
        const marked = () => [count.classList.contains('phx-click-loading'), count.getAttribute('data-phx-ref-loading'),
                              getComputedStyle(count).opacity];
        save.click();
        const during = [text(save), save.disabled], countDuring = marked();
        await advance(399);
        const still = [text(save), save.disabled];
        await advance(1);
        return {during, still, after: [text(save), save.disabled], saved: text('#saved'), countDuring,
                countAfter: marked()};
    """)
    assert got["during"] == ["Saving...", True]  # L4
    assert got["still"] == ["Saving...", True]
    assert got["after"] == ["Save", False]
    assert got["saved"] == "Saved 1 times"
    assert got["countDuring"][0] is True and got["countDuring"][1] is not None  # L1 on JS.push's loading: target
    assert got["countDuring"][2] == "0.5"
    assert got["countAfter"] == [False, None, "1"]  # L2: the ack clears it with the source's


def test_submit_locks_the_form_and_restores_it_on_the_ack(page):
    open_demo(page, "loading-classes", latency=500)
    got = run(page, """
        const form = $('#profile'), name = $('#name'), submit = $('#submit');
        name.value = 'Ann';
        form.requestSubmit(submit);
        const during = {form: form.classList.contains('phx-submit-loading'), readonly: name.readOnly,
                        disabled: submit.disabled, label: text(submit), opacity: getComputedStyle(form).opacity};
        await advance(500);
        return {during, after: {form: form.classList.contains('phx-submit-loading'), readonly: name.readOnly,
                disabled: submit.disabled, label: text(submit)}, flash: shown('#flash-info') && text('#flash-info p'),
                role: $('#flash-info').getAttribute('role'), state: rtux.server.state()};
    """)
    assert got["during"] == {"form": True, "readonly": True, "disabled": True, "label": "Saving...", "opacity": "0.6"}  # L5
    assert got["after"] == {"form": False, "readonly": False, "disabled": False, "label": "Submit"}
    assert got["flash"] == "Saved Ann" and got["role"] == "status"  # L16
    assert got["state"]["name"] == "Ann"


def test_clicks_while_disconnected_are_dropped_without_loading_state(page):
    open_demo(page, "loading-classes", latency=100)
    got = run(page, """
        rtux.net.disconnect();
        const cls = $('#rtux-root').className;
        $('#like').click();
        const loading = $('#like').classList.contains('phx-click-loading');
        rtux.net.reconnect();
        await advance(1000);
        return {cls, loading, likes: rtux.server.state().likes, dropped: rtux.log().some((e) => e.kind === 'dropped'),
                after: $('#rtux-root').className};
    """)
    assert got["cls"] == "phx-loading phx-error phx-client-error"  # L6, at once
    assert got["loading"] is False and got["likes"] == 0 and got["dropped"] is True  # L7
    assert got["after"] == "phx-connected"


def test_js_command_changes_survive_server_patches(page):
    open_demo(page, "loading-classes", latency=100)
    got = run(page, """
        // A binding whose value is a JS command list (what JS.add_class/JS.set_attribute encode to).
        $('#saved').setAttribute('phx-click', JSON.stringify([
          ['add_class', {names: ['ring-2'], to: '#like'}], ['set_attr', {attr: ['data-starred', 'yes'], to: '#like'}]]));
        $('#saved').click();
        const pushes = rtux.log().filter((e) => e.kind === 'push').length;
        $('#like').click();
        await advance(100);                                    // the reply re-renders #like's class and text
        return {pushes, cls: $('#like').classList.contains('ring-2'), attr: $('#like').getAttribute('data-starred'),
                text: text('#like'), server: $('#like').classList.contains('rounded-md')};
    """)
    assert got == {"pushes": 0, "cls": True, "attr": "yes", "text": "Like (1)", "server": True}  # L11: sticky


def test_crash_server_button_remounts_the_process_and_assigns_start_over(page):
    open_demo(page, "loading-classes", latency=100)
    got = run(page, """
        $('#like').click();
        await advance(100);
        const before = text('#like');
        // the panel's own button, as a person would use it
        const crash = byName('Crash server');
        crash.click();
        const during = $('#rtux-root').className;
        await advance(999);
        const still = $('#rtux-root').className;
        await advance(1 + 100);
        return {before, during, still, after: $('#rtux-root').className, like: text('#like'), likes: rtux.server.state().likes,
                attempts: rtux.log().filter((e) => e.kind === 'attempt').length};
    """)
    assert got["before"] == "Like (1)"
    assert got["during"] == "phx-loading phx-error phx-server-error"  # L6: the server kind, at once
    assert got["still"] == got["during"]
    assert got["after"] == "phx-connected"  # L8: the rejoin 1 s after the crash, one round trip
    assert got["like"] == "Like (0)" and got["likes"] == 0  # the new process mounted from scratch
    assert got["attempts"] == 0  # the socket stayed open: no reconnect attempts


# ---------------------------------------------------------------- disconnect-banner

def test_banner_after_2_s_dialog_after_15_s_both_gone_on_reconnect(page):
    open_demo(page, "disconnect-banner", latency=100)
    got = run(page, """
        const at = () => ({banner: shown('#banner'), dialog: shown('#lost')});
        rtux.net.disconnect();
        const t0 = rtux.clock.now(), out = {};
        await advance(1999); out.t1999 = at();
        await advance(1); out.t2000 = at();
        out.bannerText = text('#banner'); out.bannerRole = $('#banner').getAttribute('role');
        await advance(12999); out.t14999 = at();
        await advance(1); out.t15000 = at();
        out.dialogRole = $('#lost').getAttribute('role'); out.dialogText = text('#lost');
        out.refresh = !!byName('Refresh');
        rtux.net.reconnect();
        await advance(19260 - 15000 + 199); out.beforeRejoin = at();
        await advance(1); out.rejoined = at(); out.cls = $('#rtux-root').className; out.elapsed = rtux.clock.now() - t0;
        return out;
    """)
    assert got["t1999"] == {"banner": False, "dialog": False}
    assert got["t2000"] == {"banner": True, "dialog": False}
    assert got["bannerText"] == "Reconnecting to server..." and got["bannerRole"] == "status"
    assert got["t14999"] == {"banner": True, "dialog": False}
    assert got["t15000"] == {"banner": True, "dialog": True}
    assert got["dialogRole"] == "dialog" and "your unsaved changes are preserved" in got["dialogText"]
    assert got["refresh"] is True
    # L8: attempt at 19,260 ms; the rejoin and the form recovery (L9) take a round trip each.
    assert got["beforeRejoin"] == {"banner": True, "dialog": True}
    assert got["rejoined"] == {"banner": False, "dialog": False}
    assert got["cls"] == "phx-connected" and got["elapsed"] == 19460


def test_a_short_blip_shows_nothing(page):
    open_demo(page, "disconnect-banner", latency=100)
    got = run(page, """
        const seen = [];
        new MutationObserver(() => { if (shown('#banner') || shown('#lost')) seen.push(rtux.clock.now()); })
          .observe($('#disconnect-banner'), {subtree: true, attributes: true, childList: true});
        rtux.net.outage(500);
        await advance(5000);
        return {seen, cls: $('#rtux-root').className};
    """)
    assert got == {"seen": [], "cls": "phx-connected"}


def test_typed_note_survives_an_outage_and_is_recovered_on_rejoin(page):
    open_demo(page, "disconnect-banner", latency=100)
    page.find_element("id", "note").send_keys("hello")
    got = run(page, """
        await advance(400);
        const saved = rtux.server.state().note;
        rtux.net.disconnect();
        await advance(20000);
        return saved;
    """)
    assert got == "hello"
    page.find_element("id", "note").send_keys(" world")  # typed while down: the debounced push is dropped (L7)
    got = run(page, """
        await advance(400);
        rtux.net.reconnect();
        await advance(5000 + 200);
        return {value: $('#note').value, server: rtux.server.state().note, copy: text('#server-copy'),
                recovered: rtux.log().filter((e) => e.kind === 'push' && e.event === 'save_note').pop().payload.note};
    """)
    assert got["value"] == "hello world"
    assert got["server"] == "hello world" and got["recovered"] == "hello world"  # L9
    assert got["copy"] == "Saved on the server: 11 characters"


# ---------------------------------------------------------------- typing-indicator

def test_typing_text_for_one_two_and_three_peers_in_start_order(page):
    open_demo(page, "typing-indicator", latency=100)
    got = run(page, """
        const out = {peers: rtux.peers.list(), actions: rtux.peers.actions()};
        out.none = text('#typing');
        rtux.peers.act('Ann', 'type'); await advance(100); out.one = text('#typing');
        out.dots = $$('#typing [aria-hidden] > span').length;
        rtux.peers.act('Bo', 'type'); await advance(100); out.two = text('#typing');
        rtux.peers.act('Ann', 'type'); rtux.peers.act('Cy', 'type'); await advance(100); out.three = text('#typing');
        out.role = $('#typing').getAttribute('role');
        return out;
    """)
    assert got["peers"] == ["Ann", "Bo", "Cy"] and sorted(got["actions"]) == ["blur", "type"]
    assert got["none"] == ""
    assert got["one"] == "Ann is typing" and got["dots"] == 3
    assert got["two"] == "Ann and Bo are typing"
    assert got["three"] == "Ann and 2 others are typing"
    assert got["role"] == "status"


def test_typing_clears_3_s_after_the_last_keystroke_and_at_once_on_blur(page):
    open_demo(page, "typing-indicator", latency=100)
    got = run(page, """
        const out = {};
        rtux.peers.act('Ann', 'type'); await advance(100);   // the client has Ann's keystroke now
        await advance(1000); rtux.peers.act('Ann', 'type'); await advance(100);
        await advance(2999); out.t2999 = text('#typing');
        await advance(1); out.t3000 = text('#typing'); out.shownAt3000 = shown('#typing [aria-hidden]');
        rtux.peers.act('Bo', 'type'); await advance(100); out.bo = text('#typing');
        rtux.peers.act('Bo', 'blur'); await advance(100); out.blur = text('#typing');
        return out;
    """)
    assert got["t2999"] == "Ann is typing"
    assert got["t3000"] == "" and got["shownAt3000"] is False
    assert got["bo"] == "Bo is typing"
    assert got["blur"] == ""  # as soon as the blur reaches the client


def test_the_current_user_is_never_listed_and_is_throttled(page):
    open_demo(page, "typing-indicator", latency=100)
    draft = page.find_element("id", "draft")
    draft.send_keys("hello")
    got = run(page, """
        const pushes = () => rtux.log().filter((e) => e.kind === 'push' && e.event === 'typing').length;
        const first = pushes();
        await advance(499);
        const inWindow = pushes();
        await advance(1);
        return {first, inWindow};
    """)
    draft.send_keys(" there")
    got.update(run(page, """
        const pushes = rtux.log().filter((e) => e.kind === 'push' && e.event === 'typing');
        rtux.peers.act('Ann', 'type');
        await advance(200);
        return {after: pushes.length, payload: pushes[0].payload, text: text('#typing'), value: $('#draft').value, state: rtux.server.state()};
    """))
    assert got["first"] == 1 and got["inWindow"] == 1  # L15: one at once, no trailing event
    assert got["after"] == 2
    assert got["payload"]["draft"] == "h" and got["payload"]["_target"] == ["draft"]
    assert got["text"] == "Ann is typing" and got["state"] == {"typing": ["Ann"]}
    assert got["value"] == "hello there", "a patch never overwrites what the user is typing"


# ---------------------------------------------------------------- undo-buffer

def test_three_deletes_each_keep_their_own_undo(page):
    open_demo(page, "undo-buffer", latency=200)
    got = run(page, """
        const out = {};
        for (const t of ['Buy milk', 'Walk the dog', 'Call Ann']) { byName('Delete ' + t).click(); await advance(50); }
        await advance(200);
        out.items = $$('#items li').map((li) => li.id);
        out.toasts = $$('#toasts [role=status]').map((t) => text(t.querySelector('p')) + ' · ' + text(t.querySelector('button')));
        out.state = rtux.server.state().items.map((i) => i.title);
        for (const t of ['Call Ann', 'Buy milk', 'Walk the dog']) byName('Undo delete of ' + t).click();
        await advance(200);
        out.restored = $$('#items li').map((li) => li.id);
        out.toastsAfter = $$('#toasts [role=status]').length;
        await advance(10000);
        out.stateAfter = rtux.server.state().items.map((i) => i.title);
        return out;
    """)
    assert got["items"] == ["item-4"]
    assert got["toasts"] == ["Buy milk deleted · Undo", "Walk the dog deleted · Undo", "Call Ann deleted · Undo"]
    assert got["state"] == ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]  # nothing committed yet
    assert got["restored"] == ["item-1", "item-2", "item-3", "item-4"]
    assert got["toastsAfter"] == 0
    assert got["stateAfter"] == ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]


def test_the_server_commits_the_delete_after_its_own_5_s_timer(page):
    open_demo(page, "undo-buffer", latency=200)
    got = run(page, """
        byName('Delete Walk the dog').click();
        await advance(100 + 4999);                       // the handler ran at 100 ms; its send_after is 5 s
        const before = rtux.server.state().items.map((i) => i.id);
        const toast = shown('#toast-2');
        await advance(1);
        const after = rtux.server.state().items.map((i) => i.id);
        await advance(100);
        return {before, toast, after, toastGone: !$('#toast-2'), item: !!$('#item-2')};
    """)
    assert got["before"] == ["1", "2", "3", "4"] and got["toast"] is True
    assert got["after"] == ["1", "3", "4"]
    assert got["toastGone"] is True and got["item"] is False


def test_a_failed_commit_restores_the_item_with_an_error_flash(page):
    open_demo(page, "undo-buffer", latency=200)
    got = run(page, """
        rtux.net.set({failureRate: 1, failOn: ['commit']});
        byName('Delete Walk the dog').click();
        await advance(200);
        const hidden = !$('#item-2');
        await advance(5000);
        const out = {hidden, item: shown('#item-2'), flash: text('#flash-error p'), role: $('#flash-error').getAttribute('role'),
                     state: rtux.server.state().items.length, toasts: $$('#toasts [role=status]').length};
        byName('Dismiss error').click();
        await advance(200);
        out.dismissed = !$('#flash-error');
        return out;
    """)
    assert got["hidden"] is True
    assert got["item"] is True and got["state"] == 4 and got["toasts"] == 0
    assert got["flash"] == "Could not delete Walk the dog" and got["role"] == "alert"
    assert got["dismissed"] is True  # L16: lv:clear-flash


# ---------------------------------------------------------------- skeletons

def test_skeleton_primitives_have_their_shapes(page):
    open_demo(page, "skeletons")
    got = run(page, """
        const widths = $$('#skeleton-text [aria-hidden]').map((d) => d.className.split(' ').find((c) => c.startsWith('w-')));
        const rows = $$('#skeleton-table [aria-hidden]');
        return {widths, rows: rows.length, cols: rows.map((r) => r.children.length),
                card: !!$('#skeleton-card .rounded-full'), block: shown('#skeleton')};
    """)
    assert got["widths"] == ["w-full", "w-5/6", "w-4/6"]
    assert got["rows"] == 6 and set(got["cols"]) == {4}  # header + 5 rows, 4 columns
    assert got["card"] and got["block"]


def test_a_fast_load_never_shows_the_skeleton(page):
    open_demo(page, "skeletons", latency=150)
    got = run(page, """
        const seen = [];
        new MutationObserver(() => { if (shown('#content-skeleton')) seen.push(rtux.clock.now()); })
          .observe($('#content'), {subtree: true, attributes: true});
        $('#load').click();
        await advance(150);
        const rows = $$('#content tbody tr').length;
        await advance(1000);
        return {seen, rows, body: shown('#content-body'), loaded: rtux.server.state().loaded};
    """)
    assert got == {"seen": [], "rows": 3, "body": True, "loaded": True}


def test_a_slow_load_shows_the_skeleton_at_200_ms_for_at_least_300_ms(page):
    open_demo(page, "skeletons", latency=350)
    got = run(page, """
        const at = () => ({skeleton: shown('#content-skeleton'), body: shown('#content-body'), rows: $$('#content tbody tr').length});
        const out = {};
        $('#load').click();
        out.busyClass = $('#content').classList.contains('phx-hook-loading');
        await advance(199); out.t199 = at();
        await advance(1); out.t200 = at(); out.busy = $('#content').getAttribute('aria-busy');
        await advance(150); out.t350 = at();                 // the load is done here...
        await advance(149); out.t499 = at();                 // ...but the skeleton stays 300 ms
        await advance(1); out.t500 = at();
        return out;
    """)
    assert got["busyClass"] is True  # L1 for a hook's pushEvent
    assert got["t199"] == {"skeleton": False, "body": True, "rows": 0}
    assert got["t200"] == {"skeleton": True, "body": False, "rows": 0} and got["busy"] == "true"
    assert got["t350"]["skeleton"] is True and got["t499"]["skeleton"] is True
    assert got["t500"] == {"skeleton": False, "body": True, "rows": 3}


def test_a_crash_recovers_the_typed_note_into_the_new_process_without_a_banner(page):
    open_demo(page, "disconnect-banner", latency=100)
    page.find_element("id", "note").send_keys("kept")
    got = run(page, """
        await advance(400);
        const seen = [];
        new MutationObserver(() => { if (shown('#banner') || shown('#lost')) seen.push(rtux.clock.now()); })
          .observe($('#disconnect-banner'), {subtree: true, attributes: true, childList: true});
        rtux.server.crash();
        const cls = $('#rtux-root').className;
        await advance(1000 + 100 + 100);  // the rejoin, its round trip, the form recovery's (L9)
        return {cls, seen, after: $('#rtux-root').className, note: rtux.server.state().note, field: $('#note').value};
    """)
    assert got["cls"] == "phx-loading phx-error phx-server-error"
    assert got["seen"] == []  # back within 1.2 s: the 2 s banner never shows
    assert got["after"] == "phx-connected"
    assert got["note"] == "kept" and got["field"] == "kept"


# ---------------------------------------------------------------- requires-connection

_ACTIONS_STATE = r"""
    const buttons = ['#approve', '#archive'].map((s) => $(s));
    window.actionsState = () => ({
      disabled: buttons.map((b) => b.disabled),
      labels: buttons.map((b) => shown(b.querySelector('[data-offline-label]'))),
      names: buttons.map((b) => b.innerText.replace(/\s+/g, ' ').trim()),
    });
"""
_ONLINE = {"disabled": [False, False], "labels": [False, False], "names": ["Approve invoice", "Archive invoice"]}
_OFFLINE = {"disabled": [True, True], "labels": [True, True],
            "names": ["Approve invoice (offline)", "Archive invoice (offline)"]}


def test_actions_are_disabled_and_labelled_only_after_the_500_ms_grace(page):
    open_demo(page, "requires-connection")
    got = run(page, _ACTIONS_STATE + """
        const out = {start: actionsState()};
        rtux.net.disconnect();
        out.cls = $('#rtux-root').className;                 // the class is there at once (L6) ...
        await advance(499); out.t499 = actionsState();       // ... the binding waits for the grace
        await advance(1); out.t500 = actionsState();
        return out;
    """)
    assert got["start"] == _ONLINE
    assert got["cls"] == "phx-loading phx-error phx-client-error"
    assert got["t499"] == _ONLINE
    assert got["t500"] == _OFFLINE  # L6: phx-disconnected after 500 ms
    # What a screen reader hears: the label is part of the button's computed name.
    names = [page.find_element("id", i).accessible_name for i in ("approve", "archive")]
    assert names == _OFFLINE["names"]


def test_a_blip_shorter_than_the_grace_changes_nothing(page):
    # The grace runs until the rejoin is done (L6): a 100 ms outage comes back with the
    # attempt at 160 ms (L8) and the join's 200 ms round trip, rejoined at 360 ms < 500.
    open_demo(page, "requires-connection")
    got = run(page, _ACTIONS_STATE + """
        const changes = [];
        new MutationObserver((records) => changes.push(...records.map((r) => r.attributeName)))
          .observe($('#actions'), {subtree: true, attributes: true, attributeFilter: ['disabled', 'class']});
        rtux.net.outage(100);
        await advance(3000);
        return {changes, now: actionsState(), cls: $('#rtux-root').className};
    """)
    assert got == {"changes": [], "now": _ONLINE, "cls": "phx-connected"}


def test_actions_come_back_in_the_same_moment_the_view_rejoins(page):
    open_demo(page, "requires-connection")
    got = run(page, _ACTIONS_STATE + """
        rtux.net.outage(3000);
        const seen = [];
        new MutationObserver(() => seen.push({t: rtux.clock.now(), cls: $('#rtux-root').className, ...actionsState()}))
          .observe($('#requires-connection').parentNode, {subtree: true, attributes: true});
        await advance(10000);
        const connected = seen.find((s) => s.cls === 'phx-connected');
        const enabled = seen.find((s) => s.disabled.every((d) => !d));
        return {connectedAt: connected && connected.t, enabledAt: enabled && enabled.t,
                offlineSeen: seen.some((s) => s.disabled.every((d) => d)), now: actionsState()};
    """)
    assert got["offlineSeen"] is True
    assert got["enabledAt"] is not None and got["enabledAt"] == got["connectedAt"]  # L6: phx-connected on rejoin
    assert got["now"] == _ONLINE


def test_offline_clicks_push_nothing_and_the_comment_stays_editable(page):
    open_demo(page, "requires-connection")
    got = run(page, """
        $('#approve').click(); await advance(200);
        const before = {status: text('#status'), state: rtux.server.state()};
        rtux.net.disconnect();
        await advance(600);
        const pushes = rtux.log().filter((e) => e.kind === 'push').length;
        $('#approve').click(); $('#archive').click();
        $('#approve').focus();
        const focused = document.activeElement === $('#approve');
        await advance(200);
        return {before, focused, pushed: rtux.log().filter((e) => e.kind === 'push').length - pushes,
                status: text('#status'), comment: {disabled: $('#comment').disabled, readonly: $('#comment').readOnly}};
    """)
    assert got["before"] == {"status": "Approved 1 times · not archived", "state": {"approved": 1, "archived": False}}
    assert got["focused"] is False, "a disabled button cannot take the keyboard focus"
    assert got["pushed"] == 0 and got["status"] == "Approved 1 times · not archived"
    assert got["comment"] == {"disabled": False, "readonly": False}
    page.find_element("id", "comment").send_keys("typed offline")
    assert page.find_element("id", "comment").get_attribute("value") == "typed offline"


def test_approve_and_archive_change_the_server_state(page):
    open_demo(page, "requires-connection")
    got = run(page, """
        $('#approve').click(); await advance(200);
        $('#approve').click(); await advance(200);
        $('#archive').click(); await advance(200);
        return {status: text('#status'), state: rtux.server.state()};
    """)
    assert got == {"status": "Approved 2 times · archived", "state": {"approved": 2, "archived": True}}


# ---------------------------------------------------------------- offline-queue

_QUEUE = "rtux:offline-queue:outbox"
_CLICK_FIVE = """
    for (const p of ['a', 'b', 'c', 'a', 'b']) $('#scan-' + p).click();
"""
# Five scans while offline, then the reconnect, up to the moment the first replay is pushed.
_FIVE_OFFLINE_THEN_FIRST_REPLAY = """
    rtux.net.disconnect();
    await advance(600);
""" + _CLICK_FIVE + """
    rtux.net.reconnect();
    while (!rtux.log().some((e) => e.kind === 'push')) await advance(10);
"""
_SERVER = """
    const server = () => ({applied: rtux.server.state().applied, keys: rtux.server.state().keys.length,
                           scans: $$('#scans li').map((li) => li.textContent.trim()), queue: text('#queue'),
                           stored: JSON.parse(localStorage.getItem('%s') || '[]').length});
""" % _QUEUE


def _fresh(page, demo_id):
    """The demo on an empty storage: file:// pages share one origin, so what is there after is this demo's."""
    open_demo(page, demo_id)
    run(page, "localStorage.clear(); const ready = rtux.reset(); await advance(200); await ready;")


def _fresh_queue(page):
    _fresh(page, "offline-queue")


def test_offline_scans_are_queued_with_a_key_each_and_replayed_in_order(page):
    _fresh_queue(page)
    got = run(page, _SERVER + """
        rtux.net.disconnect();
        await advance(600);
    """ + _CLICK_FIVE + """
        const items = JSON.parse(localStorage.getItem(args[0]));
        const offline = {...server(), role: $('#queue').getAttribute('role'),
                         keys: new Set(items.map((i) => i.key)).size, events: items.map((i) => i.event + ':' + i.payload.parcel)};
        rtux.net.reconnect();
        await advance(10000);
        return {offline, online: server(), pushes: rtux.log().filter((e) => e.kind === 'push').map((e) => e.payload.parcel)};
    """, _QUEUE)
    assert got["offline"] == {"applied": 0, "keys": 5, "scans": [], "queue": "5 queued", "stored": 5, "role": "status",
                              "events": ["scan:A", "scan:B", "scan:C", "scan:A", "scan:B"]}
    assert got["online"] == {"applied": 5, "keys": 5, "scans": ["A", "B", "C", "A", "B"], "queue": "Nothing queued", "stored": 0}
    assert got["pushes"] == ["A", "B", "C", "A", "B"], "replayed in click order, one at a time"


def test_a_page_load_with_a_full_queue_replays_it_once(page):
    _fresh_queue(page)
    got = run(page, _SERVER + """
        rtux.net.disconnect();
        await advance(600);
    """ + _CLICK_FIVE + """
        const before = server();
        const ready = rtux.reset();       // a page load: the queue is still in localStorage
        await advance(5000);
        await ready;
        return {before, after: server()};
    """)
    assert got["before"]["queue"] == "5 queued" and got["before"]["stored"] == 5
    assert got["after"] == {"applied": 5, "keys": 5, "scans": ["A", "B", "C", "A", "B"], "queue": "Nothing queued", "stored": 0}


def test_a_double_replay_applies_each_key_once(page):
    # The socket dies after the server applied the first replayed scan but before its
    # reply: the second reconnect sends that scan again with the same key.
    _fresh_queue(page)
    got = run(page, _SERVER + """
        rtux.net.disconnect();
        await advance(600);
    """ + _CLICK_FIVE + """
        rtux.net.reconnect();
        const pushed = () => rtux.log().filter((e) => e.kind === 'push').length;
        while (pushed() === 0) await advance(10);
        await advance(150);                 // handled at 100 ms (half the 200 ms round trip), reply due at 200
        const mid = server();
        rtux.net.disconnect();
        await advance(600);
        rtux.net.reconnect();
        await advance(10000);
        const keys = rtux.log().filter((e) => e.kind === 'push').map((e) => e.payload.key);
        return {mid, after: server(), sends: keys.length, distinct: new Set(keys).size};
    """)
    assert got["mid"]["applied"] == 1 and got["mid"]["stored"] == 5, "applied, but still queued: no reply yet"
    assert got["after"] == {"applied": 5, "keys": 5, "scans": ["A", "B", "C", "A", "B"], "queue": "Nothing queued", "stored": 0}
    assert got["sends"] == 6 and got["distinct"] == 5, "the first scan was sent twice, with one key"


def test_a_lost_reply_is_sent_again_and_applied_once(page):
    _fresh_queue(page)
    got = run(page, _SERVER + _FIVE_OFFLINE_THEN_FIRST_REPLAY + """
        rtux.net.set({drop: 1});            // the first replayed scan is applied, its reply lost in flight
        await advance(3000);
        const lost = {...server(), lost: rtux.log().filter((e) => e.kind === 'lost').length};
        rtux.net.set({drop: 0});
        rtux.net.outage(1000);              // the next connection re-sends what had no reply
        await advance(10000);
        return {lost, after: server()};
    """)
    assert got["lost"]["lost"] == 1 and got["lost"]["applied"] == 1 and got["lost"]["stored"] == 5
    assert got["after"] == {"applied": 5, "keys": 5, "scans": ["A", "B", "C", "A", "B"], "queue": "Nothing queued", "stored": 0}


def test_an_online_scan_goes_straight_through_and_the_queue_uses_only_its_key(page):
    _fresh_queue(page)
    got = run(page, _SERVER + """
        $('#scan-c').click();
        const during = text('#queue');
        await advance(200);
        return {during, after: server(), storage: Object.keys(localStorage)};
    """)
    assert got["during"] == "1 queued"
    assert got["after"] == {"applied": 1, "keys": 1, "scans": ["C"], "queue": "Nothing queued", "stored": 0}
    assert all(k.startswith("rtux:offline-queue:") for k in got["storage"])


# ---------------------------------------------------------------- unsaved-changes, extended-disconnect

def _draft_state(demo_id):
    return """
    const key = 'rtux:%s:note';
    const leaving = () => { const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented; };
    const draft = () => ({value: $('#note').value, status: text('#draft-status'), copy: JSON.parse(localStorage.getItem(key) || 'null'),
                          asks: leaving(), server: rtux.server.state()});
""" % demo_id




def test_unsaved_input_is_copied_and_restored_after_a_page_load(page):
    _fresh(page, "unsaved-changes")
    page.find_element("id", "note").send_keys("hello")
    got = run(page, _draft_state("unsaved-changes") + """
        await advance(600);
        const typed = draft();
        const ready = rtux.reset();              // a page load: the DOM and the process start over
        await advance(200); await ready;
        const loaded = {value: $('#note').value, status: text('#draft-status')};
        await advance(300 + 200);                // the restored text goes out as a debounced phx-change
        return {typed, loaded, after: draft(), storage: Object.keys(localStorage)};
    """)
    assert got["typed"] == {"value": "hello", "status": "Unsaved changes are kept in this browser", "copy": {"note": "hello"},
                            "asks": True, "server": {"draft": "hello", "saved": ""}}
    assert got["loaded"] == {"value": "hello", "status": "Restored your unsaved changes from this browser"}
    assert got["after"]["server"] == {"draft": "hello", "saved": ""} and got["after"]["asks"] is True
    assert all(k.startswith("rtux:unsaved-changes:") for k in got["storage"])


def test_saving_clears_the_copy_and_leaving_no_longer_asks(page):
    _fresh(page, "unsaved-changes")
    page.find_element("id", "note").send_keys("keep me")
    got = run(page, _draft_state("unsaved-changes") + """
        await advance(600);
        $('#save').click();
        await advance(200);
        return {after: draft(), copy: text('#server-copy')};
    """)
    assert got["after"] == {"value": "keep me", "status": "All changes saved", "copy": None, "asks": False,
                            "server": {"draft": "keep me", "saved": "keep me"}}
    assert got["copy"] == "Saved on the server: 7 characters"


def test_input_typed_offline_is_kept_and_reaches_the_server_after_the_reconnect(page):
    _fresh(page, "unsaved-changes")
    run(page, "rtux.net.disconnect(); await advance(600);")
    page.find_element("id", "note").send_keys("offline")
    got = run(page, _draft_state("unsaved-changes") + """
        await advance(600);
        const down = draft();
        rtux.net.reconnect();
        await advance(6000);
        return {down, up: draft()};
    """)
    assert got["down"]["copy"] == {"note": "offline"} and got["down"]["server"]["draft"] == ""
    assert got["up"]["value"] == "offline" and got["up"]["server"]["draft"] == "offline"  # L9 on the rejoin


def test_a_crash_keeps_the_typed_input_on_screen_and_in_the_new_process(page):
    _fresh(page, "unsaved-changes")
    page.find_element("id", "note").send_keys("before the crash")
    got = run(page, _draft_state("unsaved-changes") + """
        await advance(600);
        rtux.server.crash();
        await advance(1000 + 400);               // L8 rejoin after 1 s; recovery and join, a round trip each
        return draft();
    """)
    assert got["value"] == "before the crash" and got["server"]["draft"] == "before the crash"
    assert got["copy"] == {"note": "before the crash"}


def test_long_outage_banner_then_dialog_and_the_note_survives_the_reconnect(page):
    _fresh(page, "extended-disconnect")
    run(page, "rtux.net.disconnect();")
    page.find_element("id", "note").send_keys("typed during the outage")
    got = run(page, _draft_state("extended-disconnect") + """
        const at = () => ({banner: shown('#banner'), dialog: shown('#lost')});
        const out = {};
        await advance(1999); out.t1999 = at();
        await advance(1); out.t2000 = at();
        await advance(12999); out.t14999 = at();
        await advance(1); out.t15000 = at();
        out.dialog = {role: $('#lost').getAttribute('role'), title: text('#lost-title'), refresh: !!byName('Refresh')};
        rtux.net.reconnect();
        await advance(6000);
        out.back = at(); out.note = draft();
        return out;
    """)
    assert got["t1999"] == {"banner": False, "dialog": False} and got["t2000"] == {"banner": True, "dialog": False}
    assert got["t14999"] == {"banner": True, "dialog": False} and got["t15000"] == {"banner": True, "dialog": True}
    assert got["dialog"] == {"role": "dialog", "title": "Connection lost — your unsaved changes are preserved", "refresh": True}
    assert got["back"] == {"banner": False, "dialog": False}
    assert got["note"]["value"] == "typed during the outage" and got["note"]["server"]["draft"] == "typed during the outage"


def test_refresh_in_the_long_outage_dialog_reloads_and_the_note_comes_back(page):
    _fresh(page, "extended-disconnect")
    run(page, "rtux.net.disconnect();")
    page.find_element("id", "note").send_keys("not lost")
    run(page, "await advance(15000); if (!shown('#lost')) throw new Error('no dialog at 15 s'); window.__before = true;")
    page.execute_script("[...document.querySelectorAll('#lost button')].find((b) => b.textContent.trim() === 'Refresh').click();")
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(page, 10).until(lambda d: d.execute_script("return !window.__before && !!window.rtux"))
    got = run(page, _draft_state("extended-disconnect") + """
        const n = rtux.net.get();
        await advance(n.latency); await rtux.ready;   // the new page's join
        const loaded = {value: $('#note').value, status: text('#draft-status'), banner: shown('#banner'), dialog: shown('#lost')};
        await advance(300 + 200);
        return {loaded, server: rtux.server.state()};
    """)
    assert got["loaded"] == {"value": "not lost", "status": "Restored your unsaved changes from this browser",
                             "banner": False, "dialog": False}
    assert got["server"] == {"draft": "not lost", "saved": ""}


# ---------------------------------------------------------------- form-recovery

_WIZARD = """
    const screen = () => ({progress: text('#progress'), team: $('#team') && $('#team').value,
                           hidden: Object.fromEntries($$('#wizard input[type=hidden]').map((i) => [i.name, i.value]))});
    const recovered = () => rtux.log().filter((e) => e.kind === 'push' && e.event === 'recover').map((e) => e.payload);
"""


def _to_team_step(page):
    open_demo(page, "form-recovery")
    page.find_element("id", "name").send_keys("Ann")
    run(page, "$('#next').click(); await advance(200);")
    page.find_element("id", "team").send_keys("5")
    run(page, "await advance(200);")


@pytest.mark.parametrize("failure", ["network", "crash"])
def test_a_rejoin_sends_the_form_as_its_recovery_event_and_the_new_process_matches_the_screen(page, failure):
    _to_team_step(page)
    got = run(page, _WIZARD + """
        const before = {screen: screen(), server: rtux.server.state()};
        if (args[0] === 'network') { rtux.net.disconnect(); await advance(1000); rtux.net.reconnect(); }
        else rtux.server.crash();
        await advance(6000);
        return {before, after: {screen: screen(), server: rtux.server.state()}, recovered: recovered(),
                cls: $('#rtux-root').className};
    """, failure)
    team = {"step": "team", "name": "Ann", "team": "5", "email": "", "done": False}
    assert got["before"]["server"] == team
    assert got["before"]["screen"] == {"progress": "Step 2 of 3: Team", "team": "5",
                                       "hidden": {"step": "team", "name": "Ann", "email": ""}}
    # L9: the form's phx-auto-recover event, with the step and the earlier answers from hidden fields.
    assert len(got["recovered"]) == 1
    assert {k: got["recovered"][0][k] for k in ("step", "name", "team", "email")} == {"step": "team", "name": "Ann", "team": "5", "email": ""}
    assert got["after"] == {"screen": got["before"]["screen"], "server": team}
    assert got["cls"] == "phx-connected"


def test_the_wizard_finishes_with_the_answers_of_every_step(page):
    _to_team_step(page)
    run(page, "$('#next').click(); await advance(200);")
    page.find_element("id", "email").send_keys("ann@example.com")
    got = run(page, """
        $('#next').click(); await advance(200);
        return {summary: text('#summary'), role: $('#summary').getAttribute('role'), server: rtux.server.state()};
    """)
    assert got == {"summary": "Signed up Ann, a team of 5, billed at ann@example.com", "role": "status",
                   "server": {"step": "billing", "name": "Ann", "team": "5", "email": "ann@example.com", "done": True}}


# ---------------------------------------------------------------- connection-states

_CONN = """
    const lists = () => ({classes: text('#classes'), changes: $$('#changes li').map((li) => li.textContent),
                          attempts: $$('#attempts li').map((li) => li.textContent)});
"""


def test_going_offline_lists_the_client_error_classes_and_each_attempt_with_its_delay(page):
    open_demo(page, "connection-states")
    got = run(page, _CONN + """
        await advance(900);                         // t = 1000 (the join took 100)
        rtux.net.disconnect();
        await Promise.resolve();                    // the hook's MutationObserver runs as a microtask
        const down = lists();
        await advance(320); const at320 = lists().attempts;
        rtux.net.reconnect();
        await advance(200 + 100);                   // the attempt at 510 ms connects; the join is one round trip
        return {down, at320, up: lists(), role: $('#classes').getAttribute('role')};
    """)
    assert got["down"]["classes"] == "phx-loading phx-error phx-client-error"  # L6, at once
    assert got["at320"] == [  # L8: 10, 50, 100, 150 ms apart
        "#1 · planned 10 ms · at 1010 ms, 10 ms after the drop · failed",
        "#2 · planned 50 ms · at 1060 ms, 60 ms after the drop · failed",
        "#3 · planned 100 ms · at 1160 ms, 160 ms after the drop · failed",
        "#4 · planned 150 ms · at 1310 ms, 310 ms after the drop · failed",
    ]
    assert got["up"]["attempts"][-1] == "#5 · planned 200 ms · at 1510 ms, 510 ms after the drop · connected"
    assert got["up"]["classes"] == "phx-connected" and got["role"] == "status"
    # The hook mounts with the join's render, a moment before the root turns phx-connected;
    # the error classes stay until the rejoin is done (L6).
    assert got["up"]["changes"] == ["100 ms · phx-loading", "100 ms · phx-connected", "1000 ms · phx-loading phx-error phx-client-error",
                                    "1610 ms · phx-connected"]


def test_a_crash_shows_the_server_error_class_and_makes_no_reconnect_attempt(page):
    open_demo(page, "connection-states")
    got = run(page, _CONN + """
        await advance(900);
        rtux.server.crash();
        await Promise.resolve();
        const down = lists().classes;
        await advance(999); const still = lists().classes;
        await advance(1 + 100);                     // L8: the rejoin 1 s after the crash, one round trip
        return {down, still, up: lists()};
    """)
    assert got["down"] == "phx-loading phx-error phx-server-error" and got["still"] == got["down"]
    assert got["up"]["attempts"] == [], "the socket stayed open"
    assert got["up"]["changes"] == ["100 ms · phx-loading", "100 ms · phx-connected", "1000 ms · phx-loading phx-error phx-server-error",
                                    "2100 ms · phx-connected"]


def test_drop_replies_from_the_panel_times_out_the_ping_and_reloads_without_a_reconnect_attempt(page):
    open_demo(page, "connection-states")
    got = run(page, _CONN + """
        const drop = byName('Drop replies');
        drop.click();
        const pressed = drop.getAttribute('aria-pressed');
        $('#ping').click();
        await advance(29999);
        const before = {classes: lists().classes, loading: $('#ping').classList.contains('phx-click-loading')};
        await advance(1 + 100);
        const timedOut = {classes: lists().classes, attempts: lists().attempts, reload: rtux.log().filter((e) => e.kind === 'reload').length};
        drop.click();                               // replies flow again; the page still reloads
        const wait = rtux.log().find((e) => e.kind === 'reload').after;
        await advance(wait); await advance(0);
        await advance(100); await rtux.ready;
        return {pressed, before, timedOut, after: {...lists(), pings: text('#pings'), state: rtux.server.state()}};
    """)
    assert got["pressed"] == "true"
    assert got["before"] == {"classes": "phx-connected", "loading": True}, "nothing shows until the reply is missed"
    assert got["timedOut"] == {"classes": "phx-loading phx-error phx-client-error", "attempts": [], "reload": 1}  # L8
    assert got["after"]["classes"] == "phx-connected" and got["after"]["attempts"] == []
    assert got["after"]["pings"] == "Pings answered: 0" and got["after"]["state"] == {"pings": 0}  # a new page, a new process


def test_a_lost_reply_then_the_push_timeout_reload_replays_the_queue_once(page):
    # L8: the reply of the first replayed scan is lost; 30 s later LiveView reloads the page;
    # the reloaded page's hook replays the whole queue, the first key already applied.
    _fresh_queue(page)
    got = run(page, _SERVER + _FIVE_OFFLINE_THEN_FIRST_REPLAY + """
        rtux.net.set({drop: 1});
        await advance(100);
        rtux.net.set({drop: 0});                    // only that one reply is lost
        const lost = server();
        await advance(30000);
        const wait = rtux.log().find((e) => e.kind === 'reload').after;
        await advance(wait); await advance(0);
        await advance(10000);
        return {lost, after: server(), keysSent: rtux.log().filter((e) => e.kind === 'push').map((e) => e.payload.parcel)};
    """)
    assert got["lost"]["applied"] == 1 and got["lost"]["stored"] == 5
    assert got["after"] == {"applied": 5, "keys": 5, "scans": ["A", "B", "C", "A", "B"], "queue": "Nothing queued", "stored": 0}
    assert got["keysSent"] == ["A", "B", "C", "A", "B"], "after the reload the whole queue is sent, the first scan again"


# ---------------------------------------------------------------- new-version

def test_a_deploy_shows_the_notice_on_the_rejoin_and_keeps_the_users_note(page):
    open_demo(page, "new-version")
    page.find_element("id", "note").send_keys("half-written")
    got = run(page, """
        await advance(200);
        const t0 = rtux.clock.now();
        const deploy = byName('Deploy new version');
        deploy.click();
        await advance(1259); const before = {banner: shown('#new-version-banner'), cls: $('#rtux-root').className};
        await advance(1 + 200 + 200);               // L8: the attempt at 1260 ms connects; recovery and join, a round trip each
        return {before, banner: text('#new-version-banner'), region: $('#new-version-banner').closest('[role=status]').id,
                note: $('#note').value, server: rtux.server.state(), now: rtux.clock.now() - t0,
                reloaded: rtux.log().some((e) => e.kind === 'reload')};
    """)
    assert got["before"] == {"banner": False, "cls": "phx-loading phx-error phx-client-error"}
    assert got["banner"] == "A new version is available · Refresh" and got["region"] == "version-status"
    assert got["note"] == "half-written" and got["server"] == {"new_version": True, "draft": "half-written"}  # L9
    assert got["reloaded"] is False, "never a forced reload"


def test_refresh_loads_the_new_version_and_a_plain_rejoin_shows_no_notice(page):
    open_demo(page, "new-version")
    got = run(page, """
        rtux.server.deploy();
        await advance(1260 + 200 + 200);            // the attempt, the form's recovery (L9) and the join
        const notice = shown('#new-version-banner');
        $('#refresh').click();                      // a link to this page: a page load with the new assets
        const t = rtux.clock.now();
        await advance(200); await rtux.ready;
        const after = {notice: shown('#new-version-banner'), now: t, server: rtux.server.state()};
        rtux.net.outage(500);                        // a later drop: same assets on both sides
        await advance(3000);
        return {notice, after, again: {notice: shown('#new-version-banner'), cls: $('#rtux-root').className}};
    """)
    assert got["notice"] is True
    assert got["after"] == {"notice": False, "now": 0, "server": {"new_version": False, "draft": ""}}
    assert got["again"] == {"notice": False, "cls": "phx-connected"}


# ---------------------------------------------------------------- url-state

_URL = """
    const view = () => ({search: location.search, orders: $$('#orders li').map((li) => li.id),
                         tab: $('#url-state nav a[aria-current=page]').id, region: $('[aria-pressed=true]').id});
"""


def _pick_shipped_eu(page):
    open_demo(page, "url-state")
    run(page, """
        sessionStorage.clear(); localStorage.clear();
        $('#tab-shipped').click(); await advance(200);
        $('#region-eu').click(); await advance(200);
    """)


def test_the_tab_and_the_region_go_into_the_query_string(page):
    _pick_shipped_eu(page)
    got = run(page, _URL + "return {view: view(), server: rtux.server.state(), hash: location.hash};")
    assert got["view"] == {"search": "?region=eu&tab=shipped", "orders": ["order-1003", "order-1010"],
                           "tab": "tab-shipped", "region": "region-eu"}
    assert got["server"] == {"tab": "shipped", "region": "eu", "draft": ""}
    assert "paused=1" in got["hash"], "the simulator's settings stay in the hash"


@pytest.mark.parametrize("failure", ["reconnect", "crash", "page load"])
def test_url_state_and_the_server_draft_survive(page, failure):
    _pick_shipped_eu(page)
    page.find_element("id", "reply").send_keys("On its way")
    got = run(page, _URL + """
        await advance(300 + 200);                  // the debounced save
        if (args[0] === 'reconnect') { rtux.net.outage(2000); await advance(5000); }
        else if (args[0] === 'crash') { rtux.server.crash(); await advance(2000); }
        else { const ready = rtux.reset(true); await advance(200); await ready; }
        return {view: view(), reply: $('#reply').value, server: rtux.server.state(), cls: $('#rtux-root').className};
    """, failure)
    assert got["view"]["search"] == "?region=eu&tab=shipped"
    assert got["view"]["orders"] == ["order-1003", "order-1010"] and got["view"]["tab"] == "tab-shipped"
    assert got["server"] == {"tab": "shipped", "region": "eu", "draft": "On its way"}
    assert got["reply"] == "On its way" and got["cls"] == "phx-connected"


def test_back_and_forward_step_through_the_patches(page):
    # Both entries below were pushed by this document (a patch link, then push_patch), so
    # Back and Forward stay in it: popstate, then handle_params on the server.
    _pick_shipped_eu(page)
    got = run(page, _URL + """
        const popped = () => new Promise((r) => window.addEventListener('popstate', r, {once: true}));
        let p = popped(); history.back(); await p; await advance(200);
        const back = {...view(), server: rtux.server.state().region};
        p = popped(); history.forward(); await p; await advance(200);
        return {back, forward: {...view(), server: rtux.server.state().region}};
    """)
    assert got["back"] == {"search": "?region=all&tab=shipped", "orders": ["order-1003", "order-1007", "order-1010"],
                           "tab": "tab-shipped", "region": "region-all", "server": "all"}
    assert got["forward"] == {"search": "?region=eu&tab=shipped", "orders": ["order-1003", "order-1010"],
                              "tab": "tab-shipped", "region": "region-eu", "server": "eu"}


def test_a_copied_link_opens_on_its_tab_and_region(page):
    from demo_support import demo_path
    page.get("about:blank")
    page.get(demo_path("url-state").resolve().as_uri() + "?tab=cancelled&region=us#paused=1")
    got = run(page, _URL + "await advance(200); await rtux.ready; return view();")
    assert got == {"search": "?tab=cancelled&region=us", "orders": ["order-1005"], "tab": "tab-cancelled", "region": "region-us"}


def test_the_order_list_scrolls_back_after_a_page_load(page):
    open_demo(page, "url-state")
    got = run(page, """
        sessionStorage.clear();
        const list = $('#orders');
        list.scrollTop = 80;
        await new Promise((r) => setTimeout(r, 50));   // the scroll event is the browser's
        const ready = rtux.reset(true); await advance(200); await ready;
        return {scrolled: $('#orders').scrollTop, keys: Object.keys(sessionStorage)};
    """)
    assert got["scrolled"] == 80
    assert got["keys"] == ["rtux:url-state:scroll:orders"]


# ---------------------------------------------------------------- inline-loading

_BUSY = """
    const seen = (el) => shown(el) && getComputedStyle(el).visibility === 'visible';
    const button = () => { const b = $('#export'); return {text: b.innerText.replace(/\\s+/g, ' ').trim(), name: null,
        icon: seen(b.querySelector('[data-icon]')), spinner: seen(b.querySelector('[data-busy] > span[aria-hidden]')),
        loading: b.classList.contains('phx-click-loading'), width: Math.round(b.getBoundingClientRect().width)}; };
"""


def test_export_is_busy_in_place_and_keeps_its_icon_and_width(page):
    open_demo(page, "inline-loading")
    got = run(page, _BUSY + """
        const idle = button();
        $('#export').click();
        const busy = button();
        $('#export').click();                       // L3: ignored while the first is in flight
        await advance(1499); const still = button();
        await advance(1);
        return {idle, busy, still, done: button(), flash: text('#flash-info p'), role: $('#flash-info').getAttribute('role'),
                pushes: rtux.log().filter((e) => e.kind === 'push').length, state: rtux.server.state()};
    """)
    assert got["idle"] | {"width": 0} == {"text": "Export CSV", "name": None, "icon": True, "spinner": False, "loading": False, "width": 0}
    assert got["busy"] | {"width": 0} == {"text": "Exporting...", "name": None, "icon": True, "spinner": True, "loading": True, "width": 0}
    assert got["busy"]["width"] == got["idle"]["width"], "the label swap does not resize the button"
    assert got["still"]["loading"] is True and got["done"]["text"] == "Export CSV" and got["done"]["loading"] is False  # L2
    assert got["flash"] == "Exported 120 orders to orders.csv" and got["role"] == "status"
    assert got["pushes"] == 1 and got["state"] == {"exports": 1}
    names = page.find_element("id", "export").accessible_name
    assert names == "Export CSV"


def test_a_failed_export_restores_the_button_and_says_so(page):
    open_demo(page, "inline-loading", failureRate=1, failOn="export")
    got = run(page, _BUSY + """
        $('#export').click();
        await advance(1500);
        return {done: button(), error: text('#flash-error p'), role: $('#flash-error').getAttribute('role'),
                info: !!$('#flash-info'), state: rtux.server.state()};
    """)
    assert got["done"]["text"] == "Export CSV" and got["done"]["loading"] is False and got["done"]["icon"] is True
    assert got["error"] == "The export failed. Please try again." and got["role"] == "alert"
    assert got["info"] is False and got["state"] == {"exports": 0}


# ---------------------------------------------------------------- skeleton-flash

@pytest.mark.parametrize("latency,timeline", [
    (150, ["0 ms · load started", "150 ms · load ended"]),
    (250, ["0 ms · load started", "200 ms · skeleton shown", "250 ms · load ended", "500 ms · skeleton hidden"]),
    (2000, ["0 ms · load started", "200 ms · skeleton shown", "2000 ms · load ended", "2000 ms · skeleton hidden"]),
])
def test_the_timeline_shows_the_anti_flash_rule_for_the_latency(page, latency, timeline):
    open_demo(page, "skeleton-flash", latency=latency)
    got = run(page, """
        const seen = [];
        const t0 = rtux.clock.now();
        new MutationObserver(() => seen.push([rtux.clock.now() - t0, shown('#content-skeleton')]))
          .observe($('#content-skeleton'), {attributes: true, attributeFilter: ['hidden']});
        $('#load').click();
        await advance(args[0] + 600);
        return {timeline: $$('#timeline li').map((li) => li.textContent), seen, rows: $$('#content-body li').length};
    """, latency)
    assert got["timeline"] == timeline
    shown_at = [t for t, on in got["seen"] if on]
    hidden_at = [t for t, on in got["seen"] if not on]
    if latency <= 200:
        assert got["seen"] == [], "a fast load shows no skeleton at all"
    else:
        assert shown_at == [200] and hidden_at == [max(latency, 500)]
    assert got["rows"] == 3


# ---------------------------------------------------------------- load-more

_PAGES = """
    const list = () => ({rows: $$('#orders li').length, last: text($$('#orders li').at(-1)), count: text('#count'),
                         button: $('#more') && $('#more').innerText.trim(), end: text('#end'), error: text('#load-error')});
"""


def test_pages_of_20_then_the_short_page_removes_the_button(page):
    open_demo(page, "load-more")
    got = run(page, _PAGES + """
        const first = list();
        $('#more').click();
        const busy = {spinner: shown('#more [data-spinner]'), loading: $('#more').classList.contains('phx-click-loading')};
        await advance(600); const second = list();
        $('#more').click(); await advance(600);
        return {first, busy, second, third: list(), ids: $$('#orders li').slice(0, 2).map((li) => li.id),
                role: $('#end').getAttribute('role'), state: rtux.server.state()};
    """)
    assert got["first"] == {"rows": 20, "last": "Order 1020", "count": "Showing 20 of 53", "button": "Load more", "end": None, "error": None}
    assert got["busy"] == {"spinner": True, "loading": True}
    assert got["second"]["rows"] == 40 and got["second"]["last"] == "Order 1040" and got["second"]["button"] == "Load more"
    assert got["third"] == {"rows": 53, "last": "Order 1053", "count": "Showing 53 of 53", "button": None,
                            "end": "That is all 53 orders.", "error": None}
    assert got["ids"] == ["orders-1", "orders-2"] and got["role"] == "status"  # L13 dom ids
    assert got["state"] == {"shown": 53, "more": False}


def test_a_failed_page_keeps_what_is_shown_and_offers_retry_in_place(page):
    open_demo(page, "load-more", failOn="load_more", failureRate=1)
    got = run(page, _PAGES + """
        $('#more').click(); await advance(600);
        const failed = {...list(), role: $('#load-error').getAttribute('role')};
        rtux.net.set({failureRate: 0});
        $('#more').click(); await advance(600);
        return {failed, retried: list()};
    """)
    assert got["failed"] == {"rows": 20, "last": "Order 1020", "count": "Showing 20 of 53", "button": "Retry", "end": None,
                             "error": "The next page could not be loaded. Nothing you see is lost.", "role": "alert"}
    assert got["retried"]["rows"] == 40 and got["retried"]["button"] == "Load more" and got["retried"]["error"] is None
