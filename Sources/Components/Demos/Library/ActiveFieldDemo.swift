import Markup

/// `active-field` (PATTERNS.md, presence): who is in which field of a shared form, by the
/// presence rules of issue 9. The focused field is part of each tab's presence meta
/// (`field`, set with `Presence.update/4`), so a leave, a closed tab or a heartbeat timeout
/// takes the badge away with the presence itself: there is no second list to keep in step.
/// Everything else is avatar-stack's: one entry per user however many tabs, idle when no tab
/// was updated for 30 s (a 1 s `tick` re-derives it), diffs debounced into one `Presence.list`.
///
/// A user with several tabs gets a badge on every field one of their tabs has focused, once per
/// field (`Expr.presenceUsers`' `focus`), not only on the first meta's: the metas' order is
/// Presence's, not the user's, so "the first tab wins" would pick a tab at random; and a
/// browser blurs the focused field when its window loses focus, so two fields at once only
/// shows when a blur was lost (a frozen tab), which the badge then reports instead of hiding.
/// Name, colour and status are the user's, the same in every tab.
///
/// The local focus goes through the `FieldFocus` hook (at most one push per 500 ms, the last
/// state always sent, a tab-through one push) and `focus_field` allow-lists the field name:
/// it comes from the client and ends up in everyone's page. Your own badge is never drawn.
enum ActiveFieldDemo {
    static let id = "active-field"
    static let topic = "ticket"
    static let staleAfter = AvatarStackDemo.staleAfter
    static let debounce = AvatarStackDemo.debounce
    static let heartbeat = AvatarStackDemo.heartbeat
    /// The hook's wait between two focus pushes.
    static let throttle = 500

    static let me = Expr.assign("me")
    static let users = Expr.assign("users")
    static let peerName = Expr.variable("peer.name")
    static let names = ["Ann", "Bo", "Cy", "Dee"]
    static let fields: [(name: String, label: String, value: String)] = [
        ("title", "Title", "Checkout fails for saved cards"),
        ("summary", "Summary", "Paying with a saved card shows a spinner, then an error."),
        ("owner", "Owner", "Ann"),
        ("due", "Due date", "2027-01-15"),
    ]
    static let fieldNames = Expr.list(fields.map { .literal(.string($0.name)) })

    /// A peer's focus without a payload (the panel's button) goes to "their" field: Ann the
    /// first, Bo the second, and so on.
    static let peerField = Expr.param("field").or(
        names.enumerated().dropLast().reversed().reduce(Expr.literal(.string(fields[names.count - 1].name))) { rest, entry in
            peerName.equals(.literal(.string(entry.element))).then(.literal(.string(fields[entry.offset].name)), else: rest)
        })

    static func meta(_ name: Expr) -> [String: Expr] { ["name": name, "status": "active", "field": nil, "at": .now, "online_at": .now] }
    static func update(_ key: Expr, _ meta: [String: Expr]) -> Op { .presenceUpdate(topic, key: key, meta: meta.merging(["at": .now]) { a, _ in a }) }

    static let heartbeatHook = ColocatedHooks.qualified(PresenceHeartbeatHook.hook.name, in: ElixirLiveView.moduleName(id))
    static let focusHook = ColocatedHooks.qualified(FieldFocusHook.hook.name, in: ElixirLiveView.moduleName(id))

    static let demo = Demo(id, title: "Who is editing which field") {
        Initial(["me": "You", "presences": [:]])
        OnMount {
            Op.subscribe(topic)
            Op.track(topic, key: me, meta: meta(me))
            Op.presenceRead(topic, into: "presences")
            Op.sendAfter(1_000, "tick", key: "tick")
        }
        OnEvent("heartbeat") { update(me, [:]) }
        // The hook sends null for "no field"; anything not on the form is no field too.
        OnEvent("focus_field", params: ["field"]) {
            update(me, ["field": fieldNames.contains(.param("field")).then(.param("field"), else: nil)])
        }
        OnInfo("presence_diff") { Op.sendAfter(debounce, "sync_presence", key: "presence") }
        OnInfo("sync_presence") { Op.presenceRead(topic, into: "presences") }
        OnInfo("tick") { Op.sendAfter(1_000, "tick", key: "tick") }
        Derived("users", .presenceUsers(.assign("presences"), staleAfter: staleAfter, focus: "field"))
        Peers(names, actions: [
            "join": [Op.track(topic, key: peerName, meta: meta(peerName))],
            "leave": [],
            "open_tab": [Op.track(topic, key: peerName, meta: meta(peerName))],
            "close_tab": [],
            "focus": [update(peerName, ["field": peerField])],
            "blur": [update(peerName, ["field": nil])],
            "go_idle": [update(peerName, ["status": "idle"])],
            "come_back": [update(peerName, ["status": "active"])],
            "vanish": [],
            "heartbeat": [update(peerName, [:])],
        ])
        PeerHeartbeat(heartbeat)
        PeerTimeout(60_000)
        ServerState(["users": users])
        Hook(PresenceHeartbeatHook.hook)
        Hook(FieldFocusHook.hook)
        Render { template }
    }

    static var template: Node {
        div(.id("active-field-demo"), .phx(.hook, .literal(.string(heartbeatHook))), .data("every", .literal(.string(String(heartbeat)))),
            .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Who is editing which field" }
            p(.cls(DemoStyles.muted)) {
                "Ann, Bo, Cy and Dee focus and leave fields from the simulator's Peers (Focus puts each on a field of their own). A badge in their colour shows where they are, and goes when they blur, leave, or vanish (a closed laptop: idle after 30 s, gone at the 60 s timeout). Your own focus is sent too, at most every 500 ms, and shows on their screens, not yours."
            }
            div(.id("ticket"), .phx(.hook, .literal(.string(focusHook))), .data("every", .literal(.string(String(throttle)))),
                .role(.group), .aria(.label, "Ticket"), .cls("grid gap-3")) {
                for field in fields { row(field) }
            }
            ColocatedHooks.script(name: PresenceHeartbeatHook.hook.name, source: PresenceHeartbeatHook.hook.source)
            ColocatedHooks.script(name: FieldFocusHook.hook.name, source: FieldFocusHook.hook.source)
        }
    }

    static func row(_ field: (name: String, label: String, value: String)) -> Node {
        let name = Expr.literal(.string(field.name))
        let inputId = Expr.literal(.string("input-" + field.name))
        let user = Expr.variable("user")
        return div(.id(.literal(.string("field-" + field.name))), .data("field", name), .cls("grid gap-1")) {
            div(.cls("flex min-h-6 flex-wrap items-center gap-2")) {
                label(.attr("for", inputId), .cls(DemoStyles.label)) { text(.literal(.string(field.label))) }
                div(.id(.literal(.string("editors-" + field.name))), .role(.status), .cls("flex flex-wrap gap-1")) {
                    forEach("user", in: users) {
                        when(user.dot("focus").contains(name).and(user.dot("id").notEquals(me))) {
                            FieldEditorBadge.template(["user": user, "id": "editor-\(name)-\(user.dot("id"))"])
                        }
                    }
                }
            }
            if field.name == "summary" {
                textarea(.id(inputId), .attr("name", name), .attr("rows", "2"), .cls(DemoStyles.field)) { text(.literal(.string(field.value))) }
            } else {
                input(.id(inputId), .attr("name", name), .attr("type", .literal(.string(field.name == "due" ? "date" : "text"))),
                      .attr("autocomplete", "off"), .attr("value", .literal(.string(field.value))), .cls(DemoStyles.field))
            }
        }
    }
}
