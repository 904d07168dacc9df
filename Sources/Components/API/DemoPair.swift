import Markup

/// A bad/good pair of demos for the anti-patterns page (PATTERNS.md section 7): shown side by side
/// on one clock, with a fault script that "Run the script" replays in both, so the bad one visibly
/// fails where the good one holds. The script is the pair's, not either demo's: it is written
/// against what both demos share (the same ids for what it touches).
public struct DemoPair: Sendable {
    /// The demo that shows the anti-pattern.
    public let bad: String
    /// The demo that shows the pattern to use instead.
    public let good: String
    /// What goes wrong, for the bad pane's label ("nothing says the click was lost").
    public let failure: String
    /// What the good side does instead, for its label.
    public let remedy: String
    public let script: [ScriptStep]

    public init(bad: String, good: String, failure: String, remedy: String, script: [ScriptStep]) {
        self.bad = bad
        self.good = good
        self.failure = failure
        self.remedy = remedy
        self.script = script
    }

    /// The script as the gallery page runs it (dom/pane.js's steps): `[{"at": ms, ...}, ...]`.
    public var scriptJSON: String {
        JSONWriter.string(.list(script.map(\.value)))
    }
}

/// One step of a fault script, at a virtual time in milliseconds from the script's start.
public struct ScriptStep: Sendable {
    public let at: Int
    public let action: Action

    /// What a step does in each demo of the pair (dom/pane.js `perform`).
    public enum Action: Sendable {
        /// Clicks the element the selector finds.
        case click(String)
        /// Sets a field's value and fires `input`, as typing would.
        case input(String, String)
        /// Submits a form (`requestSubmit`, so its submit handlers run).
        case submit(String)
        /// Takes the network down (the socket drops and retries).
        case disconnect
        /// Brings it back.
        case reconnect
        /// Down for `ms`, then back.
        case outage(Int)
        /// Changes the net settings (`latency`, `jitter`, `failureRate`, `drop`).
        case set([String: AssignValue])
        /// A simulated user's action (`peers.act`).
        case peer(String, action: String, payload: [String: AssignValue])
        /// A mouse move at a fraction of the element's box.
        case pointer(String, x: Double, y: Double)
    }

    public static func at(_ ms: Int, _ action: Action) -> ScriptStep { ScriptStep(at: ms, action: action) }

    var value: AssignValue {
        var fields: [String: AssignValue] = ["at": .int(at)]
        switch action {
        case .click(let selector): fields["click"] = .string(selector)
        case .input(let selector, let text): fields["input"] = .string(selector); fields["value"] = .string(text)
        case .submit(let selector): fields["submit"] = .string(selector)
        case .disconnect: fields["net"] = "disconnect"
        case .reconnect: fields["net"] = "reconnect"
        case .outage(let ms): fields["net"] = "outage"; fields["ms"] = .int(ms)
        case .set(let settings): fields["set"] = .map(settings)
        case .peer(let name, let action, let payload): fields["peer"] = .string(name); fields["action"] = .string(action); fields["payload"] = .map(payload)
        case .pointer(let selector, let x, let y): fields["pointer"] = .string(selector); fields["x"] = .double(x); fields["y"] = .double(y)
        }
        return .map(fields)
    }
}
