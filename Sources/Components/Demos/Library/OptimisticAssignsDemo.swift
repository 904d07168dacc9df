import Markup

/// `optimistic-assigns` (PATTERNS.md, latency level 3): the server puts the new value in its
/// assigns at once and renders it with the click's reply; the save runs in a task
/// (`start_async`) for 1.5 s of server work. Its answer makes the value confirmed, or puts back
/// the last confirmed one with an error flash. `@enabled` is what the page shows,
/// `@confirmed` what the store last said; while they differ the switch says "Saving...".
enum OptimisticAssignsDemo {
    static let id = "optimistic-assigns"
    static let enabled = Expr.assign("enabled")
    static let confirmed = Expr.assign("confirmed")

    static let demo = Demo(id, title: "Apply, then confirm or revert") {
        NetDefaults(["latency": 100, "work": 1_500])
        Database(["notifications": false])
        Initial(["enabled": false, "confirmed": false])
        OnMount {
            Op.storeRead("notifications", into: "enabled")
            Op.storeRead("notifications", into: "confirmed")
        }
        // The value asked for is absolute (not "flip"): two quick clicks save two values, the later one wins.
        OnEvent("toggle") {
            Op.set("enabled", .not(enabled))
            Op.startWrite("save", record: "notifications", value: enabled)
            Op.clearFlash("error")
        }
        OnAsync("save", result: "saved") {
            Op.set("enabled", .variable("saved"))
            Op.set("confirmed", .variable("saved"))
        } onFailure: {
            Op.set("enabled", confirmed)
            Op.flash("error", Expr.conditional(confirmed, then: "Could not save. Email notifications are back on.",
                                               else: "Could not save. Email notifications are back off."))
        }
        ServerState(["enabled": enabled, "confirmed": confirmed, "stored": .store("notifications")])
        Render { template }
    }

    static var template: Node {
        div(.id("optimistic-assigns"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Apply, then confirm or revert" }
            p(.cls(DemoStyles.muted)) {
                "The switch moves with the click's reply; saving it takes another 1.5 s of server work. Set the failure rate to watch a failed save put it back."
            }
            DemoBlocks.flashes
            div(.cls("flex items-center gap-3")) {
                button(.type(.button), .id("notify"), .role(.switch), .aria(.checked, .conditional(enabled, then: "true", else: "false")),
                       .aria(.labelledby, "notify-label"), .phx(.click, "toggle"),
                       .cls("group relative h-6 w-11 rounded-full bg-slate-300 phx-click-loading:opacity-60 aria-checked:bg-emerald-600 dark:bg-slate-600")) {
                    span(.cls("absolute top-0.5 left-0.5 size-5 rounded-full bg-white shadow-sm motion-safe:transition-transform group-aria-checked:translate-x-5")) {}
                }
                span(.id("notify-label"), .cls("text-sm font-medium")) { "Email notifications" }
                p(.id("saving"), .role(.status), .cls(DemoStyles.muted)) {
                    when(enabled.notEquals(confirmed)) { "Saving..." }
                }
            }
            p(.id("confirmed"), .cls(DemoStyles.muted)) {
                text(Expr.conditional(confirmed, then: "Saved on the server: on", else: "Saved on the server: off"))
            }
        }
    }
}
