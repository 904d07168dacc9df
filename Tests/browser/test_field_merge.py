"""field-merge (issue 10, PATTERNS.md section 3): optimistic-locking's settings form, where a
stale save is merged field by field against the version the form was loaded from. The four
per-field cases, one test each, then how a conflict is resolved: Save writes once, on the
current version. On the paused virtual clock from file://, 100 ms round trip."""

from demo_support import open_demo, run, severe_console

MINE = "Spring launch page, now with the pricing table."
ORIGINAL = {"name": "Apollo", "description": "Landing page for the spring launch.", "owner": "Dana"}
DESCRIBED = "Landing page for the spring relaunch."
NONE = {"name": False, "description": False, "owner": False}

_FORM = """
    // What a fault script's "input" step does: set the value, fire input (the field is debounced 300 ms).
    const type = (sel, value) => { const el = $(sel); el.value = value; el.dispatchEvent(new Event('input', {bubbles: true})); };
    const form = () => ({name: $('#name').value, description: $('#description').value, owner: $('#owner').value});
    const boxes = () => $$('[id^=conflict-]').filter((el) => shown(el)).map((el) => el.id);
    const history = () => rtux.server.state().history.map((h) => [h.version, h.who]);
    // The user types into each field of args[0], Bea does her action, then the user saves.
    const edit = async (fields, action, payload) => {
      for (const [f, v] of Object.entries(fields)) type('#' + f, v);
      await advance(400);
      rtux.peers.act('Bea', action, payload); await advance(100);
      $('#save').click(); await advance(100);
    };
    const end = () => ({record: rtux.server.state().record, conflict: rtux.server.state().conflict, form: form(),
                        boxes: boxes(), history: history(), version: text('#version'), notice: text('#notice')});
"""


def _merge(page, fields, action, payload=None):
    open_demo(page, "field-merge", latency=100)
    return run(page, _FORM + "await edit(args[0], args[1], args[2]); return end();", fields, action, payload)


def test_a_field_only_the_user_changed_keeps_the_users_value(page):
    got = _merge(page, {"description": MINE}, "rename")
    assert got["record"]["value"]["description"] == MINE
    assert got["form"]["description"] == MINE
    assert got["boxes"] == [] and got["conflict"] == NONE
    assert severe_console(page) == []


def test_a_field_only_the_server_changed_takes_the_servers_value(page):
    got = _merge(page, {"owner": "Eli"}, "describe")
    # Bea's description comes in though the form never showed it; the user's owner stays.
    assert got["record"] == {"value": {**ORIGINAL, "description": DESCRIBED, "owner": "Eli"}, "version": 3}
    assert got["form"] == got["record"]["value"]
    # One save, one write, on the version the merge read.
    assert got["history"] == [[1, "Dana"], [2, "Bea"], [3, "You"]]
    assert got["version"] == "v3" and got["notice"] == "Merged with v2 and saved as v3."
    assert got["boxes"] == []


def test_a_field_both_changed_differently_is_a_conflict_on_that_field_only(page):
    open_demo(page, "field-merge", latency=100)
    got = run(page, _FORM + """
        await edit({description: args[0], owner: 'Eli'}, 'save', {name: 'Apollo Relaunch', owner: 'Bea'});
        const box = '#conflict-owner';
        return {...end(), mine: text(box + ' .mine'), theirs: text(box + ' .theirs'),
                buttons: $$(box + ' button').map((b) => [b.textContent.trim(), b.getAttribute('aria-label'), b.type]),
                named: !!byName('Keep mine for Owner') && !!byName('Take theirs for Owner')};
    """, MINE)
    # Nothing is written: the record is Bea's.
    assert got["record"] == {"value": {**ORIGINAL, "name": "Apollo Relaunch", "owner": "Bea"}, "version": 2}
    assert got["history"] == [[1, "Dana"], [2, "Bea"]]
    assert got["boxes"] == ["conflict-owner"]
    assert got["conflict"] == {**NONE, "owner": True}
    assert got["mine"] == "Eli" and got["theirs"] == "Bea"
    assert got["buttons"] == [["Keep mine", "Keep mine for Owner", "button"], ["Take theirs", "Take theirs for Owner", "button"]]
    assert got["named"]
    # The other fields merged as usual: Bea's name, the user's description; the owner shows the user's.
    assert got["form"] == {"name": "Apollo Relaunch", "description": MINE, "owner": "Eli"}
    assert got["version"] == "v2", "the form now starts from the version it merged with"
    assert got["notice"] == "Merged with v2. You both changed a field: choose under it, then save."
    assert severe_console(page) == []


