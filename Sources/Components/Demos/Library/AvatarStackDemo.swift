import Markup

/// `avatar-stack` (PATTERNS.md, presence): who is here, by the presence rules of issue 9.
/// Every view tracks itself on `viewers` (Phoenix.Presence, L14) with a meta
/// `%{name, status, at, online_at}`; a user with several tabs is one key with one meta per tab,
/// so one avatar, and leaves when the last tab does. Diffs are debounced: a `presence_diff` only
/// (re)starts a 400 ms timer, and when it fires the view reads `Presence.list/1` once, so a burst
/// of joins is one patch. The status is worked out in the view (`Expr.presenceUsers`): a tab
/// whose `at` is more than 30 s old counts as idle, which is what a closed laptop looks like
/// until the socket times out (60 s) and its presence leaves. A 1 s `tick` re-derives it. The
/// `PresenceHeartbeat` hook is this tab's ping (only the client can say it is still there).
enum AvatarStackDemo {
    static let id = "avatar-stack"
    static let topic = "viewers"
    /// An "active" tab older than this is shown idle (PATTERNS.md: stale after 30 s).
    static let staleAfter = 30_000
    /// Presence diffs wait this long for the rest of a burst (PATTERNS.md: 300–500 ms).
    static let debounce = 400
    /// How often a live tab pings (the hook; the simulated peers' tabs alike).
    static let heartbeat = 10_000

    static let me = Expr.assign("me")
    static let users = Expr.assign("users")
    static let peerName = Expr.variable("peer.name")
    static let names = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal"]
    static let hookName = ColocatedHooks.qualified(PresenceHeartbeatHook.hook.name, in: ElixirLiveView.moduleName(id))

    /// A new tab's meta: active now.
    static func meta(_ name: Expr) -> [String: Expr] { ["name": name, "status": "active", "at": .now, "online_at": .now] }
    /// A change of this tab's status, which is an update too (`at` refreshed).
    static func status(_ key: Expr, _ value: String) -> Op { .presenceUpdate(topic, key: key, meta: ["status": .literal(.string(value)), "at": .now]) }

    static let demo = Demo(id, title: "Who is here") {
        Initial(["me": "You", "presences": [:]])
        OnMount {
            Op.subscribe(topic)
            Op.track(topic, key: me, meta: meta(me))
            Op.presenceRead(topic, into: "presences")
            Op.sendAfter(1_000, "tick", key: "tick")
        }
        OnEvent("heartbeat") { Op.presenceUpdate(topic, key: me, meta: ["at": .now]) }
        OnInfo("presence_diff") { Op.sendAfter(debounce, "sync_presence", key: "presence") }
        OnInfo("sync_presence") { Op.presenceRead(topic, into: "presences") }
        OnInfo("tick") { Op.sendAfter(1_000, "tick", key: "tick") }
        Derived("users", .presenceUsers(.assign("presences"), staleAfter: staleAfter))
        Peers(names, actions: [
            "join": [Op.track(topic, key: peerName, meta: meta(peerName))],
            "leave": [],
            "open_tab": [Op.track(topic, key: peerName, meta: meta(peerName))],
            "close_tab": [],
            "go_idle": [status(peerName, "idle")],
            "go_away": [status(peerName, "away")],
            "come_back": [status(peerName, "active")],
            "vanish": [],
            "heartbeat": [Op.presenceUpdate(topic, key: peerName, meta: ["at": .now])],
        ])
        PeerHeartbeat(heartbeat)
        ServerState(["users": users])
        Hook(PresenceHeartbeatHook.hook)
        Render { template }
    }

    static var template: Node {
        div(.id("avatar-stack-demo"), .phx(.hook, .literal(.string(hookName))), .data("every", .literal(.string(String(heartbeat)))),
            .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Who is here" }
            p(.cls(DemoStyles.muted)) {
                "Ann to Hal join, open and close tabs, go idle or away, or vanish (a closed laptop) from the simulator's Peers. One avatar per person however many tabs; a silent tab is idle after 30 s and gone when its connection times out (60 s)."
            }
            AvatarStack.template(["users": users, "id": "viewers"])
            // The dot and the fading are not the only signal: each user's status in words.
            ul(.id("viewer-list"), .cls("grid gap-1 text-sm")) {
                forEach("user", in: users) {
                    li(.id("viewer-\(.variable("user.id"))"), .data("user-id", .variable("user.id")), .data("status", .variable("user.status"))) {
                        text("\(Expr.variable("user.name")): \(Expr.variable("user.status"))")
                        when(Expr.variable("user.tabs").greaterThan(1)) {
                            span(.cls(DemoStyles.muted)) { text(" (\(Expr.variable("user.tabs")) tabs)") }
                        }
                    }
                }
            }
            ColocatedHooks.script(name: PresenceHeartbeatHook.hook.name, source: PresenceHeartbeatHook.hook.source)
        }
    }
}
