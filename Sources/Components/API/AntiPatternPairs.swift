import Markup

/// The six anti-patterns of PATTERNS.md section 7 as bad/good pairs, with the scripts that expose
/// the bad side. Each script touches only what both demos of its pair have, by the same ids.
enum AntiPatternPairs {
    static let all: [DemoPair] = [silentDisconnect, optimisticPayment, fullPageSpinner, blockingModal, lastWriteWins, mousemovePresence]

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

    /// One slow load (1 s): what the rest of the page does meanwhile is the whole difference.
    static let fullPageSpinner = DemoPair(
        bad: "full-page-spinner", good: "skeletons",
        failure: "one load hides the whole page behind a spinner",
        remedy: "the page stays; a skeleton holds the loading section's place",
        script: [.at(0, .click("#load"))])

    /// The export's reply is lost: LiveView waits 30 s for it (L8) before it reloads the page.
    static let blockingModal = DemoPair(
        bad: "blocking-modal", good: "inline-loading",
        failure: "a modal blocks the page while it waits, and a lost reply keeps it up for 30 s",
        remedy: "only the button is busy; everything else stays usable",
        script: [.at(0, .set(["drop": 1])), .at(100, .click("#export"))])

    /// Two seconds of a pointer sweeping the board at 60 moves a second, left to right.
    static let mousemovePresence = DemoPair(
        bad: "mousemove-presence", good: "live-cursors",
        failure: "every mousemove is a push and a broadcast to every viewer: ~60 a second",
        remedy: "at most 10 a second, and the last position is always sent",
        script: (0..<120).map { i in
            .at(i * 1_000 / 60, .pointer("#board", x: Double(i) / 120, y: 0.5))
        })

    /// You edit the description; Bea renames the project and saves; then you save.
    static let lastWriteWins = DemoPair(
        bad: "last-write-wins", good: "optimistic-locking",
        failure: "your save quietly overwrites Bea's, and nobody is told",
        remedy: "your stale save is refused, your text is kept, and both versions are shown",
        script: [
            .at(0, .input("#description", "Spring launch page, now with the pricing table.")),
            .at(600, .peer("Bea", action: "save", payload: [:])),
            .at(1_200, .click("#save")),
        ])
}
