import Markup

/// `optimistic-payment`, the bad side of the anti-pattern "optimistic success for irreversible
/// actions" (PATTERNS.md section 7), beside `no-optimism`: the same bank and form, but Pay hides
/// the form and shows "Payment confirmed" in the click's own task (JS commands, L11), before the
/// bank has answered. The commands' changes are sticky, so when the charge is refused the
/// server's error arrives under a receipt that still says the payment went through, and the
/// form the user would need to try again is gone.
enum OptimisticPaymentDemo {
    static let id = "optimistic-payment"

    static let demo = Demo(id, title: "Optimistic success for a payment") {
        NoOptimismDemo.server
        Render { template }
    }

    static var template: Node {
        div(.id(.literal(.string(id))), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Optimistic success for a payment" }
            p(.cls(DemoStyles.muted)) {
                "Pay says the payment is confirmed the moment you click, before the bank has answered. Set the failure rate to 100 % and pay: the error arrives under a receipt that still says it worked."
            }
            DemoBlocks.errorFlash
            // The guess: shown by the click, before any answer (hidden until then).
            section(.id("receipt"), .role(.status), .aria(.labelledby, "receipt-title"), .attr("hidden", true),
                    .cls("grid gap-1 rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100")) {
                h2(.id("receipt-title"), .cls("font-semibold")) { "Payment confirmed" }
                p { "€42.00 charged. Order order-1042." }
            }
            form(.id("checkout"), .phx(.submit, .js([.hide(to: "#checkout"), .show(to: "#receipt"), .push(event: "pay")])),
                 .cls("grid gap-3 rounded-md border border-slate-200 p-4 dark:border-slate-700")) {
                NoOptimismDemo.cardFields
                div(.cls("flex flex-wrap items-center gap-3")) {
                    Button.template(["type": "submit", "id": "pay"]) { "Pay €42.00" }
                }
            }
        }
    }
}
