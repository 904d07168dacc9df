import Markup

/// `silent-disconnect`, the bad side of the anti-pattern "silent failure on disconnect"
/// (PATTERNS.md section 7), beside `requires-connection`: the same invoice and server, with
/// nothing that reacts to the connection. Offline, the buttons look as usable as ever, a click
/// is dropped (LiveView sends nothing while disconnected, L7) and no banner says why.
enum SilentDisconnectDemo {
    static let demo = Demo("silent-disconnect", title: "Silent failure on disconnect") {
        RequiresConnectionDemo.server
        Render {
            RequiresConnectionDemo.invoice(id: "silent-disconnect", title: "Silent failure on disconnect", intro: "Go offline in the simulator below and click Approve: the button looks as it always does, the click goes nowhere, and nothing says why.", aware: false)
        }
    }
}
