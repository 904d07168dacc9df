import Highlight
import Testing

/// Inputs that have tripped highlighters before: unterminated everything, embedded
/// languages cut off mid-way, delimiters of one language inside another, and Unicode that
/// is more than one byte, more than one scalar, or changes under normalisation.
let trickyInputs: [String] = [
    "", " ", "\n", "\r\n", "\t\u{0}", "\"", "'", "`", "#", "/", "\\", "~", "?", ":", "@", "$", "{", "}", "<", ">", "&",
    "\"unterminated", "'also", "`template ${", "/* open", "<!-- open", "<%!-- open", "<%= open", "#{", "\"#{\"#{",
    "\"\"\"", "\"\"\"\nheredoc", "~H\"\"\"\n<div {", "~H\"\"\"\n<div :if={\"\"\"}>", "~r/", "~", "~H", "~x(",
    "?", "?\\", "?é", "? ", ":\"", "::", "@", "&(&1)", "%{a: 1}", "<<x::8>>", "def", "def ", "defp é",
    "<", "</", "<.", "<:", "<!", "<a", "<a b", "<a b=", "<a b=\"", "<a b='", "<a b={", "<a {", "</a", "<script>",
    "<script>/*", "<script>`${", "<style>", "<style>@media {", "<SCRIPT>x</ScRiPt>", "<p>}}}{{{",
    "/", "/[", "/\\", "a / b", "x = /[/", "x = /a\\\n/", "\\(", "\"\\(", "#\"", "##\"", "\"\\#(", "\"\"\"\\(",
    "/* /* */", "#if", "@", "$", "`x", "{", "@media", "a{b:c", "#", ".5", "-", "--", "!", "[", "a[b=\"",
    "<<EOF", "<<-", "<<'", "cat <<EOF\n", "${", "$'", "$(", "\"$", "f() {", "function", "a=", "for x in",
    "{\"a\"", "{\"a\":", "-", "1e", "1e+", "0x", "tru",
    "é", "日本語", "👩‍👩‍👧", "e\u{301}", "\u{301}", "<\u{301}", "\"\u{301}", "&\u{301}", "\u{FEFF}", "\u{2028}",
    "\"é\\é\"", "?👍", "~s(🙂)", "<é é=é>", ":é", "@é", "$é", "é:", "Élan.Beta", "\\👍", "\"\\👍\"", "'\\é'",
    "<div phx-click=\"x\" :if={@a &&& \"}\"}>{'\"'}</div>", "#{}}}}", "}}}}", "))))", "\"\\(\"\\(\"\\(",
]

