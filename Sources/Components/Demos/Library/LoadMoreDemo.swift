import Markup

/// `load-more` (PATTERNS.md, section 5): the first 20 of 53 orders with the first render,
/// "Load more" appends the next 20 to a stream (L13) with a spinner while the click is in
/// flight, and goes away once a page comes back short (20, 40, 53); a failed page keeps
/// everything shown and turns the button into Retry, in place, with an alert.
enum LoadMoreDemo {
    static let perPage = 20
    static let total = 53
    static let orders: AssignValue = .list((1...total).map { n in
        .map(["id": .string(String(n)), "title": .string("Order \(1000 + n)")])
    })


    static let demo = Demo("load-more", title: "Load more") {
        NetDefaults(["latency": 600])
        Database(["orders": orders, "requests": []])
        Initial(["shown": 0, "more": true, "failed": false])
        OnMount {
            Paging.next("orders", perPage: perPage)
        }
        OnEvent("load_more") {
            // The request is recorded first: it is what can fail, and then nothing changes.
            Op.append("requests", .assign("shown"), store: true)
            Paging.next("orders", perPage: perPage)
            Op.set("failed", false)
        } onFailure: {
            Op.set("failed", true)
        }
        ServerState(["shown": .assign("shown"), "more": .assign("more")])
        Render { template }
    }

    static var template: Node {
        div(.id("load-more"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Load more" }
            p(.cls(DemoStyles.muted)) { "53 orders, 20 at a time. The button shows it is loading, and goes once the last, short page is in. Set the failure rate to see a page fail: what is shown stays, and the button offers Retry." }
            ol(.id("orders"), .phx(.update, "stream"), .cls("grid gap-1 text-sm")) {
                forEachStream("orders", as: "order") {
                    li(.id(.variable("dom_id")), .cls("rounded bg-slate-50 px-2 py-1 dark:bg-slate-900")) { text(.variable("order.title")) }
                }
            }
            p(.id("count"), .cls(DemoStyles.muted)) { text("Showing \(.assign("shown")) of 53") }
            when(.assign("failed")) {
                p(.id("load-error"), .role(.alert), .cls("text-sm text-red-700 dark:text-red-300")) { "The next page could not be loaded. Nothing you see is lost." }
            }
            when(.assign("more"), then: {
                Button.template(["variant": "secondary", "id": "more", "phx-click": "load_more"]) {
                    span(.cls("hidden phx-click-loading:inline-flex"), .data("spinner", true)) { Spinner.template(["label": nil, "class": "size-4"]) }
                    text(Expr.conditional(.assign("failed"), then: "Retry", else: "Load more"))
                }
            }, else: {
                p(.id("end"), .role(.status), .cls(DemoStyles.muted)) { "That is all 53 orders." }
            })
        }
    }
}
