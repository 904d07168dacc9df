"""The conflict pair of issue 10 (PATTERNS.md section 3): optimistic-locking, where a save
names the version its form was loaded from and a stale one is refused with both versions
side by side, and last-write-wins, the same form saving without a version, where Bea's
write is silently replaced. On the paused virtual clock from file://, 100 ms round trip."""

from demo_support import open_demo, run, severe_console

MINE = "Spring launch page, now with the pricing table."
ORIGINAL = {"name": "Apollo", "description": "Landing page for the spring launch.", "owner": "Dana"}
BEA = {**ORIGINAL, "name": "Apollo Relaunch"}

_FORM = """
    // What a fault script's "input" step does: set the value, fire input (the field is debounced 300 ms).
    const type = (sel, value) => { const el = $(sel); el.value = value; el.dispatchEvent(new Event('input', {bubbles: true})); };
    const form = () => ({name: $('#name').value, description: $('#description').value, owner: $('#owner').value});
    const rows = () => Object.fromEntries(['name', 'description', 'owner'].map((f) =>
      [f, {mine: text('#conflict-' + f + ' .mine'), theirs: text('#conflict-' + f + ' .theirs')}]));
    const history = () => rtux.server.state().history.map((h) => [h.version, h.who]);
    // The pair's script up to the user's save: type, Bea saves her rename, then Save.
    const conflict = async () => {
      type('#description', args[0]); await advance(400);
      rtux.peers.act('Bea', 'save'); await advance(100);
      $('#save').click(); await advance(100);
    };
"""


def _conflict(page, demo="optimistic-locking"):
    open_demo(page, demo, latency=100)
    run(page, _FORM + "await conflict();", MINE)


def test_a_stale_save_is_refused_and_shows_both_versions_with_the_typed_text_intact(page):
    open_demo(page, "optimistic-locking", latency=100)
    got = run(page, _FORM + """
        const before = {version: text('#version'), state: rtux.server.state()};
        type('#description', args[0]); await advance(400);
        rtux.peers.act('Bea', 'save'); await advance(100);
        const afterBea = {version: text('#version'), form: form(), conflict: shown('#conflict'), record: rtux.server.state().record};
        $('#save').click(); await advance(100);
        return {before, afterBea, form: form(), version: text('#version'), panel: {shown: shown('#conflict'),
                role: $('#conflict').getAttribute('role'), title: text('#conflict-title'), rows: rows(),
                buttons: ['#keep-mine', '#take-theirs', '#merge-fields'].map((s) => text(s))},
                save: !!$('#save'), state: rtux.server.state(), history: history(),
                hidden: Object.fromEntries($$('#settings input[type=hidden]').map((i) => [i.name, i.value]))};
    """, MINE)
    assert got["before"]["version"] == "v1"
    assert got["before"]["state"]["record"] == {"value": ORIGINAL, "version": 1}
    # Bea's write lands on the server; this form hears nothing of it until it saves.
    assert got["afterBea"] == {"version": "v1", "form": {**ORIGINAL, "description": MINE}, "conflict": False,
                               "record": {"value": BEA, "version": 2}}
    # Refused: the server is as Bea left it, and nothing the user typed is gone.
    assert got["state"]["record"] == {"value": BEA, "version": 2}
    assert got["history"] == [[1, "Dana"], [2, "Bea"]]
    assert got["form"] == {**ORIGINAL, "description": MINE}
    assert got["version"] == "v1", "still the version the form started from"
    assert got["hidden"]["lock_version"] == "1"
    assert got["panel"]["shown"] and got["panel"]["role"] == "alert"
    assert got["panel"]["title"] == "Updated by someone else — your changes are preserved."
    assert got["panel"]["rows"] == {"name": {"mine": "Apollo", "theirs": "Apollo Relaunch"},
                                    "description": {"mine": MINE, "theirs": ORIGINAL["description"]},
                                    "owner": {"mine": "Dana", "theirs": "Dana"}}
    assert got["panel"]["buttons"] == ["Keep mine", "Take theirs", "Merge fields"]
    assert got["save"] is False, "the panel's three buttons are the way on"
    assert got["state"]["conflict"] is True
    assert severe_console(page) == []


