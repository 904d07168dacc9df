import Markup

/// The project-settings form that `optimistic-locking` and `last-write-wins` share: the same
/// record, the same field and button ids (an anti-pattern pair replays one fault script in
/// both), and Bea, a simulated colleague whose `save` changes the record on the server. Every
/// accepted write is appended to the store's `history` (who, version, fields), which the
/// page lists under the form: the viewer's record of what the server accepted.
enum SettingsForm {
    /// The record's fields, in form order, with their labels.
    static let fields: [(name: String, label: String)] = [("name", "Project name"), ("description", "Description"), ("owner", "Owner")]

    static let seed: AssignValue = .map(["name": "Apollo", "description": "Landing page for the spring launch.", "owner": "Dana"])

    /// What Bea's save writes when the script gives her no fields: a new project name.
    static let beaRename = "Apollo Relaunch"

    static var database: DemoPart {
        Database(["settings": seed, "history": .list([.map(["who": "Dana", "version": 1, "fields": seed])])])
    }

    /// The form's assigns; `versioned` adds the base a merge compares against and the conflict.
    /// `conflict` is a flag here, a map of one per field in a field merge.
    static func initial(versioned: Bool, conflict: AssignValue = false) -> DemoPart {
        let form: KeyValuePairs<String, AssignValue> = ["name": "", "description": "", "owner": "", "lock_version": 0, "history": [], "notice": nil]
        let conflict: KeyValuePairs<String, AssignValue> = ["base": .map([:]), "conflict": conflict, "theirs": .map([:]), "theirs_version": 0]
        return .assigns((Array(form) + (versioned ? Array(conflict) : [])).map { ($0.key, $0.value) })
    }

    /// A record built field by field.
    static func record(_ value: (String) -> Expr) -> Expr { .object(Dictionary(uniqueKeysWithValues: fields.map { ($0.name, value($0.name)) })) }

    /// What the form holds now (the assigns its phx-change keeps up to date).
    static let mine = record { .assign($0) }

    /// The form shows `value` as loaded at `version`: the fields, the base a merge compares
    /// against, and the version the next save names.
    static func load(_ value: Expr, version: Expr, versioned: Bool) -> [Op] {
        fields.map { Op.set($0.name, value.dot($0.name)) } + (versioned ? [Op.set("base", value)] : []) + [Op.set("lock_version", version)]
    }

    static func mount(versioned: Bool) -> DemoPart {
        OnMount {
            Op.storeReadAs("settings", as: "current")
            load(.variable("current.value"), version: .variable("current.version"), versioned: versioned)
            Op.storeRead("history", into: "history")
        }
    }

    /// `phx-change` of a versioned form, and what a rejoin's recovery sends (L9). The hidden
    /// lock_version says which version the browser's form started from; when it is not this
    /// process's (a new process after a rejoin loaded a newer record), the form's base becomes the
    /// one it sent and its version stays the browser's (text, never equal to a version), so the
    /// next save is compared against what the user started from. `recovered` runs then too.
    static func versionedEdit(@OpBuilder recovered: () -> [Op] = { [] }) -> DemoPart {
        let then = recovered()
        return OnEvent("edit", params: fields.map(\.name) + ["lock_version"] + fields.map { "base_" + $0.name }) {
            for field in fields { Op.set(field.name, .param(field.name)) }
            Op.when(Expr.param("lock_version").notEquals("\(.assign("lock_version"))")) {
                Op.set("base", record { .param("base_" + $0) })
                Op.set("lock_version", .param("lock_version"))
                then
            }
        }
    }

    /// After an accepted write of `value` by the user: it is logged, and the form now starts from
    /// it; `cleared` ends a versioned form's conflict (a flag here, a field merge's map of them).
    static func accepted(_ value: Expr, versioned: Bool, cleared: Op = .set("conflict", false),
                         notice: (Expr) -> Expr = { "Saved as v\($0)." }) -> [Op] {
        let version = Expr.variable("lock_version")
        return [Op.bind("lock_version", .version("settings")),
                Op.append("history", .object(["who": "You", "version": version, "fields": value]), store: true)]
            + load(value, version: version, versioned: versioned)
            + (versioned ? [cleared] : [])
            + [Op.set("notice", notice(version)), Op.storeRead("history", into: "history")]
    }

    /// Bea, in another browser: her save reads the record and writes it back with her change,
    /// naming the version she read (so her own write can never overwrite one she did not see).
    /// `save` changes the fields its payload gives (the name, when it gives none); `also` are
    /// more of her actions, each the values she sets over the record she read.
    static func peers(also: KeyValuePairs<String, [String: Expr]> = [:]) -> DemoPart {
        let save = beaSaves { name in
            Expr.param(name).or(name == "name" ? .literal(.string(beaRename)) : .variable("current.value.\(name)"))
        }
        return .peers(names: ["Bea"], actions: [("save", save)] + also.map { action in
            (action.key, beaSaves { action.value[$0] ?? .variable("current.value.\($0)") })
        })
    }

