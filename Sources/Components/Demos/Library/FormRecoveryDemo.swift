import Markup

/// `form-recovery` (PATTERNS.md, section 4): a three-step sign-up form whose step and
/// earlier answers live in the LiveView process. Any rejoin (a network drop or a crash)
/// starts a new process at step one; LiveView then sends the form back (L9) as the form's
/// own `phx-auto-recover` event, `recover`, carrying the step and the earlier answers in
/// hidden fields, so the new process ends where the screen is. Recovered params are
/// whitelisted like any input.
enum FormRecoveryDemo {
    static let steps = ["account", "team", "billing"]
    static let titles = ["account": "Account", "team": "Team", "billing": "Billing"]
    /// The answers, the field each step shows, and its label.
    static let fields: [(name: String, step: String, label: String)] = [
        ("name", "account", "Your name"), ("team", "team", "Team size"), ("email", "billing", "Billing email"),
    ]

    static let step: Expr = .assign("step")
    static func at(_ name: String) -> Expr { step.equals(.literal(.string(name))) }
    /// The step after (or before) the current one, as the handlers compute it.
    static let nextStep: Expr = .conditional(at("account"), then: "team", else: "billing")
    static let previousStep: Expr = .conditional(at("billing"), then: "team", else: "account")

    static let demo = Demo("form-recovery", title: "Form state survives") {
        NetDefaults(["latency": 200])
        Initial(["step": "account", "name": "", "team": "", "email": "", "done": false])
        OnEvent("validate", params: ["name", "team", "email"]) {
            for field in fields { Op.set(field.name, .param(field.name)) }
        }
        OnEvent("next", params: ["name", "team", "email"]) {
            for field in fields { Op.set(field.name, .param(field.name)) }
            Op.when(at("billing")) { Op.set("done", true) } else: { Op.set("step", nextStep) }
        }
        OnEvent("back") { Op.set("step", previousStep) }
        // L9: what the new process hears first after a rejoin. The step comes from the browser:
        // only a known one is taken.
        OnEvent("recover", params: ["step", "name", "team", "email"]) {
            Op.set("step", .param("step", oneOf: steps, otherwise: "account"))
            for field in fields { Op.set(field.name, .param(field.name)) }
        }
        ServerState(["step": step, "name": .assign("name"), "team": .assign("team"), "email": .assign("email"), "done": .assign("done")])
        Render { template }
    }

    static var template: Node {
        div(.id("form-recovery"), .cls("grid gap-4")) {
            h1(.cls(DemoStyles.title)) { "Form state survives" }
            p(.cls(DemoStyles.muted)) { "Answer a step or two, type into the next one, then go offline and back, or crash the server. The new server process starts at step one; the form tells it where you were." }
            form(.id("wizard"), .phx(.change, "validate"), .phx(.submit, "next"), .attr("phx-auto-recover", "recover"),
                 .cls("grid gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700")) {
                input(.attr("type", "hidden"), .attr("name", "step"), .attr("value", step))
                p(.id("progress"), .cls("text-sm font-semibold")) {
                    text("Step \(Expr.conditional(at("account"), then: "1", else: .conditional(at("team"), then: "2", else: "3"))) of 3: \(Expr.conditional(at("account"), then: "Account", else: .conditional(at("team"), then: "Team", else: "Billing")))")
                }
                for field in fields {
                    // The current step's field is shown; the others travel as hidden inputs, so a
                    // recovery sends every answer (only the fields in the DOM are sent).
                    when(at(field.step), then: {
                        div(.cls("grid gap-1")) {
                            label(.attr("for", .literal(.string(field.name))), .cls(DemoStyles.label)) { text(.literal(.string(field.label))) }
                            input(.id(.literal(.string(field.name))), .attr("name", .literal(.string(field.name))), .attr("type", .literal(.string(field.name == "email" ? "email" : "text"))),
                                  .attr("autocomplete", "off"), .attr("value", .assign(field.name)), .cls(DemoStyles.field))
                        }
                    }, else: {
                        input(.attr("type", "hidden"), .attr("name", .literal(.string(field.name))), .attr("value", .assign(field.name)))
                    })
                }
                div(.cls("flex flex-wrap gap-2")) {
                    when(.not(at("account"))) {
                        Button.template(["variant": "secondary", "id": "back", "phx-click": "back"]) { "Back" }
                    }
                    Button.template(["type": "submit", "id": "next"]) {
                        text(Expr.conditional(at("billing"), then: "Finish sign-up", else: "Next step"))
                    }
                }
            }
            when(.assign("done")) {
                p(.id("summary"), .role(.status), .cls("text-sm")) {
                    text("Signed up \(.assign("name")), a team of \(.assign("team")), billed at \(.assign("email"))")
                }
            }
        }
    }
}
