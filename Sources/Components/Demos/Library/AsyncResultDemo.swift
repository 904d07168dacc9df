import Markup

/// `async-result` (PATTERNS.md, section 5): a report loaded by `assign_async` after the
/// first render and shown through Phoenix's `<.async_result>`: a skeleton while loading,
/// the report, or a failure with Retry, never a blank area. Reload keeps the report on
/// screen with an "Updating..." status; a reload that fails keeps it and says it is old.
/// A second load while one runs wins and the first one's result is ignored (LiveView
/// keeps one task per key), which the request number on the report shows.
enum AsyncResultDemo {
    static let report: AssignValue = .map(["revenue": "$1.24M", "growth": "+12%", "customers": 340])
    static let result = Expr.assign("report")
    /// The loaded report (the AsyncResult's `result`).
    static let loaded = result.structField("result")

    /// Counts the load and starts it: the request number goes into the task through a
    /// local, as the task may not read the socket.
    static var load: [Op] {
        [
            Op.bind("request", Expr.assign("loads").plus(1)),
            Op.set("loads", .variable("request")),
            Op.set("cancelled", false),
            Op.assignAsync("report", from: "report", value: .object([
                "request": .variable("request"), "revenue": .variable("report.revenue"),
                "growth": .variable("report.growth"), "customers": .variable("report.customers"),
            ])),
        ]
    }

    static let demo = Demo("async-result", title: "Async result") {
        NetDefaults(["latency": 100, "work": 1_500])
        Database(["report": report])
        Initial(["loads": 0, "cancelled": false])
        OnMount { load }
        // Reload and Retry are the same request: one more load.
        OnEvent("load") { load }
        // cancel_async ends the task; the result fails (or keeps the report it had).
        OnEvent("cancel") {
            Op.cancelAsync("report")
            Op.set("cancelled", true)
        }
        ServerState([
            "loads": .assign("loads"),
            "cancelled": .assign("cancelled"),
            "loading": result.structField("loading").notEquals(nil),
            "ok": result.structField("ok?"),
            "failed": result.structField("failed").notEquals(nil),
            "request": Expr.conditional(result.structField("ok?"), then: loaded.structField("request"), else: nil),
        ])
        Render { template }
    }

    static var template: Node {
        div(.id("async-result"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Async result" }
            p(.cls(DemoStyles.muted)) { "The report loads in a task after the page has rendered. Until it is in, a skeleton holds its place; if it fails, the card says so and offers Retry. Reload keeps the report on screen while the new one loads." }
            section(.id("report"), .aria(.labelledby, "report-title"), .aria(.busy, result.structField("loading").and("true")),
                    .cls("grid gap-3 rounded-md border border-slate-200 p-4 dark:border-slate-700")) {
                div(.cls("flex flex-wrap items-center gap-2")) {
                    h2(.id("report-title"), .cls("mr-auto font-semibold")) { "Quarterly report" }
                    p(.id("updating"), .role(.status), .cls(DemoStyles.muted)) {
                        when(result.structField("ok?").and(result.structField("loading"))) { "Updating..." }
                    }
                    when(result.structField("loading")) {
                        Button.template(["variant": "secondary", "id": "cancel", "phx-click": "cancel"]) { "Cancel loading" }
                    }
                    when(result.structField("ok?")) {
                        Button.template(["variant": "secondary", "id": "reload", "phx-click": "load"]) { "Reload report" }
                    }
                }
                PhoenixAsyncResult.call(result, loading: [
                    SkeletonText.template(["label": "Loading report...", "id": "report-skeleton"]),
                ], failed: [
                    DemoBlocks.failure(id: "report-failed", Expr.conditional(.assign("cancelled"), then: "Loading cancelled.",
                                                                             else: "The report could not be loaded."), retry: "load"),
                ]) {
                    when(result.structField("failed")) {
                        p(.id("report-stale"), .role(.alert), .cls("text-sm text-amber-800 dark:text-amber-200")) {
                            text(Expr.conditional(.assign("cancelled"), then: "Reload cancelled: this is the report from before.",
                                                  else: "The reload failed: this is the report from before."))
                        }
                    }
                    dl(.id("report-body"), .cls("grid grid-cols-3 gap-3 text-sm")) {
                        DemoBlocks.figure("Revenue", loaded.structField("revenue"))
                        DemoBlocks.figure("Growth", loaded.structField("growth"))
                        DemoBlocks.figure("Customers", loaded.structField("customers"))
                    }
                    p(.id("report-request"), .cls(DemoStyles.muted)) { text("From load \(loaded.structField("request"))") }
                }
            }
            p(.id("loads"), .cls(DemoStyles.muted)) { text("Loads started: \(.assign("loads"))") }
        }
    }
}
