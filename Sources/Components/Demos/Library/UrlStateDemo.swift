import Markup

/// `url-state` (PATTERNS.md, section 4): the tab (patch links) and the region (a click
/// whose handler calls `push_patch`) live in the query string and are read back by
/// `handle_params`, so they survive a reconnect, a crash, a page load, Back/Forward and a
/// copied link; the reply being written is saved in the store as the user types; the
/// order list's scroll position comes back after a page load (the `ScrollRestore` hook).
enum UrlStateDemo {
    static let tabs = ["open", "shipped", "cancelled"]
    static let regions = ["all", "eu", "us"]
    static let orders: AssignValue = .list([
        ("1001", "Ann", "open", "eu"), ("1002", "Bo", "open", "us"), ("1003", "Cy", "shipped", "eu"),
        ("1004", "Di", "open", "eu"), ("1005", "Ed", "cancelled", "us"), ("1006", "Flo", "open", "us"),
        ("1007", "Gus", "shipped", "us"), ("1008", "Hal", "open", "eu"), ("1009", "Ida", "open", "us"),
        ("1010", "Jo", "shipped", "eu"), ("1011", "Kim", "open", "eu"), ("1012", "Lou", "open", "us"),
        ("1013", "Max", "cancelled", "eu"), ("1014", "Ned", "open", "eu"),
    ].map { .map(["id": .string($0.0), "customer": .string($0.1), "status": .string($0.2), "region": .string($0.3)]) })

    /// `/url-state?region=…&tab=…`.
    static func url(tab: Expr, region: Expr) -> Expr { .concat(["/url-state?", .query(["tab": tab, "region": region])]) }

    static let demo = Demo("url-state", title: "State in the URL") {
        NetDefaults(["latency": 200])
        Database(["draft": ""])
        Initial(["tab": "open", "region": "all", "orders": orders, "draft": ""])
        OnMount { Op.storeRead("draft", into: "draft") }
        // The URL is the truth: a missing or unknown value falls back to the default.
        OnParams(params: ["tab", "region"]) {
            Op.set("tab", .param("tab", oneOf: tabs, otherwise: "open"))
            Op.set("region", .param("region", oneOf: regions, otherwise: "all"))
        }
        OnEvent("region", params: ["region"]) {
            Op.pushPatch(url(tab: .assign("tab"), region: .param("region")), replace: false)
        }
        OnEvent("save_draft", params: ["reply"]) {
            Op.storeWrite("draft", value: .param("reply"), version: nil, ok: [.set("draft", .param("reply"))], stale: [])
        }
        ServerState(["tab": .assign("tab"), "region": .assign("region"), "draft": .store("draft")])
        Hook(ScrollRestoreHook.hook)
        Render { template }
    }

    static let hookName = ColocatedHooks.qualified(ScrollRestoreHook.hook.name, in: ElixirLiveView.moduleName("url-state"))
    static let choice = "rounded-md px-2 py-1 text-sm ring-1 ring-slate-300 ring-inset dark:ring-slate-600"
    static let chosen = "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"

    static var template: Node {
        div(.id("url-state"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "State in the URL" }
            p(.cls(DemoStyles.muted)) { "Pick a tab and a region: both go into the address bar, so a reconnect, a crash, a page load, Back and Forward and a copied link all show the same orders. The reply you write is saved on the server as you type." }
            nav(.aria(.label, "Order status"), .cls("flex flex-wrap gap-2")) {
                for tab in tabs {
                    // A patch link: the URL changes and handle_params runs, no page load.
                    a(.id(.literal(.string("tab-\(tab)"))), .attr("href", url(tab: .literal(.string(tab)), region: .assign("region"))),
                      .data("phx-link", "patch"), .data("phx-link-state", "push"),
                      .attr("aria-current", Expr.assign("tab").equals(.literal(.string(tab))).and("page")),
                      .class(.literal(.string(choice)), Expr.assign("tab").equals(.literal(.string(tab))).and(.literal(.string(chosen))))) {
                        text(.literal(.string(tab.prefix(1).uppercased() + tab.dropFirst())))
                    }
                }
            }
            div(.role(.group), .aria(.label, "Region"), .cls("flex flex-wrap gap-2")) {
                for region in regions {
                    // A click whose handler calls push_patch.
                    button(.id(.literal(.string("region-\(region)"))), .type(.button), .phx(.click, "region"),
                           .attr("phx-value-region", .literal(.string(region))),
                           .attr("aria-pressed", Expr.assign("region").equals(.literal(.string(region))).and("true").or("false")),
                           .class(.literal(.string(choice)), Expr.assign("region").equals(.literal(.string(region))).and(.literal(.string(chosen))))) {
                        text(.literal(.string(region == "all" ? "All regions" : region.uppercased())))
                    }
                }
            }
            ul(.id("orders"), .phx(.hook, .literal(.string(hookName))), .data("scroll-key", "rtux:url-state:scroll"),
               .attr("tabindex", "0"), .aria(.label, "Orders"),
               .cls("max-h-40 divide-y divide-slate-200 overflow-y-auto rounded-md border border-slate-200 dark:divide-slate-700 dark:border-slate-700")) {
                forEach("order", in: .assign("orders")) {
                    when(Expr.variable("order.status").equals(.assign("tab"))
                        .and(Expr.assign("region").equals("all").or(Expr.variable("order.region").equals(.assign("region"))))) {
                        li(.id("order-\(.variable("order.id"))"), .cls("px-3 py-2 text-sm")) {
                            text("#\(.variable("order.id")) · \(.variable("order.customer"))")
                        }
                    }
                }
            }
            form(.id("reply-form"), .phx(.change, "save_draft"), .cls("grid gap-1")) {
                label(.attr("for", "reply"), .cls(DemoStyles.label)) { "Reply to the customer (saved on the server)" }
                textarea(.id("reply"), .attr("name", "reply"), .attr("rows", "3"), .attr("phx-debounce", "300"), .cls(DemoStyles.field)) { text(.assign("draft")) }
            }
            ColocatedHooks.script(name: ScrollRestoreHook.hook.name, source: ScrollRestoreHook.hook.source)
        }
    }
}
