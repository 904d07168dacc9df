import Markup

/// The board of `live-cursors` (PATTERNS.md, presence) and of its anti-pattern twin
/// `mousemove-presence`: one definition, so the pair differs only in the `CursorThrottle`
/// hook's interval (the same ids for the fault scripts). The hook pushes the local pointer as
/// `cursor` {x, y} in board pixels (the board has a fixed size, so a pixel is the same place
/// for everyone); the server relays it with `broadcast_from` (PubSub, not Presence: a
/// `Presence.update` per move would be a diff to every viewer, L14) and counts what it relayed
/// in the last second (one timer per relay takes it off again). Peers' relays come back as
/// infos and are drawn with the kit's `live_cursor` in their colour with their name; a leave
/// removes the cursor.
enum CursorBoard {
    static let cursors = Expr.assign("cursors")
    static let relayed = Expr.assign("relayed")
    static let peak = Expr.assign("peak")
    static let width = 320
    static let height = 192

    /// A peer's position for a move without coordinates (the panel's buttons): 40 px right of
    /// the last one, back to the left edge past the right, each peer on its own row.
    static let peerName = Expr.variable("peer.name")
    static let nextX = Expr.assign("x").equals(nil).or(Expr.assign("x").greaterThan(260)).then(24, else: Expr.assign("x").plus(40))
    static let row = peerName.equals("Ann").then(48, else: peerName.equals("Bo").then(96, else: 144))

    static func demo(_ id: String, title: String, interval: Int, intro: String) -> Demo {
        Demo(id, title: title) {
            Initial(["me": "You", "cursors": [], "relayed": 0, "peak": 0, "last": nil])
            OnMount { Op.subscribe("cursors") }
            OnEvent("cursor", params: ["x", "y"]) {
                Op.broadcast("cursors", "cursor", payload: ["id": .assign("me"), "name": .assign("me"), "x": .param("x"), "y": .param("y")],
                             exceptSelf: true)
                Op.when(relayed.plus(1).greaterThan(peak)) { Op.set("peak", relayed.plus(1)) }
                Op.set("relayed", relayed.plus(1))
                Op.set("last", .object(["x": .param("x"), "y": .param("y")]))
                Op.sendAfter(1_000, "relay_expired")
            }
            OnInfo("relay_expired") { Op.set("relayed", relayed.minus(1)) }
            OnInfo("cursor", params: ["id", "name", "x", "y"]) {
                Op.when(cursors.find("id", equals: .param("id")).equals(nil)) {
                    Op.append("cursors", .object(["id": .param("id"), "name": .param("name"), "x": .param("x"), "y": .param("y")]))
                } else: {
                    Op.updateWhere("cursors", "id", equals: .param("id"), set: ["x": .param("x"), "y": .param("y")])
                }
            }
            OnInfo("leave", params: ["id"]) { Op.removeWhere("cursors", "id", equals: .param("id")) }
            Peers(["Ann", "Bo", "Dan"], actions: [
                "move": [
                    Op.set("x", Expr.param("x").or(nextX)),
                    Op.set("y", Expr.param("y").or(Expr.assign("y")).or(row)),
                    Op.broadcast("cursors", "cursor", payload: ["id": peerName, "name": peerName, "x": .assign("x"), "y": .assign("y")]),
                ],
                "leave": [Op.set("x", nil), Op.set("y", nil), Op.broadcast("cursors", "leave", payload: ["id": peerName])],
            ])
            ServerState(["relayed": relayed, "peak": peak, "last": .assign("last"), "cursors": cursors])
            Hook(CursorThrottleHook.hook)
            Render { template(id, title: title, interval: interval, intro: intro) }
        }
    }

    static func template(_ id: String, title: String, interval: Int, intro: String) -> Node {
        let hookName = ColocatedHooks.qualified(CursorThrottleHook.hook.name, in: ElixirLiveView.moduleName(id))
        return div(.id(.literal(.string(id))), .cls("grid gap-3")) {
            h1(.cls(DemoStyles.title)) { title }
            p(.cls(DemoStyles.muted)) { intro }
            // The cursors are decoration over the board (aria-hidden); the lines below say what happened.
            div(.id("board"), .phx(.hook, .literal(.string(hookName))), .data("interval", .literal(.string(String(interval)))),
                .cls("relative h-48 w-80 overflow-hidden rounded-md border border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900")) {
                forEach("cursor", in: cursors) {
                    LiveCursor.template(["user": .variable("cursor"), "x": .variable("cursor.x"), "y": .variable("cursor.y"),
                                         "id": "cursor-\(.variable("cursor.id"))"])
                }
            }
            div(.cls("grid gap-1 text-sm")) {
                p(.id("broadcast-rate")) { text("Broadcasts in the last second: \(relayed)") }
                p(.id("broadcast-peak"), .cls(DemoStyles.muted)) { text("Most in one second: \(peak)") }
                when(.assign("last"), then: {
                    p(.id("last-sent"), .cls(DemoStyles.muted)) { text("Others last saw your cursor at \(Expr.assign("last.x")), \(Expr.assign("last.y")).") }
                }, else: {
                    p(.id("last-sent"), .cls(DemoStyles.muted)) { "Others have not seen your cursor yet." }
                })
            }
            ColocatedHooks.script(name: CursorThrottleHook.hook.name, source: CursorThrottleHook.hook.source)
        }
    }
}

/// `live-cursors`: at most ten broadcasts a second, the last position always among them.
enum LiveCursorsDemo {
    static let demo = CursorBoard.demo("live-cursors", title: "Live cursors", interval: 100, intro:
        "Move your mouse over the board: the hook sends where it is at most every 100 ms, and always the last place it stopped. Ann, Bo and Dan move from the simulator's Peers; Leave takes a cursor away.")
}

/// `mousemove-presence` (anti-pattern): the same board with every mousemove pushed and relayed.
enum MousemovePresenceDemo {
    static let demo = CursorBoard.demo("mousemove-presence", title: "Every mousemove broadcast", interval: 0, intro:
        "The same board without the throttle: every mousemove is a push and a broadcast to everyone else, about 60 a second while the mouse moves.")
}
