/// "Did you mean" suggestions: the candidates closest to a misspelt name by edit distance.
enum NearestName {
    /// The closest candidates, best first; empty when nothing is close enough to be a plausible typo.
    static func suggestions(for name: String, among candidates: some Sequence<String>, limit: Int = 1) -> [String] {
        let target = Array(name.lowercased().unicodeScalars)
        let allowed = max(2, target.count / 3)
        let scored = candidates.map { ($0, distance(target, Array($0.lowercased().unicodeScalars))) }
            .filter { $0.1 <= allowed }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return scored.prefix(limit).map(\.0)
    }

    /// " (did you mean 'x'?)" or "" — ready to append to a message.
    static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        guard let best = suggestions(for: name, among: candidates).first else { return "" }
        return " (did you mean '\(best)'?)"
    }

    /// Levenshtein distance, two rows at a time.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
