import Markup

/// The six anti-patterns of PATTERNS.md section 7 as bad/good pairs, with the scripts that expose
/// the bad side. Each script touches only what both demos of its pair have, by the same ids.
enum AntiPatternPairs {
    static let all: [DemoPair] = [silentDisconnect, optimisticPayment]

    /// Offline at 1 s, and it stays down (Reset brings it back); the clicks at 1.6 s and 2.2 s
    /// come after LiveView's 500 ms grace, and by 3 s the good side's 2 s banner shows.
    static let silentDisconnect = DemoPair(
        bad: "silent-disconnect", good: "requires-connection",
        failure: "offline, a click looks taken, is lost, and nothing says why",
        remedy: "offline, the actions are disabled and say so, and a banner says why",
        script: [
            .at(0, .click("#approve")),
            .at(1_000, .disconnect),
            .at(1_600, .click("#approve")),
            .at(2_200, .click("#archive")),
        ])

    /// The bank refuses every charge; the form is filled as a user would, then paid.
    static let optimisticPayment = DemoPair(
        bad: "optimistic-payment", good: "no-optimism",
        failure: "\"Payment confirmed\" at the click; the bank's refusal comes after",
        remedy: "\"Paying...\" until the bank answers; only the server's answer says paid",
        script: [
            .at(0, .set(["failureRate": 1])),
            .at(100, .input("#name", "Ann Example")),
            .at(200, .input("#card", "4242 4242 4242 4242")),
            .at(500, .click("#pay")),
        ])
}
