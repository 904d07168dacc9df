import Markup

/// `inline-loading` (PATTERNS.md, section 5): "Export CSV" becomes a spinner and
/// "Exporting..." while the click is in flight and keeps its icon, with LiveView's loading
/// class alone (`phx-click-loading` variants, L1–L3): `phx-disable-with` would replace the
/// button's whole content, icon included. The export is a store write, so it can fail: the
/// button comes back and an alert says so.
enum InlineLoadingDemo {
    // The server's side, which blocking-modal shares: only the markup differs.
    static let export = OnEvent("export") {
        // The write comes first: it is what can fail.
        Op.append("exports", .now, store: true)
        Op.set("exports", Expr.assign("exports").plus(1))
        Op.clearFlash("error")
        Op.flash("info", "Exported 120 orders to orders.csv")
    } onFailure: {
        Op.clearFlash("info")
        Op.flash("error", "The export failed. Please try again.")
    }
    static let exported = ServerState(["exports": .length(.store("exports"))])

    static let demo = Demo("inline-loading", title: "Busy button") {
        NetDefaults(["latency": 1_500])
        Database(["exports": []])
        Initial(["exports": 0])
        export
        exported
        Render { template }
    }

    /// A download arrow, decoration next to the label.
    static var icon: Node {
        svg(.attr("viewBox", "0 0 20 20"), .attr("fill", "currentColor"), .aria(.hidden, "true"), .data("icon", true), .class("size-4")) {
            path(.attr("d", "M10 2a1 1 0 0 1 1 1v7.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 10.59V3a1 1 0 0 1 1-1ZM4 15a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z"))
        }
    }

    static var template: Node {
        div(.id("inline-loading"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Busy button" }
            p(.cls(DemoStyles.muted)) { "Export takes 1.5 s here. While it runs the button says so itself, icon and all, and a second click does nothing. Set the simulator's failure rate to see the failure path." }
            div(.cls("flex flex-wrap items-center gap-3")) {
                Button.template(["variant": "secondary", "id": "export", "phx-click": "export"]) {
                    icon
                    // Both states share one grid cell, so the button is as wide as the wider one
                    // and does not jump; the invisible one is not part of its name.
                    span(.cls("inline-grid")) {
                        span(.cls("[grid-area:1/1] phx-click-loading:invisible")) { "Export CSV" }
                        span(.cls("invisible inline-flex items-center gap-2 [grid-area:1/1] phx-click-loading:visible"), .data("busy", true)) {
                            Spinner.template(["label": nil, "class": "size-4"])
                            span { "Exporting..." }
                        }
                    }
                }
                p(.id("exports"), .cls(DemoStyles.muted)) { text("Exports so far: \(.assign("exports"))") }
            }
            DemoBlocks.flashes
        }
    }
}
