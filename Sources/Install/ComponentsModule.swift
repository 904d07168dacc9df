/// The one Elixir module `rtux add` puts components into, and how a component's HEEx
/// snippet (`rtux snippet NAME`) becomes its definitions there.
public enum ComponentsModule {
    /// One `@doc`…`end` block of a snippet: the `def` it defines and its whole text.
    public struct Definition: Equatable, Sendable {
        public let name: String
        public let text: String
    }

    /// The definitions of a component snippet, in its order (the component, then its callees).
    /// The header comment before the first `@doc` is dropped.
    public static func definitions(inSnippet snippet: String) -> [Definition] {
        var blocks: [[Substring]] = []
        var open = false
        for line in snippet.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "  @doc \"\"\"" { blocks.append([]); open = true }
            // A line at column 0 (the module's `end`) closes the last definition.
            if let first = line.first, first != " " { open = false }
            if open { blocks[blocks.count - 1].append(line) }
        }
        return blocks.compactMap { lines in
            var lines = lines
            while let last = lines.last, last.allSatisfy({ $0 == " " }) { lines.removeLast() }
            guard let name = lines.lazy.compactMap(defName).first else { return nil }
            return Definition(name: name, text: lines.joined(separator: "\n") + "\n")
        }
    }

    /// `  def name(assigns) do` → `name`.
    static func defName(_ line: Substring) -> String? {
        guard line.hasPrefix("  def "), line.hasSuffix("(assigns) do") else { return nil }
        return String(line.dropFirst(6).dropLast(12))
    }

    /// A new module file holding `definitions`.
    public static func file(module: String, definitions: [Definition]) -> String {
        var out = """
            # \(module): real-time UX components from rtux (LiveView 1.1, Phoenix 1.8, Tailwind v4).
            # Written by `rtux add`; yours to change. rtux adds components here and never
            # overwrites one you changed (it shows the difference; --force replaces it).
            defmodule \(module) do
              @moduledoc \"\"\"
              Real-time UX components: loading states, presence, conflicts and connection feedback.
              \"\"\"
              use Phoenix.Component

            """
        out += definitions.map { "\n" + $0.text }.joined()
        out += "end\n"
        return withJSAlias(out)
    }

    /// The text of `def name` (from its `@doc` to its `end`) in a module file, if it is there.
    public static func existing(_ name: String, in file: String) -> String? {
        definitions(inSnippet: file).first { $0.name == name }?.text
    }

    /// `file` with `definition` added before the module's last `end` (nothing else changes).
    /// Nil when the file has no `defmodule … end` shape to add to.
    public static func adding(_ definition: Definition, to file: String) -> String? {
        var lines = file.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard lines.contains(where: { $0.hasPrefix("defmodule ") }),
              let end = lines.lastIndex(where: { $0 == "end" }) else { return nil }
        var insert = definition.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if insert.last == "" { insert.removeLast() }
        if end > 0, !lines[end - 1].isEmpty { insert.insert("", at: 0) }
        lines.insert(contentsOf: insert, at: end)
        return withJSAlias(lines.joined(separator: "\n") + "\n")
    }

    /// `file` with `old` (a definition's text) replaced by `new`; for --force.
    public static func replacing(_ old: String, with new: String, in file: String) -> String {
        withJSAlias(file.replacingAll(old, with: new))
    }

    static let alias = "  alias Phoenix.LiveView.JS"

    /// The `alias Phoenix.LiveView.JS` line exactly when a definition uses `JS.`: an unused
    /// alias is a warning, and Phoenix 1.8 apps compile with --warnings-as-errors.
    static func withJSAlias(_ file: String) -> String {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        let uses = lines.contains { $0 != alias && $0.contains("JS.") }
        let has = lines.contains { $0 == alias }
        if uses == has { return file }
        if has { return file.replacingAll("\n" + alias + "\n", with: "\n") }
        guard let use = lines.firstIndex(of: "  use Phoenix.Component") else { return file }
        var out = lines.map(String.init)
        out.insert(contentsOf: ["", alias], at: use + 1)
        return out.joined(separator: "\n")
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