def test_keep_mine_writes_the_users_values_on_the_current_version(page):
    _conflict(page)
    got = run(page, _FORM + """
        $('#keep-mine').click(); await advance(100);
        return {state: rtux.server.state(), history: history(), version: text('#version'), notice: text('#notice'),
                panel: shown('#conflict'), form: form()};
    """)
    mine = {**ORIGINAL, "description": MINE}
    assert got["state"]["record"] == {"value": mine, "version": 3}
    assert got["history"] == [[1, "Dana"], [2, "Bea"], [3, "You"]]
    assert got["state"]["history"][-1]["fields"] == mine
    assert got["form"] == mine and got["version"] == "v3" and got["notice"] == "Saved as v3."
    assert got["panel"] is False and got["state"]["conflict"] is False


def test_take_theirs_loads_the_servers_record_and_writes_nothing(page):
    _conflict(page)
    got = run(page, _FORM + """
        $('#take-theirs').click(); await advance(100);
        return {state: rtux.server.state(), history: history(), version: text('#version'), notice: text('#notice'),
                panel: shown('#conflict'), form: form(), save: shown('#save')};
    """)
    assert got["state"]["record"] == {"value": BEA, "version": 2}
    assert got["history"] == [[1, "Dana"], [2, "Bea"]]
    assert got["form"] == BEA and got["version"] == "v2"
    assert got["notice"] == "Loaded v2 from the server."
    assert got["panel"] is False and got["save"] is True


def test_merge_fields_takes_the_users_changed_fields_and_the_servers_others(page):
    _conflict(page)
    got = run(page, _FORM + """
        $('#merge-fields').click(); await advance(100);
        const merged = {state: rtux.server.state(), form: form(), version: text('#version')};
        // The merged form saves as usual from its new version.
        type('#owner', 'Eli'); await advance(400);
        $('#save').click(); await advance(100);
        return {merged, after: rtux.server.state().record, history: history()};
    """)
    both = {"name": "Apollo Relaunch", "description": MINE, "owner": "Dana"}
    assert got["merged"]["state"]["record"] == {"value": both, "version": 3}
    assert got["merged"]["form"] == both and got["merged"]["version"] == "v3"
    assert got["after"] == {"value": {**both, "owner": "Eli"}, "version": 4}
    assert got["history"] == [[1, "Dana"], [2, "Bea"], [3, "You"], [4, "You"]]


def test_a_field_both_changed_merges_as_the_users_and_a_second_save_by_bea_refuses_again(page):
    open_demo(page, "optimistic-locking", latency=100)
    got = run(page, _FORM + """
        type('#name', 'Apollo Spring'); await advance(400);
        rtux.peers.act('Bea', 'save', {owner: 'Bea'}); await advance(100);
        $('#save').click(); await advance(100);
        // Bea saves again while the panel is open: resolving at v2 is stale too, and the panel moves to v3.
        rtux.peers.act('Bea', 'save', {description: 'Bea wrote this.'}); await advance(100);
        $('#merge-fields').click(); await advance(100);
        const again = {record: rtux.server.state().record, rows: rows(), title: text('#conflict-title')};
        $('#merge-fields').click(); await advance(100);
        return {again, record: rtux.server.state().record, form: form()};
    """)
    assert got["again"]["record"]["version"] == 3
    assert got["again"]["title"] == "Updated by someone else — your changes are preserved."
    assert got["again"]["rows"]["description"] == {"mine": ORIGINAL["description"], "theirs": "Bea wrote this."}
    merged = {"name": "Apollo Spring", "description": "Bea wrote this.", "owner": "Bea"}
    assert got["record"] == {"value": merged, "version": 4}
    assert got["form"] == merged


