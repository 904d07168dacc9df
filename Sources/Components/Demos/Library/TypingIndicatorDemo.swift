import Markup

/// `typing-indicator` (PATTERNS.md, presence): peers' keystrokes arrive as broadcasts on
/// `typing`; each typer stays listed 3 s after their last one (a timer per user, keyed
/// `typing:<name>`), in the order they started; never the current user; cleared at once
/// on blur. The local input is throttled to one event per 500 ms (L15). The kit's
/// `typing_indicator` renders the sentence from `typers`.
enum TypingIndicatorDemo {
    /// The timer key of a typer's timeout.
    static let timeoutKey: Expr = "typing:\(.param("user"))"

    static let typers = Expr.assign("typers")

    static let demo = Demo("typing-indicator", title: "Who is typing") {
        Initial(["me": "You", "typers": [], "draft": ""])
        OnMount { Op.subscribe("typing") }
        OnEvent("typing", params: ["draft"]) {
            Op.set("draft", .param("draft"))
            Op.broadcast("typing", "typing", payload: ["user": .assign("me")], exceptSelf: true)
        }
        OnEvent("stop_typing") {
            Op.broadcast("typing", "stop_typing", payload: ["user": .assign("me")], exceptSelf: true)
        }
        OnInfo("typing", params: ["user"]) {
            Op.when(Expr.param("user").notEquals(.assign("me"))) {
                Op.when(.not(typers.contains(.param("user")))) { Op.append("typers", .param("user")) }
                Op.sendAfter(3_000, "typing_timeout", payload: ["user": .param("user")], key: timeoutKey)
            }
        }
        OnInfo("typing_timeout", params: ["user"]) { Op.remove("typers", .param("user")) }
        OnInfo("stop_typing", params: ["user"]) {
            Op.cancel(key: timeoutKey)
            Op.remove("typers", .param("user"))
        }
        Peers(["Ann", "Bo", "Cy"], actions: [
            "type": [Op.broadcast("typing", "typing", payload: ["user": .variable("peer.name")])],
            "blur": [Op.broadcast("typing", "stop_typing", payload: ["user": .variable("peer.name")])],
        ])
        ServerState(["typing": typers])
        Render { template }
    }

    static var template: Node {
        div(.id("typing-demo"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Who is typing" }
            p(.cls(DemoStyles.muted)) { "Type as Ann, Bo or Cy from the simulator's Peers; type here yourself too. You are never listed; a name clears 3 s after its last keystroke, or at once on blur." }
            form(.id("compose"), .phx(.change, "typing"), .cls("grid gap-1")) {
                label(.attr("for", "draft"), .cls(DemoStyles.label)) { "Message" }
                input(.id("draft"), .attr("name", "draft"), .attr("type", "text"), .attr("autocomplete", "off"), .attr("value", .assign("draft")), .attr("phx-throttle", "500"), .phx(.blur, "stop_typing"), .cls(DemoStyles.field))
            }
            // The sentence ("Ann and 2 others are typing") and the dots are the component's.
            TypingIndicator.template(["names": typers, "id": "typing"])
        }
    }
}