@Suite("Round trip and well-formedness")
struct RoundTripTests {
    /// The text of the output, spans removed and entities unescaped, must be the input byte
    /// for byte, and the HTML must be flat allowed spans around escaped text.
    private func expectRoundTrip(_ input: String, _ language: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let html = Highlighter.highlight(input, language: language) else {
            Issue.record("\(language) returned nil", sourceLocation: sourceLocation)
            return
        }
        do {
            let text = try readBack(html)
            #expect(Array(text.utf8) == Array(input.utf8), "\(language): \(input.debugDescription)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(language): \(error) for \(input.debugDescription) → \(html.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    @Test("Tricky inputs round-trip in every language", arguments: distinctLanguages)
    func trickyInputsRoundTrip(_ language: String) {
        for input in trickyInputs { expectRoundTrip(input, language) }
        // Every prefix of a realistic snippet is an unterminated something.
        let snippet = "def f(x), do: \"#{x}\" <> ~H\"\"\"\n<p :if={@a}>{x}</p><script>let y = `${1}`</script>\n\"\"\" # c"
        for end in snippet.indices { expectRoundTrip(String(snippet[..<end]), language) }
    }

    @Test("The readBack checker itself rejects malformed output")
    func checkerCatchesMistakes() {
        #expect(throws: ReadBackError.nestedSpan) { try readBack(kw("a" + kw("b"))) }
        #expect(throws: ReadBackError.unknownTag("hl-x")) { try readBack(span("x", "a")) }
        #expect(throws: ReadBackError.emptySpan) { try readBack(kw("")) }
        #expect(throws: ReadBackError.unescaped("\"")) { try readBack("a\"b") }
        #expect(throws: ReadBackError.badEntity("&nbsp;")) { try readBack("&nbsp;") }
        #expect(throws: ReadBackError.unclosedSpan) { try readBack("<span class=\"hl-kw\">a") }
        #expect((try? readBack(kw("&lt;") + "&#39;\u{301}")) == "<'\u{301}")
    }

    /// Random strings drawn from fragments that open and close constructs of every language,
    /// plus random scalars, so every scanner sees its delimiters in arbitrary order.
    @Test("Seeded random strings round-trip in every language", arguments: distinctLanguages)
    func randomStringsRoundTrip(_ language: String) {
        let fragments = [
            "\"", "'", "`", "\"\"\"", "'''", "#", "#{", "${", "\\(", "\\#(", "}", "{", "(", ")", "[", "]", "<", ">", "</",
            "/>", "<%=", "<%", "%>", "<%!--", "--%>", "<!--", "-->", "/*", "*/", "//", "/", "\\", "~H\"\"\"", "~r/", "~s(",
            ":", "::", "@", "$", "?", "=", ";", "&", "|", "\n", "\r\n", " ", "\t", "def ", "do", "end", "fn", "function ",
            "func ", "if", "then", "fi", "in", "for", "<div", "<.btn", "<:slot", ":if=", "phx-click=", "<script>",
            "</script>", "<style>", "</style>", "@media", "color:", "!important", "<<EOF\n", "EOF\n", "<<-", "x=", "1",
            "0x1F", "1.5e-3", ".5", "-", "true", "null", "Foo.Bar", "é", "日本", "👍", "\u{301}", "\u{0}", "\u{FEFF}",
        ]
        var generator = SeededGenerator(seed: 0x5EED_0000 &+ UInt64(distinctLanguages.firstIndex(of: language) ?? 0))
        for _ in 0..<400 {
            var input = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                if Int.random(in: 0..<5, using: &generator) == 0 {
                    input.unicodeScalars.append(randomScalar(using: &generator))
                } else {
                    input += fragments.randomElement(using: &generator) ?? ""
                }
            }
            expectRoundTrip(input, language)
        }
    }

    private func randomScalar(using generator: inout SeededGenerator) -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [0x0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x1_0000...0x10_FFFF]
        let range = ranges.randomElement(using: &generator) ?? 0x0...0x7F
        return Unicode.Scalar(UInt32.random(in: range, using: &generator)) ?? "?"
    }

    @Test("Deep nesting neither crashes nor loses text", arguments: [
        ("elixir", "\"#{"), ("elixir", "~H\"\"\"\n<p :if={\"#{"), ("heex", "{\"#{"), ("heex", "<%= \"#{"),
        ("javascript", "`${"), ("swift", "\"\\("), ("html", "<script>`${"), ("css", "a{"), ("json", "[{"),
        ("bash", "\"$("),
    ])
    func deepNesting(_ language: String, _ opener: String) {
        let depth = 5_000
        expectRoundTrip(String(repeating: opener, count: depth), language)
        expectRoundTrip(String(repeating: opener, count: depth) + String(repeating: "}\")`", count: depth), language)
    }

    @Test("Text past the nesting cap is still copied exactly, as part of the outer token")
    func pastTheNestingCap() {
        let code = String(repeating: "\"#{", count: 40) + "x" + String(repeating: "}\"", count: 40)
        expectRoundTrip(code, "elixir")
        let html = Highlighter.highlight(code, language: "elixir") ?? ""
        #expect(html.hasPrefix(str("&quot;") + punct("#{")))
    }
}
