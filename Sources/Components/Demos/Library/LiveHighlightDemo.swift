import Markup

/// `live-highlight` (PATTERNS.md, feedback): a price table fed by the server's own ticks, a
/// `send_after` loop whose interval is the rate control's (1, 2 or 5 a second); each tick
/// moves one price, and that cell is marked changed (`data-changed="up"|"down"`, an arrow)
/// for 1 s while the kit's `highlight_cell` flashes it.
///
/// The changed state is the server's: an assign set by the tick that moved the price and
/// cleared by a timer keyed by the symbol, re-armed when the price moves again. The server
/// is where the old price is known, so no client code compares values; a mount (the first
/// render, a rejoin) has nothing marked, so it never flashes; and the mark is the same
/// thing in a LiveViewTest as on screen. The cost is a second small patch per change, which
/// a client hook would save.
///
/// The prices come from a fixed feed in the store, a recorded sequence of 24 moves that
/// ends where it starts and replays, so every run (and every test) sees the same ticks.
enum LiveHighlightDemo {
    static let id = "live-highlight"

    struct Instrument {
        let symbol: String
        let name: String
        let cents: Int
        /// Its moves over one round of the feed, in cents; they sum to 0, so the feed can loop.
        let moves: [Int]
    }

    static let instruments = [
        Instrument(symbol: "ACME", name: "Acme Tools", cents: 4120, moves: [15, -5, 10, -20, 5, -5]),
        Instrument(symbol: "BOLT", name: "Bolt Energy", cents: 1285, moves: [-3, 7, -2, -4, 5, -3]),
        Instrument(symbol: "CRUX", name: "Crux Labs", cents: 23010, moves: [40, -25, 15, -60, 20, 10]),
        Instrument(symbol: "DYNA", name: "Dyna Foods", cents: 742, moves: [2, 3, -4, -1, 2, -2]),
    ]

    /// Which instrument each tick moves: six each, in no obvious order.
    static let order = "ACBDCADBACDBCABDADCBDCBA"

    static func price(_ cents: Int) -> String {
        let pennies = abs(cents) % 100
        return "\(cents / 100).\(pennies < 10 ? "0" : "")\(pennies)"
    }

    /// The feed: tick n (from 1) sets one symbol's price, its signed change and direction.
    static let feed: [AssignValue] = {
        var cents = instruments.map(\.cents)
        var used = instruments.map { _ in 0 }
        var ticks: [AssignValue] = []
        for letter in order {
            guard let i = instruments.firstIndex(where: { $0.symbol.first == letter }),
                  used[i] < instruments[i].moves.count else { continue }
            let delta = instruments[i].moves[used[i]]
            used[i] += 1
            cents[i] += delta
            ticks.append(.map([
                "n": .int(ticks.count + 1), "symbol": .string(instruments[i].symbol), "price": .string(price(cents[i])),
                "change": .string((delta > 0 ? "+" : "−") + price(abs(delta))), "dir": .string(delta > 0 ? "up" : "down"),
            ]))
        }
        return ticks
    }()

    static let quotes: AssignValue = .list(instruments.map {
        .map(["symbol": .string($0.symbol), "name": .string($0.name), "price": .string(price($0.cents)),
              "change": "", "dir": nil, "changed": nil, "n": 0])
    })

    /// Ticks a second → the `send_after` interval; the first is the default.
    static let rates: [(perSecond: String, ms: Int)] = [("1", 1_000), ("2", 500), ("5", 200)]
    static let rate = Expr.assign("rate")
    static let running = Expr.assign("running")
    static let move = Expr.variable("move")

    /// The next tick, after the current rate's interval (send_after's time is a constant,
    /// so one branch per rate), replacing a pending one.
    static var nextTick: Op {
        rates.dropFirst().reversed().reduce(Op.sendAfter(rates[0].ms, "tick", key: "tick")) { otherwise, r in
            Op.branch(rate.equals(.literal(.string(r.perSecond))), then: [Op.sendAfter(r.ms, "tick", key: "tick")], else: [otherwise])
        }
    }

    static let demo = Demo(id, title: "Highlight changed values") {
        NetDefaults(["latency": 50])
        Database(["feed": .list(feed)])
        Initial(["quotes": quotes, "step": 0, "rate": .string(rates[0].perSecond), "running": true])
        OnMount { nextTick }
        OnInfo("tick") {
            Op.bind("move", .at(.slice(.store("feed"), start: .assign("step"), count: 1), 0))
            Op.updateWhere("quotes", "symbol", equals: move.dot("symbol"), set: [
                "price": move.dot("price"), "change": move.dot("change"), "dir": move.dot("dir"),
                "changed": move.dot("dir"), "n": move.dot("n"),
            ])
            // The mark lasts 1 s after the cell's latest move: a later move re-arms its timer.
            Op.sendAfter(1_000, "unmark", payload: ["symbol": move.dot("symbol")], key: "mark:\(move.dot("symbol"))")
            Op.bind("next", Expr.assign("step").plus(1))
            Op.set("step", Expr.variable("next").lessThan(.literal(.int(feed.count))).then(.variable("next"), else: 0))
            nextTick
        }
        OnInfo("unmark", params: ["symbol"]) {
            Op.updateWhere("quotes", "symbol", equals: .param("symbol"), set: ["changed": nil])
        }
        OnEvent("rate", params: ["per_second"]) {
            Op.when(Expr.literal(.list(rates.map { .string($0.perSecond) })).contains(.param("per_second"))) {
                Op.set("rate", .param("per_second"))
                // At once, not after the old interval: 1 a second to 5 should not wait a second.
                Op.when(running) { nextTick }
            }
        }
        OnEvent("pause") {
            Op.cancel(key: "tick")
            Op.set("running", false)
        }
        OnEvent("resume") {
            Op.set("running", true)
            nextTick
        }
        ServerState(["step": .assign("step"), "rate": rate, "running": running])
        Render { template }
    }

