/// The latency matrix of a demo frame (`matrix: 0,100,300,1000`): the same demo once per round-trip
/// latency, side by side, on one clock the page drives, each pane labelled with what PATTERNS.md
/// recommends at its latency.
struct DemoMatrix: Equatable, Sendable {
    /// Round trips in milliseconds, in the order written.
    var latencies: [Int]

    static let panes = 2...6
    static let maximumLatency = 30_000

    /// `"0, 100, 300, 1000"` → four panes; anything else says what a good value looks like.
    static func parse(_ text: String) -> Result<DemoMatrix, DemoFrame.OptionFailure> {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        var latencies: [Int] = []
        for part in parts {
            guard let ms = Int(part), (0...maximumLatency).contains(ms) else {
                return .failure(DemoFrame.OptionFailure(message: "matrix value '\(part)' is not a round trip in milliseconds from 0 to \(maximumLatency); write e.g. 'matrix: 0,100,300,1000'"))
            }
            latencies.append(ms)
        }
        guard panes.contains(latencies.count) else {
            return .failure(DemoFrame.OptionFailure(message: "a matrix has \(panes.lowerBound) to \(panes.upperBound) latencies, not \(latencies.count); write e.g. 'matrix: 0,100,300,1000'"))
        }
        guard Set(latencies).count == latencies.count else {
            return .failure(DemoFrame.OptionFailure(message: "matrix latencies repeat in '\(text)'; give each pane its own"))
        }
        return .success(DemoMatrix(latencies: latencies))
    }

    /// `1000` → `"1,000 ms"`, as the pages write numbers.
    static func milliseconds(_ ms: Int) -> String {
        var digits = String(ms), grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped + " ms"
    }

    /// The thresholds on measured latency (PATTERNS.md, `latency-thresholds`).
    static func advice(forRoundTrip ms: Int) -> String {
        switch ms {
        case ..<100: "Under 100 ms: nothing needed"
        case 100...300: "100–300 ms: loading classes suffice (level 0)"
        default: "Over 300 ms: client-side commands or an optimistic level (1–4)"
        }
    }
}
