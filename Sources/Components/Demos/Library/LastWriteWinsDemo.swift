import Markup

/// `last-write-wins`, the anti-pattern beside `optimistic-locking`: the same settings form,
/// but a save writes the record without naming a version. When Bea has saved in between, the
/// user's save puts back the values the form was loaded with over hers, and says "Saved" to
/// the user; Bea is told nothing either. Only the server's list of accepted writes, under the
/// form, shows her write and then the one that replaced it.
enum LastWriteWinsDemo {
    static let demo = Demo("last-write-wins", title: "Last write wins") {
        SettingsForm.database
        SettingsForm.initial(versioned: false)
        SettingsForm.mount(versioned: false)
        OnEvent("edit", params: SettingsForm.fields.map(\.name)) {
            for field in SettingsForm.fields { Op.set(field.name, .param(field.name)) }
        }
        OnEvent("save", params: SettingsForm.fields.map(\.name)) {
            Op.bind("mine", SettingsForm.record { .param($0) })
            // No version: whatever is on the server now is replaced by the whole form.
            Op.storeWrite("settings", value: .variable("mine"), version: nil, ok: [], stale: [])
            SettingsForm.accepted(.variable("mine"), versioned: false)
        }
        SettingsForm.peers()
        SettingsForm.state(versioned: false)
        Render { template }
    }

    static var template: Node {
        div(.id("settings-demo"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Last write wins" }
            p(.cls(DemoStyles.muted)) {
                "Change the description, then press \"Save as Bea\" in the simulator's Peers before you press Save. Your save says Saved; compare the last two entries of the server's list below."
            }
            SettingsForm.settingsForm(versioned: false) { SettingsForm.saveButton }
            SettingsForm.history
        }
    }
}
