import Markup

/// `live-counters` (PATTERNS.md, live feedback): an inbox whose unread messages are a store
/// list. A peer's `post` adds to it and broadcasts the new **total** on `inbox` (never "+1",
/// so a missed message is put right by the next one); every view sets what it receives and
/// mount reads the total, so a reload starts from the truth. `mark_all_read` empties the
/// list and tells the user's other views. The kit's `badge_counter` shows it: "9+" above
/// 9, the exact count as its accessible name ("12 unread"), nothing at zero.
enum LiveCountersDemo {
    static let unread = Expr.assign("unread")
    static let total = Expr.length(.store("inbox"))

    static let demo = Demo("live-counters", title: "Live counter badges") {
        Database(["inbox": []])
        Initial(["unread": 0])
        OnMount {
            Op.subscribe("inbox")
            Op.set("unread", total)
        }
        OnInfo("unread_count", params: ["count"]) { Op.set("unread", .param("count")) }
        OnEvent("mark_all_read") {
            Op.storeWrite("inbox", value: .list([]), version: nil, ok: [], stale: [])
            Op.set("unread", 0)
            Op.broadcast("inbox", "unread_count", payload: ["count": 0], exceptSelf: true)
        }
        Peers(["Ann", "Bo", "Cy"], actions: [
            "post": [
                Op.append("inbox", .variable("peer.name"), store: true),
                Op.broadcast("inbox", "unread_count", payload: ["count": total]),
            ],
        ])
        ServerState(["inbox": .store("inbox")])
        Render { template }
    }

    static var template: Node {
        div(.id("live-counters"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Live counter badges" }
            p(.cls(DemoStyles.muted)) {
                "Post as Ann, Bo or Cy from the simulator's Peers: the badge counts up as each message lands, and shows 9+ past nine. Mark all as read to clear it."
            }
            div(.cls("flex items-center gap-3")) {
                h2(.id("inbox-title"), .cls("text-base font-medium")) { "Inbox" }
                span(.id("inbox-badge"), .cls("phx-click-loading:hidden")) { BadgeCounter.template(["count": unread]) }
            }
            when(unread.equals(0)) { p(.id("inbox-empty"), .cls(DemoStyles.muted)) { "Nothing unread." } }
            // The loading class hides the badge for the round trip; the reply's total then
            // shows again whatever arrived meanwhile (JS.hide would stick, L11).
            Button.template(["id": "mark-read", "phx-click": .js([.push(event: "mark_all_read", loading: "#inbox-badge")])]) { "Mark all as read" }
        }
    }
}