    static let choice = "rounded-md px-2 py-1 text-sm ring-1 ring-slate-300 ring-inset dark:ring-slate-600"
    static let chosen = "bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900"
    static let up = "text-emerald-700 dark:text-emerald-300"
    static let down = "text-red-700 dark:text-red-300"

    static func direction(_ dir: Expr) -> Expr {
        dir.equals("up").and(.literal(.string(up))).or(dir.equals("down").and(.literal(.string(down))))
    }

    static var template: Node {
        div(.id(.literal(.string(id))), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Highlight changed values" }
            p(.cls(DemoStyles.muted)) { "The server moves one price per tick. The cell that changed flashes and shows an arrow for a second; the last move stays in its own column. Try 5 ticks a second to see why fast data needs throttling first." }
            div(.cls("flex flex-wrap items-center gap-2")) {
                span(.id("rate-label"), .cls(DemoStyles.label)) { "Ticks per second" }
                div(.role(.group), .aria(.labelledby, "rate-label"), .cls("flex gap-2")) {
                    for r in rates {
                        let on = rate.equals(.literal(.string(r.perSecond)))
                        button(.id(.literal(.string("rate-\(r.perSecond)"))), .type(.button), .phx(.click, "rate"),
                               .attr("phx-value-per_second", .literal(.string(r.perSecond))),
                               .attr("aria-pressed", on.and("true").or("false")),
                               .class(.literal(.string(choice)), on.and(.literal(.string(chosen))))) {
                            text(.literal(.string(r.perSecond)))
                        }
                    }
                }
                // One button whose label and event follow the state, so focus stays on it.
                button(.id("ticks-toggle"), .type(.button), .attr("phx-click", running.then("pause", else: "resume")),
                       .cls("ml-auto " + choice)) {
                    text(running.then("Pause ticks", else: "Resume ticks"))
                }
            }
            // No live region: at 5 ticks a second it would talk without pause. The table is
            // there to be read when wanted; the arrow and the sign say the direction in text.
            table(.id("quotes"), .cls("w-full text-sm")) {
                thead {
                    tr(.cls("border-b border-slate-200 text-left dark:border-slate-700")) {
                        th(.attr("scope", "col"), .cls("py-1 font-medium")) { "Symbol" }
                        th(.attr("scope", "col"), .cls("py-1 font-medium")) { "Company" }
                        th(.attr("scope", "col"), .cls("py-1 text-right font-medium")) { "Price" }
                        th(.attr("scope", "col"), .cls("py-1 text-right font-medium")) { "Last move" }
                    }
                }
                tbody {
                    forEach("q", in: .assign("quotes")) {
                        tr(.id("quote-\(.variable("q.symbol"))"), .cls("border-b border-slate-100 dark:border-slate-800")) {
                            th(.attr("scope", "row"), .cls("py-1 text-left font-mono font-medium")) { text(.variable("q.symbol")) }
                            td(.cls("py-1")) { text(.variable("q.name")) }
                            td(.id("price-\(.variable("q.symbol"))"), .data("changed", .variable("q.changed")),
                               .class("py-1 text-right whitespace-nowrap", direction(.variable("q.changed")))) {
                                // A new id per move: a new element, so a second move within the
                                // second flashes again (the kit's contract).
                                HighlightCell.template(["id": "flash-\(.variable("q.symbol"))-\(.variable("q.n"))",
                                                        "value": .variable("q.price"),
                                                        "changed": Expr.variable("q.changed").notEquals(nil)])
                                // Always there, empty when unmarked, so the price does not shift.
                                span(.cls("ml-1 inline-block w-3"), .data("arrow", true), .aria(.hidden, "true")) {
                                    text(Expr.variable("q.changed").equals("up").then("▲", else: Expr.variable("q.changed").equals("down").then("▼", else: "")))
                                }
                                when(.variable("q.changed")) {
                                    span(.cls("sr-only")) { text(Expr.variable("q.changed").equals("up").then(", up", else: ", down")) }
                                }
                            }
                            td(.class("py-1 text-right tabular-nums", direction(.variable("q.dir")))) {
                                text(.variable("q.change"))
                            }
                        }
                    }
                }
            }
        }
    }
}
