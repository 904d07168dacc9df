@testable import Markup
import Testing

/// H3: text and attribute values are escaped by default; raw HTML only through the named door.
@Suite struct EscapingTests {
    @Test func textIsEscaped() {
        #expect(html { p { "a < b & c > d \"q\" 'x'" } } == "<p>a &lt; b &amp; c &gt; d &quot;q&quot; &#39;x&#39;</p>")
    }

    @Test func scriptEndTagInTextCannotCloseAnything() {
        #expect(html(["t": "</script><script>alert(1)</script>"]) { span { text(.assign("t")) } }
            == "<span>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</span>")
    }

    @Test func attributeValuesWithQuotesAndAmpersands() {
        #expect(html(["v": "say \"hi\" & 'bye'"]) { div(.title(.assign("v"))) }
            == "<div title=\"say &quot;hi&quot; &amp; &#39;bye&#39;\"></div>")
    }

    @Test func trustedHTMLIsTheOnlyUnescapedPath() {
        #expect(html { div { Node.trustedHTML("<b>x</b>") } } == "<div><b>x</b></div>")
        #expect(heex { div { Node.trustedHTML("<b>x</b>") } } == "<div>{Phoenix.HTML.raw(\"<b>x</b>\")}</div>")
    }

    @Test func staticTextThatHEExWouldInterpretBecomesAnExpression() {
        #expect(heex { p { "a {b} <c>" } } == "<p>{\"a {b} <c>\"}</p>")
        #expect(heex { p { "plain words" } } == "<p>plain words</p>")
        #expect(heex { div(.title("it's")) } == "<div title={\"it's\"}></div>")
    }

    @Test func elixirStringsEscapeInterpolation() {
        #expect(Expr.literal(.string("#{x} \"q\" \\")).elixir == "\"\\#{x} \\\"q\\\" \\\\\"")
    }

    @Test func unicodeIsCopiedUnchanged() {
        #expect(html(["n": "Zoë 🎉"]) { span { text(.assign("n")) } } == "<span>Zoë 🎉</span>")
    }
}