def test_a_field_both_changed_to_the_same_value_is_no_conflict(page):
    got = _merge(page, {"owner": "Bea", "description": MINE}, "reassign")
    assert got["boxes"] == [] and got["conflict"] == NONE
    assert got["record"] == {"value": {**ORIGINAL, "description": MINE, "owner": "Bea"}, "version": 3}
    assert got["history"][-1] == [3, "You"]


def test_resolving_a_conflict_then_saving_writes_once_on_the_current_version(page):
    open_demo(page, "field-merge", latency=100)
    got = run(page, _FORM + """
        await edit({description: args[0], owner: 'Eli'}, 'reassign');
        $('#take-theirs-owner').click(); await advance(100);
        const chosen = {form: form(), boxes: boxes(), history: history()};
        $('#save').click(); await advance(100);
        return {chosen, ...end()};
    """, MINE)
    # Taking theirs only fills the field; the write waits for Save.
    assert got["chosen"] == {"form": {**ORIGINAL, "description": MINE, "owner": "Bea"}, "boxes": [],
                             "history": [[1, "Dana"], [2, "Bea"]]}
    assert got["record"] == {"value": {**ORIGINAL, "description": MINE, "owner": "Bea"}, "version": 3}
    assert got["history"] == [[1, "Dana"], [2, "Bea"], [3, "You"]]
    assert got["version"] == "v3" and got["notice"] == "Saved as v3." and got["conflict"] == NONE


def test_keep_mine_then_save_writes_the_users_value_once(page):
    open_demo(page, "field-merge", latency=100)
    got = run(page, _FORM + """
        await edit({owner: 'Eli'}, 'reassign');
        $('#keep-mine-owner').click(); await advance(100);
        $('#save').click(); await advance(100);
        return end();
    """)
    assert got["record"] == {"value": {**ORIGINAL, "owner": "Eli"}, "version": 3}
    assert got["history"] == [[1, "Dana"], [2, "Bea"], [3, "You"]]
    assert got["boxes"] == []


def test_a_save_after_bea_saved_again_merges_against_her_newer_record(page):
    open_demo(page, "field-merge", latency=100)
    got = run(page, _FORM + """
        await edit({description: args[0], owner: 'Eli'}, 'reassign');
        // The owner conflict is open at v2; Bea now changes the description and the name.
        rtux.peers.act('Bea', 'save', {description: 'Bea wrote this.'}); await advance(100);
        $('#keep-mine-owner').click(); await advance(100);
        $('#save').click(); await advance(100);
        const again = {...end(), theirs: text('#conflict-description .theirs')};
        $('#take-theirs-description').click(); await advance(100);
        $('#save').click(); await advance(100);
        return {again, ...end()};
    """, MINE)
    # The owner the user kept is a change against v2 that v3 did not touch: no question again.
    assert got["again"]["boxes"] == ["conflict-description"] and got["again"]["theirs"] == "Bea wrote this."
    assert got["again"]["record"]["version"] == 3 and got["again"]["version"] == "v3"
    assert got["record"] == {"value": {"name": "Apollo Relaunch", "description": "Bea wrote this.", "owner": "Eli"}, "version": 4}
    assert got["history"] == [[1, "Dana"], [2, "Bea"], [3, "Bea"], [4, "You"]]
