/// "Did you mean" suggestions: names within a small edit distance, or sharing a prefix.
public enum NearestNames {
    public static func nearest(to query: String, in names: [String], limit: Int = 3) -> [String] {
        let q = Array(query.lowercased())
        let scored = names.map { name -> (String, Int) in
            let n = Array(name)
            var distance = editDistance(q, n)
            if name.hasPrefix(query.lowercased()) || query.lowercased().hasPrefix(name) { distance = min(distance, 1) }
            return (name, distance)
        }
        let threshold = max(2, q.count / 3)
        return scored.filter { $0.1 <= threshold }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
