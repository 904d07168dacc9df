import Markup

/// `dual-state` (PATTERNS.md, latency level 2): Delete marks its row "Deleting..." (faded,
/// not clickable) in the click's own task, because `JS.push(..., loading: "#item-<id>")` puts
/// the push's loading class on the row (L1); the server's delete is the store write that can
/// fail: confirmed, the row goes; refused, the reply removes the class, the row is as it was,
/// and an error flash says which one came back.
enum DualStateDemo {
    static let id = "dual-state"
    static let items: AssignValue = [
        ["id": "1", "title": "Quarterly report"], ["id": "2", "title": "Team offsite"],
        ["id": "3", "title": "Invoice 2041"], ["id": "4", "title": "Old backups"],
    ]

    static let demo = Demo(id, title: "Pending, then confirmed") {
        NetDefaults(["latency": 800])
        Database(["items": items])
        Initial(["items": []])
        OnMount { .storeRead("items", into: "items") }
        OnEvent("delete", params: ["id"]) {
            // The write comes first: it is what can fail.
            Op.removeWhere("items", "id", equals: .param("id"), store: true)
            Op.removeWhere("items", "id", equals: .param("id"))
            Op.clearFlash("error")
        } onFailure: {
            Op.bind("item", Expr.assign("items").find("id", equals: .param("id")))
            Op.flash("error", "Could not delete “\(.variable("item.title"))”. It is back in the list.")
        }
        ServerState(["items": .store("items")])
        Render { template }
    }

    static var template: Node {
        div(.id("dual-state"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Pending, then confirmed" }
            p(.cls(DemoStyles.muted)) {
                "Delete fades the row and says so at once; the server's answer takes 800 ms here. Confirmed, the row goes. Set the failure rate and it comes back, with an error saying which one."
            }
            DemoBlocks.flashes
            ul(.id("items"), .cls("divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700")) {
                forEach("item", in: .assign("items")) {
                    // While the delete is in flight the row has phx-click-loading: faded, and no
                    // pointer reaches its button (a second click would be a second delete).
                    li(.id("item-\(.variable("item.id"))"),
                       .cls("flex items-center gap-3 px-3 py-2 text-sm phx-click-loading:pointer-events-none phx-click-loading:opacity-40")) {
                        span(.cls("flex-1")) { text(.variable("item.title")) }
                        span(.cls("hidden text-xs text-slate-600 phx-click-loading:inline dark:text-slate-300"), .data("pending", true)) { "Deleting..." }
                        Button.template(["variant": "secondary",
                                         "phx-click": .js([.push(event: "delete", value: ["id": .variable("item.id")],
                                                                 loading: "#item-\(.variable("item.id"))")]),
                                         "aria-label": "Delete \(.variable("item.title"))"]) { "Delete" }
                    }
                }
            }
            when(Expr.length(.assign("items")).equals(.literal(.int(0)))) {
                p(.id("empty"), .role(.status), .cls(DemoStyles.muted)) { "Nothing left to delete. Reset the demo from the simulator." }
            }
        }
    }
}
