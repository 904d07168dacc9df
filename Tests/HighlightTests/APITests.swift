import Highlight
import Testing

@Suite("Languages and escaping")
struct APITests {
    @Test("Unknown languages return nil so the caller can escape the code plain",
          arguments: ["", "python", "elixirr", "text", "eex", "html5", " js"])
    func unknownLanguage(_ name: String) {
        #expect(Highlighter.highlight("x = 1", language: name) == nil)
    }

    @Test("Every documented name and alias is known", arguments: allLanguages)
    func knownLanguage(_ name: String) {
        #expect(Highlighter.highlight("x", language: name) != nil)
    }

    @Test("Language names match case-insensitively")
    func caseInsensitiveName() {
        #expect(Highlighter.highlight("nil", language: "Elixir") == kw("nil"))
        #expect(Highlighter.highlight("null", language: "JSON") == kw("null"))
    }

    @Test("Aliases highlight exactly like their language")
    func aliasesAgree() {
        let elixir = "def f(x), do: :ok # done"
        #expect(Highlighter.highlight(elixir, language: "ex") == Highlighter.highlight(elixir, language: "elixir"))
        #expect(Highlighter.highlight(elixir, language: "exs") == Highlighter.highlight(elixir, language: "elixir"))
        let script = "const a = `${b}` // c"
        #expect(Highlighter.highlight(script, language: "js") == Highlighter.highlight(script, language: "javascript"))
        let shell = "if true; then echo \"$HOME\"; fi"
        #expect(Highlighter.highlight(shell, language: "sh") == Highlighter.highlight(shell, language: "bash"))
        #expect(Highlighter.highlight(shell, language: "shell") == Highlighter.highlight(shell, language: "bash"))
    }

    @Test("Empty code is empty HTML, not nil", arguments: distinctLanguages)
    func emptyCode(_ language: String) {
        #expect(Highlighter.highlight("", language: language) == "")
    }

    @Test("A closing script tag inside code cannot end the page's script or pre")
    func scriptTagIsEscaped() throws {
        let code = "const s = \"</script><script>alert(1)</script>\""
        let html = try #require(Highlighter.highlight(code, language: "js"))
        #expect(!html.contains("</script"))
        #expect(html == kw("const") + " s = " + str("&quot;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"))
    }

    @Test("Quotes and ampersands are escaped in every language", arguments: distinctLanguages)
    func quotesAreEscaped(_ language: String) throws {
        let html = try #require(Highlighter.highlight("a \"b\" 'c' & d < e > f", language: language))
        let text = html.replacing(/<\/?span[^>]*>/, with: "")
        #expect(text == "a &quot;b&quot; &#39;c&#39; &amp; d &lt; e &gt; f")
    }

    @Test("escape() escapes the five characters and nothing else")
    func plainEscape() {
        #expect(Highlighter.escape("<a href=\"x\">it's & é</a>") == "&lt;a href=&quot;x&quot;&gt;it&#39;s &amp; é&lt;/a&gt;")
        #expect(Highlighter.escape("") == "")
    }

    @Test("The documented class set is exactly the one spans may use")
    func classSet() {
        #expect(Set(HighlightClass.allCases.map(\.rawValue)) == allowedClasses)
    }
}
