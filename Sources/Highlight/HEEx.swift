/// HEEx: the HTML scanner plus Elixir in `{…}` (text and attribute values, as in
/// `:if={@show}` and `{@rest}`) and in EEx tags `<%= … %>`, `<% … %>`, and `<%!-- --%>` comments.
/// Components (`<.button>`, `<Layouts.app>`) and slots (`<:actions>`) are tag names.
extension Scanner {
    /// `{…}` with Elixir inside; the braces are `hl-punct`. The expression ends at the `}`
    /// that balances it, so maps and tuples inside are fine.
    mutating func heexExpression() {
        take(1, as: .punctuation)
        depth += 1
        scanElixir(stopAtUnmatchedBrace: true)
        depth -= 1
        if peek() == UInt8(ascii: "}") { take(1, as: .punctuation) }
    }

    /// `<%= … %>` and friends. EEx ends a tag at the first `%>` without reading the Elixir,
    /// so the region is bounded first and the Elixir scanned inside it.
    mutating func eexTag() {
        let start = position
        advance(2)
        if peek() == UInt8(ascii: "#") {
            skip(past: "%>")
            mark(.comment, from: start)
            return
        }
        if let marker = peek(), "=/|%".utf8.contains(marker) { advance() }
        mark(.punctuation, from: start)
        let end = find("%>") ?? limit
        if canEmbed {
            embedded(until: end) { $0.scanElixir(stopAtUnmatchedBrace: false) }
        } else {
            position = end
        }
        if at("%>") { take(2, as: .punctuation) }
    }
}
