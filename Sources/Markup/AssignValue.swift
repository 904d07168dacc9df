/// A concrete assign value, shaped like the Elixir terms a LiveView template sees.
///
/// Maps keep their keys sorted: Elixir maps of up to 32 keys iterate in key order,
/// so sorted keys give the same order LiveView uses for rest attributes (H5) and
/// make every printed form (HEEx literals, JSON) deterministic.
public enum AssignValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([AssignValue])
    case map([String: AssignValue])

    /// Elixir truthiness: only `nil` and `false` are falsy (`0` and `""` are truthy).
    public var isTruthy: Bool {
        switch self {
        case .null, .bool(false): false
        default: true
        }
    }

    /// The map's entries in key order (empty for anything that is not a map).
    public var sortedEntries: [(key: String, value: AssignValue)] {
        guard case .map(let entries) = self else { return [] }
        return entries.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    /// Looks up a key of a map; `nil` for a missing key or a non-map.
    public subscript(key: String) -> AssignValue? {
        guard case .map(let entries) = self else { return nil }
        return entries[key]
    }
}

extension AssignValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: AssignValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, AssignValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// The assigns a template is rendered with: name → value.
public typealias Assigns = [String: AssignValue]
