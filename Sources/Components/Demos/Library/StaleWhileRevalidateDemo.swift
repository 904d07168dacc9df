import Markup

/// `stale-while-revalidate` (PATTERNS.md, section 5): the ticket summary saved from the
/// last visit (`localStorage`, written by the `CacheSnapshot` hook) comes with the join as
/// a connect param, so mount shows it at once, marked "Updating...", while `assign_async`
/// fetches the fresh one, which then replaces it. A skeleton only when nothing is saved
/// (a first visit, or after "Clear saved copy"); a failed refresh keeps what is shown and
/// says it may be out of date; with nothing saved, a failure offers Retry.
enum StaleWhileRevalidateDemo {
    static let id = "stale-while-revalidate"
    static let cacheKey = "rtux:\(id):tickets"
    static let fields = ["open", "waiting", "oldest"]
    static let tickets: AssignValue = .map(["open": "12", "waiting": "5", "oldest": "3 days"])

    static let fresh = Expr.assign("tickets")
    static let saved = Expr.assign("cached")
    /// Something to show while a load runs or after it failed: a result, or the saved copy.
    static let somethingShown = fresh.structField("ok?").or(saved)

    static let demo = Demo(id, title: "Stale while revalidate") {
        NetDefaults(["latency": 100, "work": 1_500])
        Database(["tickets": tickets])
        ConnectParams(["cache": cacheKey])
        Initial(["cached": nil])
        OnMount {
            // Only the fields the page shows, whatever else the stored copy holds.
            Op.set("cached", Expr.conditional(.connectParam(["cache"]),
                                              then: .object(Dictionary(uniqueKeysWithValues: fields.map { ($0, Expr.connectParam(["cache", $0])) })),
                                              else: nil))
            Op.assignAsync("tickets", from: "tickets")
        }
        OnEvent("refresh") { Op.assignAsync("tickets", from: "tickets") }
        OnEvent("clear_cache") {
            Op.pushEvent("clear-cache", payload: [:])
            Op.set("cached", nil)
            Op.assignAsync("tickets", from: "tickets", reset: true)
        }
        ServerState([
            "cached": saved.notEquals(nil),
            "loading": fresh.structField("loading").notEquals(nil),
            "ok": fresh.structField("ok?"),
            "failed": fresh.structField("failed").notEquals(nil),
        ])
        Hook(CacheSnapshotHook.hook)
        Render { template }
    }

    static let hookName = ColocatedHooks.qualified(CacheSnapshotHook.hook.name, in: ElixirLiveView.moduleName(id))

    static var template: Node {
        div(.id("stale-while-revalidate"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Stale while revalidate" }
            p(.cls(DemoStyles.muted)) { "The summary you saw last time is kept in this browser and shown the moment the page joins, marked as updating, until the fresh one arrives. Only a first visit shows a skeleton." }
            section(.id("tickets"), .phx(.hook, .literal(.string(hookName))), .data("cache-key", .literal(.string(cacheKey))),
                    .data("cache-fields", .literal(.string(fields.joined(separator: " ")))),
                    .aria(.labelledby, "tickets-title"), .aria(.busy, fresh.structField("loading").and("true")),
                    .cls("grid gap-3 rounded-md border border-slate-200 p-4 dark:border-slate-700")) {
                div(.cls("flex flex-wrap items-center gap-2")) {
                    h2(.id("tickets-title"), .cls("mr-auto font-semibold")) { "Support tickets" }
                    p(.id("updating"), .role(.status), .cls(DemoStyles.muted)) {
                        when(fresh.structField("loading").and(somethingShown)) { "Updating..." }
                    }
                    when(somethingShown) {
                        Button.template(["variant": "secondary", "id": "refresh", "phx-click": "refresh"]) { "Refresh now" }
                    }
                    Button.template(["variant": "secondary", "id": "clear-cache", "phx-click": "clear_cache"]) { "Clear saved copy" }
                }
                when(fresh.structField("failed").and(somethingShown)) {
                    p(.id("stale"), .role(.alert), .cls("text-sm text-amber-800 dark:text-amber-200")) { "Could not refresh: this may be out of date." }
                }
                when(fresh.structField("ok?"), then: {
                    summary(fresh.structField("result"), source: "server", caption: "Fresh from the server.")
                }, else: {
                    when(saved, then: {
                        summary(saved, source: "cache", caption: "Saved in this browser on your last visit.")
                    }, else: {
                        when(fresh.structField("loading"), then: {
                            SkeletonText.template(["label": "Loading tickets...", "id": "tickets-skeleton"])
                        }, else: {
                            DemoBlocks.failure(id: "tickets-failed", "The tickets could not be loaded.", retry: "refresh")
                        })
                    })
                })
            }
            ColocatedHooks.script(name: CacheSnapshotHook.hook.name, source: CacheSnapshotHook.hook.source)
        }
    }

    /// The three figures; the server's copy carries `data-fresh` and its fields for the hook to save.
    static func summary(_ value: Expr, source: String, caption: String) -> Node {
        let body = [
            dl(.cls("grid grid-cols-3 gap-3 text-sm")) {
                DemoBlocks.figure("Open", .field(value, "open"))
                DemoBlocks.figure("Waiting on us", .field(value, "waiting"))
                DemoBlocks.figure("Oldest", .field(value, "oldest"))
            },
            p(.id("tickets-source"), .cls(DemoStyles.muted)) { caption },
        ]
        guard source == "server" else {
            return div(.id("tickets-body"), .data("source", "cache"), .cls("grid gap-2")) { body }
        }
        return div(.id("tickets-body"), .data("source", "server"), .data("fresh", true),
                   .data("open", .field(value, "open")), .data("waiting", .field(value, "waiting")),
                   .data("oldest", .field(value, "oldest")), .cls("grid gap-2")) { body }
    }
}
