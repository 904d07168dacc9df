import Markup

/// `optimistic-locking` (PATTERNS.md, conflicts): the settings form names the version it was
/// loaded from (`lock_version`) on every save, and the store refuses a write whose version is
/// no longer current, as Ecto's `optimistic_lock/3` does. The refusal keeps what the user
/// typed and shows it next to the server's record, with three ways out, each at the version
/// just read: Keep mine (write the user's values), Take theirs (load the server's, write
/// nothing) and Merge fields (the user's value where they changed a field, else the server's).
/// A rejoin in the middle of an edit loads the latest record in a new process; the recovered
/// form (L9) carries the version and values it started from, so a save that would overwrite
/// someone's write is still caught.
enum OptimisticLockingDemo {
    static let fields = SettingsForm.fields

    /// The conflict: the server's record as it is now, next to what the form holds.
    static let showConflict: [Op] = [
        Op.storeReadAs("settings", as: "current"),
        Op.set("theirs", .variable("current.value")),
        Op.set("theirs_version", .variable("current.version")),
        Op.set("conflict", true),
        Op.set("notice", nil),
        Op.storeRead("history", into: "history"),
    ]

    /// Writes `value` at the version the conflict panel showed; refused again when someone
    /// has saved since, and then the panel shows that newer record.
    static func resolve(_ value: Expr) -> [Op] {
        [Op.bind("resolved", value),
         Op.storeWrite("settings", value: .variable("resolved"), version: .assign("theirs_version"),
                       ok: SettingsForm.accepted(.variable("resolved"), versioned: true), stale: showConflict)]
    }

    /// Per field: the user's value where it differs from what the form was loaded with, else
    /// the server's.
    static let merged = SettingsForm.record { name in
        Expr.assign(name).notEquals(.assign("base.\(name)")).then(.assign(name), else: .assign("theirs.\(name)"))
    }

    static let demo = Demo("optimistic-locking", title: "Detect and resolve") {
        SettingsForm.database
        SettingsForm.initial(versioned: true)
        SettingsForm.mount(versioned: true)
        // After a rejoin onto a newer record, the conflict shows before any save is tried.
        SettingsForm.versionedEdit { showConflict }
        OnEvent("save", params: fields.map(\.name)) {
            Op.bind("mine", SettingsForm.record { .param($0) })
            // Ecto's optimistic_lock: the write names lock_version, and a stale one changes nothing.
            Op.storeWrite("settings", value: .variable("mine"), version: .assign("lock_version"),
                          ok: SettingsForm.accepted(.variable("mine"), versioned: true),
                          stale: fields.map { Op.set($0.name, .param($0.name)) } + showConflict)
        }
        OnEvent("keep_mine") { resolve(SettingsForm.mine) }
        OnEvent("merge_fields") { resolve(merged) }
        OnEvent("take_theirs") {
            SettingsForm.load(.assign("theirs"), version: .assign("theirs_version"), versioned: true)
            Op.set("conflict", false)
            Op.set("notice", "Loaded v\(.assign("theirs_version")) from the server.")
        }
        SettingsForm.peers()
        SettingsForm.state(versioned: true)
        Render { template }
    }

    static var template: Node {
        div(.id("settings-demo"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Detect and resolve" }
            p(.cls(DemoStyles.muted)) {
                "Change the description, then press \"Save as Bea\" in the simulator's Peers before you press Save. Your save names the version you started from, v1; the server is at v2 by then, so it refuses, and you choose."
            }
            SettingsForm.settingsForm(versioned: true) {
                when(.not(.assign("conflict"))) { SettingsForm.saveButton }
            }
            when(.assign("conflict")) { conflictPanel }
            SettingsForm.history
        }
    }

    /// Yours and theirs side by side, and the three ways out.
    static var conflictPanel: Node {
        section(.id("conflict"), .role(.alert), .aria(.labelledby, "conflict-title"),
                .cls("grid gap-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50")) {
            p(.id("conflict-title"), .cls("font-semibold")) { "Updated by someone else — your changes are preserved." }
            p { text("The server is at v\(.assign("theirs_version")); you started from v\(.assign("lock_version")). Nothing is saved until you choose.") }
            table(.cls("w-full text-left")) {
                thead {
                    tr {
                        th(.attr("scope", "col"), .cls("py-1 pr-3 font-semibold")) { "Field" }
                        th(.attr("scope", "col"), .cls("py-1 pr-3 font-semibold")) { "Yours" }
                        th(.attr("scope", "col"), .cls("py-1 font-semibold")) { text("Theirs (v\(.assign("theirs_version")))") }
                    }
                }
                tbody {
                    for field in fields {
                        tr(.id(.literal(.string("conflict-" + field.name)))) {
                            th(.attr("scope", "row"), .cls("py-1 pr-3 align-top font-medium")) { text(.literal(.string(field.label))) }
                            td(.cls("mine whitespace-pre-wrap py-1 pr-3 align-top")) { text(.assign(field.name)) }
                            td(.cls("theirs whitespace-pre-wrap py-1 align-top")) { text(.assign("theirs.\(field.name)")) }
                        }
                    }
                }
            }
            div(.cls("flex flex-wrap gap-2")) {
                Button.template(["id": "keep-mine", "phx-click": "keep_mine"]) { "Keep mine" }
                Button.template(["variant": "secondary", "id": "take-theirs", "phx-click": "take_theirs"]) { "Take theirs" }
                Button.template(["variant": "secondary", "id": "merge-fields", "phx-click": "merge_fields"]) { "Merge fields" }
            }
        }
    }
}