    private static func beaSaves(_ value: (String) -> Expr) -> [Op] {
        let changed = record(value)
        return [
            Op.storeReadAs("settings", as: "current"),
            Op.storeWrite("settings", value: changed, version: .variable("current.version"), ok: [
                Op.append("history", .object(["who": .variable("peer.name"), "version": .version("settings"), "fields": changed]), store: true),
            ], stale: []),
        ]
    }

    static func state(versioned: Bool) -> DemoPart { state(also: versioned ? [("conflict", .assign("conflict"))] : []) }

    /// `rtux.server.state()`: the record with its version, the accepted writes, the form, and `also`.
    static func state(also: [(String, Expr)]) -> DemoPart {
        .state([("record", .object(["value": .store("settings"), "version": .version("settings")])),
                ("history", .store("history")), ("form", mine)] + also)
    }

    /// The form. With `versioned`, it carries the version it was loaded from and that
    /// version's values in hidden fields: a rejoin's new process loads the latest record,
    /// and the recovered form (L9) must still say what the user started from. `below` goes
    /// under a field's input (a field merge's conflict on that field); `version` shows the
    /// version loaded, `debounce` is the fields' phx-debounce, and `extra` adds attributes to a field's input.
    static func settingsForm(versioned: Bool, version: Bool = true, debounce: String = "300", extra: (_ name: String) -> [Attribute] = { _ in [] },
                             @NodeBuilder actions: () -> [Node],
                             @NodeBuilder below: (_ name: String, _ label: String) -> [Node] = { _, _ in [] }) -> Node {
        form(.id("settings"), .phx(.change, "edit"), .phx(.submit, "save"),
             .cls("grid gap-3 rounded-md border border-slate-200 p-4 dark:border-slate-700")) {
            if versioned {
                input(.attr("type", "hidden"), .attr("name", "lock_version"), .attr("value", .assign("lock_version")))
                for field in fields {
                    input(.attr("type", "hidden"), .attr("name", .literal(.string("base_" + field.name))), .attr("value", .assign("base.\(field.name)")))
                }
            }
            div(.cls("flex items-center justify-between gap-3")) {
                h2(.cls("text-base font-semibold")) { "Project settings" }
                if version {
                    span(.id("version"), .cls("rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold tabular-nums text-slate-800 dark:bg-slate-800 dark:text-slate-100")) {
                        text("v\(.assign("lock_version"))")
                    }
                }
            }
            for field in fields {
                div(.cls("grid gap-1")) {
                    label(.attr("for", .literal(.string(field.name))), .cls(DemoStyles.label)) { text(.literal(.string(field.label))) }
                    if field.name == "description" {
                        Node.element(Element(name: "textarea", attributes: [.id("description"), .attr("name", "description"), .attr("rows", "2"),
                                                                            .attr("phx-debounce", .literal(.string(debounce))), .cls(DemoStyles.field)] + extra(field.name),
                                             children: [text(.assign("description"))], isVoid: false))
                    } else {
                        Node.element(Element(name: "input", attributes: [.id(.literal(.string(field.name))), .attr("name", .literal(.string(field.name))),
                                                                         .attr("type", "text"), .attr("autocomplete", "off"), .attr("value", .assign(field.name)),
                                                                         .attr("phx-debounce", .literal(.string(debounce))), .cls(DemoStyles.field)] + extra(field.name),
                                             children: [], isVoid: true))
                    }
                    below(field.name, field.label)
                }
            }
            div(.cls("flex flex-wrap items-center gap-3")) {
                actions()
                p(.id("notice"), .role(.status), .cls(DemoStyles.muted)) { text(.assign("notice")) }
            }
        }
    }

    static var saveButton: Node { Button.template(["type": "submit", "id": "save", "disable_with": "Saving..."]) { "Save settings" } }

    /// The server's accepted writes, oldest first.
    static var history: Node {
        section(.aria(.labelledby, "history-title"), .cls("grid gap-2")) {
            h2(.id("history-title"), .cls("text-sm font-semibold")) { "Saves the server accepted" }
            ol(.id("history"), .cls("grid gap-1 text-sm")) {
                forEach("entry", in: .assign("history")) {
                    li(.id("history-v\(.variable("entry.version"))"), .cls("rounded-md bg-slate-50 px-3 py-1.5 dark:bg-slate-900")) {
                        span(.cls("font-semibold tabular-nums")) { text("v\(.variable("entry.version")) by \(.variable("entry.who")): ") }
                        span(.data("fields", true)) {
                            text("\(.variable("entry.fields.name")) · \(.variable("entry.fields.description")) · \(.variable("entry.fields.owner"))")
                        }
                    }
                }
            }
        }
    }
}