def test_text_typed_across_an_outage_survives_and_a_save_bea_made_meanwhile_is_still_caught(page):
    open_demo(page, "optimistic-locking", latency=100)
    got = run(page, _FORM + """
        rtux.net.disconnect();
        type('#description', args[0]); await advance(400);   // typed offline: no phx-change reaches the server
        rtux.peers.act('Bea', 'save'); await advance(100);   // Bea is online
        rtux.net.reconnect(); await advance(6000);
        const recovered = rtux.log().filter((e) => e.kind === 'push' && e.event === 'edit').pop().payload;
        const after = {form: form(), panel: shown('#conflict'), rows: rows(), record: rtux.server.state().record,
                       cls: $('#rtux-root').className, version: text('#version')};
        // A second drop with the panel open: the form still says v1, so the next process shows it too.
        rtux.net.disconnect(); await advance(1000); rtux.net.reconnect(); await advance(6000);
        const again = {form: form(), panel: shown('#conflict'), version: text('#version'),
                       hidden: $('#settings input[name=lock_version]').value};
        $('#merge-fields').click(); await advance(100);
        return {recovered, after, again, merged: rtux.server.state().record};
    """, MINE)
    # L9: the form comes back with the version and the values it started from.
    assert {k: got["recovered"][k] for k in ("description", "lock_version", "base_name")} == \
        {"description": MINE, "lock_version": "1", "base_name": "Apollo"}
    assert got["after"]["cls"] == "phx-connected"
    assert got["after"]["form"] == {**ORIGINAL, "description": MINE}
    # The new process loaded v2, but the form says v1: the conflict shows before any save.
    assert got["after"]["panel"] is True
    assert got["after"]["rows"]["name"] == {"mine": "Apollo", "theirs": "Apollo Relaunch"}
    assert got["after"]["record"] == {"value": BEA, "version": 2}
    assert got["after"]["version"] == "v1", "the version the form started from"
    assert got["again"] == {"form": {**ORIGINAL, "description": MINE}, "panel": True, "version": "v1", "hidden": "1"}
    assert got["merged"] == {"value": {**BEA, "description": MINE}, "version": 3}


def test_last_write_wins_overwrites_beas_edit_and_tells_nobody(page):
    _conflict(page, "last-write-wins")
    got = run(page, _FORM + """
        return {state: rtux.server.state(), history: history(), form: form(), version: text('#version'),
                notice: text('#notice'), alerts: $$('[role=alert]').length, conflict: !!$('#conflict'),
                log: $$('#history li').map((li) => text(li))};
    """)
    mine = {**ORIGINAL, "description": MINE}
    assert got["state"]["record"] == {"value": mine, "version": 3}, "Bea's rename is gone"
    assert got["history"] == [[1, "Dana"], [2, "Bea"], [3, "You"]]
    assert got["state"]["history"][1]["fields"]["name"] == "Apollo Relaunch"
    # The user is told their save went fine, and nothing else.
    assert got["notice"] == "Saved as v3." and got["alerts"] == 0 and got["conflict"] is False
    assert got["form"] == mine and got["version"] == "v3"
    assert got["log"][1].startswith("v2 by Bea: Apollo Relaunch")
    assert got["log"][2].startswith("v3 by You: Apollo ·")
    assert severe_console(page) == []


# The pair's fault script (the anti-patterns page replays it in both frames), run here step
# by step as the page's runner would: input, Bea's save, then Save.
SCRIPT = [
    {"at": 0, "input": "#description", "value": MINE},
    {"at": 600, "peer": "Bea", "action": "save", "payload": {}},
    {"at": 1200, "click": "#save"},
]

_SCRIPT = """
    let now = 0;
    for (const step of args[1]) {
      await advance(step.at - now); now = step.at;
      if (step.input) type(step.input, step.value);
      else if (step.peer) rtux.peers.act(step.peer, step.action, step.payload);
      else if (step.click) $(step.click).click();
    }
    await advance(1000);
    return {record: rtux.server.state().record, form: form(), conflict: shown('#conflict'), rows: $('#conflict') && rows(),
            notice: text('#notice')};
"""


def test_the_pair_script_loses_beas_rename_on_the_bad_side_and_shows_the_conflict_on_the_good(page):
    ends = {}
    for demo in ("last-write-wins", "optimistic-locking"):
        open_demo(page, demo)  # the demo's own settings, as in the pair's frames
        ends[demo] = run(page, _FORM + _SCRIPT, MINE, SCRIPT)
    bad, good = ends["last-write-wins"], ends["optimistic-locking"]
    assert bad["record"] == {"value": {**ORIGINAL, "description": MINE}, "version": 3}
    assert bad["conflict"] is False and bad["notice"] == "Saved as v3."
    assert good["record"] == {"value": BEA, "version": 2}
    assert good["conflict"] is True and good["form"] == {**ORIGINAL, "description": MINE}
    assert good["rows"]["name"] == {"mine": "Apollo", "theirs": "Apollo Relaunch"}
    assert good["rows"]["description"]["mine"] == MINE
