import Markup

/// `progress` (PATTERNS.md, section 5): an export of 10 files reports its progress in
/// `handle_info` messages, one file every 500 ms; a progress bar (`role="progressbar"`,
/// `aria-valuenow`) only while it runs; Cancel stops it. The job's state is in the store,
/// so a disconnect mid-job leaves the last known progress on screen, and the rejoin's
/// mount picks the job up where it was.
enum ProgressDemo {
    static let step = 500
    static let job = Expr.assign("job")
    static let running = Expr.assign("job.status").equals("running")

    /// The job's new state, in the store (what survives the LiveView) and in the assigns.
    static func save(_ progress: Expr, _ status: String) -> [Op] {
        let value = Expr.object(["progress": progress, "status": .literal(.string(status))])
        return [Op.storeWrite("job", value: value, version: nil, ok: [], stale: []), Op.set("job", value)]
    }

    static let tick = Op.sendAfter(step, "tick", key: "export")

    static let demo = Demo("progress", title: "Long operation") {
        NetDefaults(["latency": 100])
        Database(["job": ["progress": 0, "status": "idle"]])
        Initial(["job": nil])
        OnMount {
            Op.storeRead("job", into: "job")
            // A rejoin during the export: carry on from the stored progress.
            Op.when(running) { tick }
        }
        OnEvent("start") {
            save(0, "running")
            tick
        }
        OnInfo("tick") {
            Op.bind("next", Expr.assign("job.progress").plus(10))
            Op.when(Expr.variable("next").atLeast(100)) {
                save(100, "done")
            } else: {
                save(.variable("next"), "running")
                tick
            }
        }
        OnEvent("cancel") {
            Op.cancel(key: "export")
            save(.assign("job.progress"), "cancelled")
        }
        ServerState(["progress": .assign("job.progress"), "status": .assign("job.status")])
        Render { template }
    }

    static var template: Node {
        div(.id("progress"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Long operation" }
            p(.cls(DemoStyles.muted)) { "The export sends its progress as it goes, one file of ten every half second. The bar is there only while it runs. Disconnect in the simulator mid-way: the bar keeps the last value it heard, and the export carries on once the view is back." }
            section(.id("export"), .aria(.labelledby, "export-title"),
                    .cls("grid gap-3 rounded-md border border-slate-200 p-4 dark:border-slate-700")) {
                div(.cls("flex flex-wrap items-center gap-2")) {
                    h2(.id("export-title"), .cls("mr-auto font-semibold")) { "Export 10 files" }
                    when(running, then: {
                        Button.template(["variant": "danger", "id": "cancel", "phx-click": "cancel"]) { "Cancel export" }
                    }, else: {
                        Button.template(["id": "start", "phx-click": "start"]) { "Start export" }
                    })
                }
                when(running) {
                    ProgressBar.template(["value": .assign("job.progress"), "label": "Exporting files", "id": "export-bar"])
                }
                p(.id("job-offline"), .cls("hidden text-sm text-amber-800 dark:text-amber-200"),
                  .phx(.disconnected, js: .removeClass("hidden", to: "#job-offline")),
                  .phx(.connected, js: .addClass("hidden", to: "#job-offline"))) {
                    "Connection lost: this is the last progress received."
                }
                p(.id("job-status"), .role(.status), .cls(DemoStyles.muted)) {
                    when(Expr.assign("job.status").equals("done")) { "Export finished: 10 of 10 files." }
                    when(Expr.assign("job.status").equals("cancelled")) { text("Export cancelled at \(.assign("job.progress"))%.") }
                }
            }
        }
    }
}
