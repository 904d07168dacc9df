/// The groups of the gallery, in the order the index shows them.
public enum Challenge: String, CaseIterable, Sendable, Comparable {
    case latency, presence, conflicts, disconnection, loading, feedback, guide

    /// The heading the gallery shows for the group.
    public var title: String {
        switch self {
        case .latency: "Latency"
        case .presence: "Presence"
        case .conflicts: "Conflicts"
        case .disconnection: "Disconnection and recovery"
        case .loading: "Loading"
        case .feedback: "Live feedback"
        case .guide: "Guide"
        }
    }

    public static func < (lhs: Challenge, rhs: Challenge) -> Bool {
        lhs.rank < rhs.rank
    }

    /// The place in `allCases`, looked up once: sorting a thousand pages compares them ~10,000 times.
    private var rank: Int { Self.ranks[self] ?? 0 }
    private static let ranks = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}
