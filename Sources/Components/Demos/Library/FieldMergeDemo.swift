import Markup

/// `field-merge` (PATTERNS.md, conflicts): `optimistic-locking`'s settings form, store and
/// Bea, but a stale save is merged field by field instead of refused. Against the values the
/// form was loaded from (`base`), what the user saved (`mine`) and the record now (`theirs`):
/// a field the user left alone takes theirs; one only the user changed keeps mine; one both
/// changed alike is no conflict; one both changed differently is a conflict
/// on that field only, shown under it with both values and a choice. With no conflict the
/// merge is written at once; with one, the form now starts from theirs (its version and
/// values), so the next Save writes once on the current version.
enum FieldMergeDemo {
    static let fields = SettingsForm.fields

    static let noConflict = SettingsForm.record { _ in false }

    /// The three-way merge over the locals `base`, `mine` and `theirs`.
    static let merged = SettingsForm.record { name in
        Expr.variable("mine.\(name)").equals(.variable("base.\(name)")).then(.variable("theirs.\(name)"), else: .variable("mine.\(name)"))
    }

    static let conflicts = SettingsForm.record { name in
        let (base, mine, theirs) = (Expr.variable("base.\(name)"), Expr.variable("mine.\(name)"), Expr.variable("theirs.\(name)"))
        return mine.notEquals(base).and(theirs.notEquals(base)).and(theirs.notEquals(mine))
    }

    static let anyConflict = fields.dropFirst().reduce(Expr.variable("conflict.\(fields[0].name)")) { $0.or(.variable("conflict.\($1.name)")) }

    /// A stale save: merge with the record as it is now.
    static let merge: [Op] = [
        Op.storeReadAs("settings", as: "current"),
        Op.bind("base", .assign("base")),
        Op.bind("theirs", .variable("current.value")),
        Op.bind("merged", merged),
        Op.bind("conflict", conflicts),
        Op.when(anyConflict) {
            // The form now starts from theirs: a field left at theirs is no change of the
            // user's, and the next save names the version just read.
            SettingsForm.load(.variable("merged"), version: .variable("current.version"), versioned: false)
            Op.set("base", .variable("theirs"))
            Op.set("theirs", .variable("theirs"))
            Op.set("theirs_version", .variable("current.version"))
            Op.set("conflict", .variable("conflict"))
            Op.set("notice", "Merged with v\(.variable("current.version")). You both changed a field: choose under it, then save.")
            Op.storeRead("history", into: "history")
        } else: {
            Op.storeWrite("settings", value: .variable("merged"), version: .variable("current.version"),
                          ok: SettingsForm.accepted(.variable("merged"), versioned: true, cleared: .set("conflict", noConflict)) {
                              "Merged with v\(.variable("current.version")) and saved as v\($0)."
                          },
                          stale: [Op.set("notice", "Saved again on the server meanwhile: save once more to merge.")])
        },
    ]

    /// The conflict flags with `name`'s cleared.
    static func resolved(_ name: String) -> Op {
        Op.set("conflict", SettingsForm.record { $0 == name ? false : .assign("conflict.\($0)") })
    }

    static let demo = Demo("field-merge", title: "Three-way field merge") {
        SettingsForm.database
        SettingsForm.initial(versioned: true, conflict: .map(Dictionary(uniqueKeysWithValues: fields.map { ($0.name, AssignValue.bool(false)) })))
        SettingsForm.mount(versioned: true)
        // After a rejoin onto a newer record, the next save merges against the form's own base.
        SettingsForm.versionedEdit()
        OnEvent("save", params: fields.map(\.name)) {
            Op.bind("mine", SettingsForm.record { .param($0) })
            Op.storeWrite("settings", value: .variable("mine"), version: .assign("lock_version"),
                          ok: SettingsForm.accepted(.variable("mine"), versioned: true, cleared: .set("conflict", noConflict)),
                          stale: merge)
        }
        for field in fields {
            OnEvent("keep_mine_\(field.name)") { resolved(field.name) }
            OnEvent("take_theirs_\(field.name)") {
                Op.set(field.name, .assign("theirs.\(field.name)"))
                resolved(field.name)
            }
        }
        SettingsForm.peers(also: [
            "rename": ["name": .literal(.string(SettingsForm.beaRename))],
            "describe": ["description": "Landing page for the spring relaunch."],
            "reassign": ["owner": "Bea"],
        ])
        SettingsForm.state(versioned: true)
        Render { template }
    }

    static var template: Node {
        div(.id("settings-demo"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Three-way field merge" }
            p(.cls(DemoStyles.muted)) {
                "Change the description, then press \"Rename as Bea\" in the simulator's Peers before you press Save: you changed different fields, so both changes are kept. Change a field Bea changes too, and only that field asks you."
            }
            SettingsForm.settingsForm(versioned: true) { SettingsForm.saveButton } below: { name, label in
                when(.assign("conflict.\(name)")) { conflictNote(name, label) }
            }
            SettingsForm.history
        }
    }

    /// Under a field both changed: both values, and a choice for that field alone.
    static func conflictNote(_ name: String, _ label: String) -> Node {
        div(.id(.literal(.string("conflict-" + name))),
            .cls("grid gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50")) {
            p(.cls("font-semibold")) { "Changed on the server too. The field shows yours." }
            p { "Yours: "; span(.cls("mine whitespace-pre-wrap")) { text(.assign(name)) } }
            p { text("Theirs (v\(.assign("theirs_version"))): "); span(.cls("theirs whitespace-pre-wrap")) { text(.assign("theirs.\(name)")) } }
            div(.cls("flex flex-wrap gap-2")) {
                Button.template(["id": .literal(.string("keep-mine-" + name)), "phx-click": .literal(.string("keep_mine_" + name)),
                                 "aria-label": .literal(.string("Keep mine for " + label))]) { "Keep mine" }
                Button.template(["variant": "secondary", "id": .literal(.string("take-theirs-" + name)),
                                 "phx-click": .literal(.string("take_theirs_" + name)),
                                 "aria-label": .literal(.string("Take theirs for " + label))]) { "Take theirs" }
            }
        }
    }
}
