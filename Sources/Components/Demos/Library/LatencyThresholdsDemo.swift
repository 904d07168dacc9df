import Markup

/// `latency-thresholds` (PATTERNS.md, latency section): one click with only the level-0 answer
/// (the loading class and `phx-disable-with`, L1 and L4), to be seen at several round trips at
/// once in the gallery's latency matrix (`matrix: 0,100,300,1000`). Under 100 ms the reply
/// lands before anyone sees the loading state; by 1,000 ms the wait is the experience, which
/// is where the thresholds say a client-side or optimistic level is worth its cost.
enum LatencyThresholdsDemo {
    static let id = "latency-thresholds"

    static let demo = Demo(id, title: "One click at any latency") {
        NetDefaults(["latency": 300])
        Database(["cart": 0])
        Initial(["cart": 0])
        OnMount { .storeRead("cart", into: "cart") }
        OnEvent("add") {
            Op.storeWrite("cart", value: Expr.assign("cart").plus(1), version: nil, ok: [Op.set("cart", Expr.assign("cart").plus(1))], stale: [])
        }
        ServerState(["cart": .store("cart")])
        Render { template }
    }

    static var template: Node {
        div(.id("latency-thresholds"), .cls("grid gap-3")) {
            h1(.cls(DemoStyles.title)) { "Add to cart" }
            p(.cls(DemoStyles.muted)) {
                "Only LiveView's loading class and phx-disable-with answer this click. Whether that is enough depends on the round trip."
            }
            div(.cls("flex flex-wrap items-center gap-3")) {
                Button.template(["id": "add", "phx-click": "add", "disable_with": "Adding..."]) { "Add to cart" }
                p(.id("cart"), .role(.status), .cls("text-sm tabular-nums")) {
                    text("In your cart: \(.assign("cart"))")
                }
            }
        }
    }
}
