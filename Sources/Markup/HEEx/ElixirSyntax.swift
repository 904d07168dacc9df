/// Elixir literal syntax for printers outside this module (a demo's LiveView module).
public enum ElixirSyntax {
    /// `"..."` with Elixir's escapes (and `#{` escaped).
    public static func string(_ s: String) -> String { ElixirSource.string(s) }
    /// `:name`, or `:"odd-name"`.
    public static func atom(_ name: String) -> String { ElixirSource.atom(name) }
    /// `name:` or `"odd-name":` for keyword lists and atom-keyed maps.
    public static func key(_ name: String) -> String { ElixirSource.key(name) }
    /// Whether `name` can be written bare as a variable or atom key.
    public static func isIdentifier(_ name: String) -> Bool { ElixirSource.isIdentifier(name) }
    /// A literal value: `"x"`, `1`, `nil`, `[...]`, `%{key: ...}`.
    public static func value(_ value: AssignValue) -> String { ElixirSource.value(value) }
}
