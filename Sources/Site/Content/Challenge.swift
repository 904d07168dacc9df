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
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
