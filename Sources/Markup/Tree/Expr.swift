/// A value in a template that varies with the assigns, kept symbolic so that every
/// back-end can print it in its own language (evaluated for HTML, Elixir for HEEx,
/// JSON for the browser runtime).
public indirect enum Expr: Sendable, Hashable {
    /// A constant.
    case literal(AssignValue)
    /// An assign path: `["user", "name"]` is `@user.name`.
    case assign([String])
    /// A path from a loop variable or a stream binding: `["user", "name"]` is `user.name`.
    case variable([String])
    /// `==`, `!=`, `<`, `<=`, `>`, `>=` with Elixir's term ordering.
    case compare(ComparisonOperator, Expr, Expr)
    /// `+` or `-` on numbers.
    case arithmetic(ArithmeticOperator, Expr, Expr)
    /// Elixir's `&&`: the left operand when falsy, else the right one.
    case and(Expr, Expr)
    /// Elixir's `||`: the left operand when truthy, else the right one.
    case or(Expr, Expr)
    /// `!`: `true` for `nil`/`false`, else `false`.
    case not(Expr)
    /// `if(c, do: a, else: b)`.
    case conditional(Expr, then: Expr, else: Expr)
    /// String interpolation: every part converted to text and joined.
    case concat([Expr])
    /// `length(list)`.
    case length(Expr)
    /// `Enum.take(list, n)` with `n >= 0`.
    case take(Expr, Int)
    /// `Enum.at(list, i)`: `nil` past the end.
    case at(Expr, Int)
    /// `Enum.at(["a", "b", ...], index)`: picks one of fixed strings (a palette).
    case pick([String], Expr)
    /// `rem(:erlang.crc32(to_string(x)), n)`: a stable hash of `x` into `0..<n`.
    case hashIndex(Expr, Int)
    /// `String.first(s)`: the first grapheme, `nil` for an empty string.
    case first(Expr)
    /// `1..n//1`: the integers from 1 to `n`, none when `n < 1` (for loops of N rows).
    case rangeTo(Expr)
    /// A chain of `Phoenix.LiveView.JS` commands.
    case js([JSCommand])

    // Forms for demo handlers (docs/demo-json.md); templates render them too.

    /// An event param or message payload path: `["id"]` is the handler's `id`.
    case param([String])
    /// A map built from expressions: `%{id: id, title: item.title}`.
    case object([String: Expr])
    /// A list built from expressions.
    case list([Expr])
    /// `value in list`.
    case contains(Expr, value: Expr)
    /// `Enum.find(list, &(&1.field == value))`: the first match, or `nil`.
    case find(Expr, field: String, equals: Expr)
    /// The current value of a store record (the demo's "database").
    case store(String)
    /// The current version of a store record (from 1, bumped on every write).
    case version(String)
    /// The clock in milliseconds (`System.monotonic_time(:millisecond)`).
    case now
    /// `static_changed?(socket)`: whether the assets the page was loaded with (its
    /// `phx-track-static` tags, sent with the join) are older than the server's. Mount only.
    case staticChanged
    /// `get_connect_params(socket)["cache"]["open"]`: a path into the params the client's
    /// LiveSocket sends with the join (nil in the static render). Mount only; the runtime
    /// merges them into the join's params, so its JSON is a `param` path.
    case connectParam([String])
    /// `URI.encode_query(%{key: value, ...})`: a query string, keys in order, values as
    /// text, form-encoded (a space is `+`; letters, digits and `-._~` stay as they are).
    case query([String: Expr])
    /// `Enum.slice(list, start, count)`: up to `count` elements from index `start`.
    case slice(Expr, start: Expr, count: Expr)
    /// `String.length(s)`: the length of a string. Its JSON is `len`, as for a list (the
    /// runtime counts UTF-16 units, which differs from graphemes only beyond ASCII and BMP).
    case textLength(Expr)
    /// A struct's field, `x.key` (an `AsyncResult`'s `ok?`, `loading`, `failed`, `result`),
    /// where a map path would print `x[:key]`, which a struct does not implement.
    case field(Expr, String)
    /// L14: a presence state (key → `%{metas: [...]}`) as one entry per user however many tabs:
    /// `%{id: key, name: <first meta's>, tabs: <metas>, since: <earliest online_at>, status: ...}`,
    /// by `since` then id. The status is the most present tab's: "active" when a tab says so and
    /// was updated (`at`) at most `staleAfter` ms ago, else "idle" unless every tab is "away".
    /// With `focus` (a meta key), each entry also has `focus`: the distinct values of that key
    /// over the user's tabs that are neither nil nor false, sorted (each tab says where it is;
    /// the order does not depend on the order Presence lists the metas in).
    case presenceUsers(Expr, staleAfter: Int, focus: String? = nil)
}

/// Comparison operators, spelled as in Elixir.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// Arithmetic operators, spelled as in Elixir.
public enum ArithmeticOperator: String, Sendable, Hashable, CaseIterable {
    case plus = "+"
    case minus = "-"
}

extension Expr: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .literal(.string(value)) }
    public init(integerLiteral value: Int) { self = .literal(.int(value)) }
    public init(booleanLiteral value: Bool) { self = .literal(.bool(value)) }
    public init(nilLiteral: ()) { self = .literal(.null) }
    public init(floatLiteral value: Double) { self = .literal(.double(value)) }
}

extension Expr {
    /// `1..n//1`: the list `[1, 2, ..., n]`, empty when `n < 1`.
    public static func range(to n: Expr) -> Expr { .rangeTo(n) }
}
