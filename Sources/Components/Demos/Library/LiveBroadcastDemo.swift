import Markup

/// `live-broadcast` (PATTERNS.md, conflicts): the settings form of the conflict demos, but
/// each field is saved on its own once typing pauses (phx-debounce 500, L15) and broadcast
/// on `settings`, so every open copy stays current. A receiver puts the new value in the
/// field and marks it changed by its author for 1 s (a timer keyed by the field, re-armed
/// by a later change) — except in the field its user is in: that one keeps their text, and
/// a note offers the other value ("Ann changed this field · Show").
///
/// The server learns which field is in use from phx-focus / phx-blur, not from `_target`:
/// `_target` arrives only with a debounced change, so a field the user has entered but not
/// yet changed (or is in the first half second of typing in) would still look free, and
/// nothing would say when they left it. A save writes only its field over the record as
/// stored, so two people in two fields never undo each other.
enum LiveBroadcastDemo {
    static let id = "live-broadcast"
    static let fields = SettingsForm.fields
    static let none = AssignValue.map(Dictionary(uniqueKeysWithValues: fields.map { ($0.name, AssignValue.null) }))

    /// The record as stored with `name` set to `value`, written; the field's new value is
    /// broadcast with its author.
    static func save(_ name: String, _ value: Expr, by: Expr, exceptSelf: Bool) -> [Op] {
        [Op.storeReadAs("settings", as: "current"),
         Op.bind("saved", SettingsForm.record { $0 == name ? value : .variable("current.value.\($0)") }),
         Op.storeWrite("settings", value: .variable("saved"), version: nil, ok: [], stale: []),
         Op.broadcast("settings", "changed", payload: ["field": .literal(.string(name)), "new_value": value, "by": by], exceptSelf: exceptSelf)]
    }

    /// A per-field map with `name`'s entry set to `value`, the others as they are.
    static func put(_ map: String, _ name: String, _ value: Expr) -> Op {
        Op.set(map, SettingsForm.record { $0 == name ? value : .assign("\(map).\($0)") })
    }

    /// Ann's edit of one field over the record as she reads it; a payload's `value` replaces hers.
    static func ann(_ name: String, _ value: String) -> [Op] {
        save(name, Expr.param("value").or(.literal(.string(value))), by: .variable("peer.name"), exceptSelf: false)
    }

    static let demo = Demo(id, title: "See edits as they happen") {
        Database(["settings": SettingsForm.seed])
        Initial(["name": "", "description": "", "owner": "", "focused": nil, "changed": none, "pending": none, "notice": nil])
        OnMount {
            Op.subscribe("settings")
            Op.storeReadAs("settings", as: "current")
            for field in fields { Op.set(field.name, .variable("current.value.\(field.name)")) }
        }
        // phx-change: the fields the user changed since the last one (with a debounce per
        // field, one at a time), each saved alone.
        OnEvent("edit", params: fields.map(\.name)) {
            for field in fields {
                Op.when(Expr.param(field.name).notEquals(.assign(field.name))) {
                    Op.set(field.name, .param(field.name))
                    save(field.name, .param(field.name), by: "You", exceptSelf: true)
                    Op.set("notice", "Saved.")
                }
            }
        }
        OnEvent("focus", params: ["field"]) { Op.set("focused", .param("field")) }
        OnEvent("blur") { Op.set("focused", nil) }
        OnInfo("changed", params: ["field", "new_value", "by"]) {
            for field in fields {
                let theirs = Expr.param("new_value")
                Op.when(Expr.param("field").equals(.literal(.string(field.name)))) {
                    // The user's field keeps their text; the note keeps the other value.
                    Op.when(Expr.assign("focused").equals(.literal(.string(field.name))).and(theirs.notEquals(.assign(field.name)))) {
                        put("pending", field.name, .object(["by": .param("by"), "value": theirs]))
                    } else: {
                        Op.set(field.name, theirs)
                        put("changed", field.name, .param("by"))
                        Op.sendAfter(1_000, "unmark", payload: ["field": .literal(.string(field.name))], key: .literal(.string("mark:\(field.name)")))
                    }
                }
            }
        }
        OnInfo("unmark", params: ["field"]) {
            for field in fields {
                Op.when(Expr.param("field").equals(.literal(.string(field.name)))) { put("changed", field.name, nil) }
            }
        }
        // Show: the other value, in the field and (the user chose it) saved again as theirs.
        for field in fields {
            OnEvent("show_\(field.name)") {
                Op.when(.assign("pending.\(field.name)")) {
                    Op.set(field.name, .assign("pending.\(field.name).value"))
                    save(field.name, .assign("pending.\(field.name).value"), by: "You", exceptSelf: true)
                    put("pending", field.name, nil)
                }
            }
        }
        Peers(["Ann"], actions: [
            "rename": ann("name", SettingsForm.beaRename),
            "describe": ann("description", "Landing page for the spring relaunch."),
            "reassign": ann("owner", "Ann"),
        ])
        ServerState(["record": .store("settings"), "form": SettingsForm.mine, "focused": .assign("focused"), "pending": .assign("pending")])
        Render { template }
    }

    static var template: Node {
        div(.id("settings-demo"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "See edits as they happen" }
            p(.cls(DemoStyles.muted)) {
                "Edit a field: it is saved half a second after you stop typing. Change a field as Ann from the simulator's Peers, and it updates here with her name for a second. Change one while you are typing in it, and your text stays; the note under it offers hers."
            }
            SettingsForm.settingsForm(versioned: false, version: false, debounce: "500", extra: { name in
                [.attr("phx-focus", "focus"), .attr("phx-blur", "blur"), .attr("phx-value-field", .literal(.string(name))),
                 .data("changed", .assign("changed.\(name)"))]
            }) {} below: { name, label in
                p(.id(.literal(.string("changed-" + name))), .role(.status), .cls("text-xs text-amber-800 dark:text-amber-200")) {
                    when(.assign("changed.\(name)")) {
                        HighlightCell.template(["value": "changed by \(.assign("changed.\(name)"))", "changed": true])
                    }
                }
                when(.assign("pending.\(name)")) {
                    p(.id(.literal(.string("pending-" + name))), .cls("flex items-center gap-2 text-sm text-amber-900 dark:text-amber-100")) {
                        text("\(.assign("pending.\(name).by")) changed this field · ")
                        button(.id(.literal(.string("show-" + name))), .type(.button), .phx(.click, .literal(.string("show_" + name))),
                               .aria(.label, "Show \(.assign("pending.\(name).by"))'s \(.literal(.string(label.lowercased())))"),
                               .cls("font-semibold underline")) { "Show" }
                    }
                }
            }
        }
    }
}
