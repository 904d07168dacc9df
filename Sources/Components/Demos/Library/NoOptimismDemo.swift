import Markup

/// `no-optimism` (PATTERNS.md, latency section): a checkout that shows nothing like success
/// before the server confirms. "Pay" disables itself and says "Paying..." (L4) while the
/// submit is in flight, and the form says it is waiting for the bank; the receipt is the
/// server's render after the charge. The form carries the order's idempotency key: a second
/// submit of the same order (a double click, a replay after a lost reply or a reload) is
/// recorded as an attempt but charges nothing more. A refused charge keeps the form as typed
/// and says what to do.
enum NoOptimismDemo {
    static let id = "no-optimism"
    static let orderKey = "order-1042"
    static let amount = "€42.00"

    static let demo = Demo(id, title: "Checkout without optimism") {
        server
        Render { template }
    }

    /// The bank's side, the same for optimistic-payment (the anti-pattern's copy).
    @DemoBuilder static var server: [DemoPart] {
        NetDefaults(["latency": 2_000])
        Database(["attempts": [], "keys": [], "charges": []])
        Initial(["paid": false, "key": .string(orderKey), "payer": nil])
        OnEvent("pay", params: ["key", "name"]) {
            // The provider's call comes first: it is what can fail, and then nothing is charged.
            Op.append("attempts", .param("key"), store: true)
            Op.once(keys: "keys", key: .param("key")) {
                Op.append("charges", .object(["key": .param("key"), "name": .param("name"), "amount": .literal(.string(amount))]), store: true)
            }
            Op.set("paid", true)
            Op.set("payer", .param("name"))
            Op.clearFlash("error")
        } onFailure: {
            Op.flash("error", "The payment did not go through, and nothing was charged. Check the card details and press Pay again.")
        }
        ServerState(["paid": .assign("paid"), "attempts": .length(.store("attempts")), "charges": .store("charges")])
    }

    static var template: Node {
        div(.id("no-optimism"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Checkout without optimism" }
            p(.cls(DemoStyles.muted)) {
                "The bank takes 2 s to answer here. Nothing says paid until it has: the button waits, and the receipt comes from the server's answer. Click Pay twice, or set the failure rate, and watch the charges in the event log."
            }
            DemoBlocks.errorFlash
            when(.assign("paid"), then: {
                section(.id("receipt"), .role(.status), .aria(.labelledby, "receipt-title"),
                        .cls("grid gap-1 rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100")) {
                    h2(.id("receipt-title"), .cls("font-semibold")) { "Payment confirmed" }
                    p { text("€42.00 charged to \(.assign("payer")). Order order-1042.") }
                }
            }, else: {
                form(.id("checkout"), .phx(.submit, "pay"), .cls("grid gap-3 rounded-md border border-slate-200 p-4 dark:border-slate-700")) {
                    cardFields
                    div(.cls("flex flex-wrap items-center gap-3")) {
                        Button.template(["type": "submit", "id": "pay", "disable_with": "Paying..."]) { "Pay €42.00" }
                        // Only while the submit is in flight: what the wait is, and what not to do.
                        p(.id("waiting"), .cls("hidden text-sm text-slate-700 phx-submit-loading:block dark:text-slate-200")) {
                            "Waiting for the bank. Please keep this page open."
                        }
                    }
                }
            })
        }
    }

    /// The order's key and the card: what both checkouts send.
    @NodeBuilder static var cardFields: [Node] {
        input(.attr("type", "hidden"), .attr("name", "key"), .attr("value", .assign("key")))
        div(.cls("grid gap-1")) {
            label(.attr("for", "name"), .cls(DemoStyles.label)) { "Name on card" }
            input(.id("name"), .attr("name", "name"), .attr("autocomplete", "cc-name"), .attr("required", true), .cls(DemoStyles.field))
        }
        div(.cls("grid gap-1")) {
            label(.attr("for", "card"), .cls(DemoStyles.label)) { "Card number" }
            input(.id("card"), .attr("name", "card"), .attr("inputmode", "numeric"), .attr("autocomplete", "cc-number"),
                  .attr("required", true), .cls(DemoStyles.field))
        }
    }
}
