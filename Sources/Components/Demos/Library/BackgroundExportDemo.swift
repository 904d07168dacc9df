import Markup

/// `background-export` (PATTERNS.md, section 5, the longer kind of `inline-loading`): the
/// export runs in a task (`start_async`), so the click is answered at once and the page keeps
/// answering while it works; the button's busy state is `@exporting`, not the loading class
/// (which the immediate reply removes, L2). `handle_async` ends it with a flash, or restores
/// the button with an error; "Cancel export" kills the task. The task counts the orders as
/// they were when it started.
enum BackgroundExportDemo {
    static let id = "background-export"
    static let orders: AssignValue = .list((1...120).map { .int($0) })

    static let demo = Demo(id, title: "Background export") {
        NetDefaults(["latency": 100, "work": 3_000])
        Database(["orders": orders])
        Initial(["exporting": false, "exports": 0, "orders": 120])
        OnEvent("export") {
            // The button is disabled while one runs; a click that got through anyway starts nothing.
            Op.when(.not(.assign("exporting")), then: {
                Op.set("exporting", true)
                Op.clearFlash(nil)
                Op.startAsync("export", from: "orders", value: Expr.length(.variable("orders")))
            })
        }
        OnEvent("cancel_export") {
            // Cleared first: the killed task's {:exit, _} then finds nothing to undo.
            Op.when(.assign("exporting"), then: {
                Op.set("exporting", false)
                Op.cancelTask("export")
                Op.flash("info", "Export cancelled.")
            })
        }
        OnEvent("add_order") {
            // The next number from the assign: the store's update function must not call the store.
            Op.append("orders", Expr.assign("orders").plus(1), store: true)
            Op.set("orders", Expr.length(.store("orders")))
        }
        OnAsync("export", result: "count") {
            Op.set("exporting", false)
            Op.set("exports", Expr.assign("exports").plus(1))
            Op.flash("info", "Exported \(.variable("count")) orders to orders.csv")
        } onFailure: {
            // Only an export still waited for: a cancelled one was ended by Cancel.
            Op.when(.assign("exporting"), then: {
                Op.set("exporting", false)
                Op.flash("error", "The export failed. Please try again.")
            })
        }
        ServerState(["exporting": .assign("exporting"), "exports": .assign("exports"), "orders": .length(.store("orders"))])
        Render { template }
    }

    static var template: Node {
        div(.id("background-export"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Background export" }
            p(.cls(DemoStyles.muted)) {
                "The export takes 3 s of server work here, in a task. The click is answered at once, the button stays busy until the task reports back, and the page keeps answering meanwhile: add an order while it runs."
            }
            div(.cls("flex flex-wrap items-center gap-3")) {
                Button.template(["variant": "secondary", "id": "export", "phx-click": "export",
                                 "loading": .assign("exporting"), "loading_label": "Exporting..."]) {
                    InlineLoadingDemo.icon
                    "Export CSV"
                }
                when(.assign("exporting")) {
                    Button.template(["variant": "secondary", "id": "cancel-export", "phx-click": "cancel_export"]) { "Cancel export" }
                }
                Button.template(["variant": "secondary", "id": "add-order", "phx-click": "add_order"]) { "Add an order" }
                p(.id("orders"), .cls(DemoStyles.muted)) { text("Orders: \(.assign("orders"))") }
                p(.id("exports"), .cls(DemoStyles.muted)) { text("Exports so far: \(.assign("exports"))") }
            }
            DemoBlocks.flashes
        }
    }
}
