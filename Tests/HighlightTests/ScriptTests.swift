import Highlight
import Testing

@Suite("JavaScript")
struct JavaScriptTests {
    private func js(_ code: String) -> String? { Highlighter.highlight(code, language: "javascript") }

    @Test("A LiveView hook setup: imports, classes, strings, comments")
    func liveSocket() {
        let code = """
            import {Socket} from "phoenix"
            // hooks
            let liveSocket = new LiveSocket("/live", Socket, {hooks: Hooks})
            """
        let expected = kw("import") + " {" + mod("Socket") + "} " + kw("from") + " " + str("&quot;phoenix&quot;") + "\n"
            + com("// hooks") + "\n" + kw("let") + " liveSocket = " + kw("new") + " " + mod("LiveSocket") + "("
            + str("&quot;/live&quot;") + ", " + mod("Socket") + ", {hooks: " + mod("Hooks") + "})"
        #expect(js(code) == expected)
    }

    @Test("function names, generators, block comments and numbers")
    func functions() {
        #expect(js("function* gen() { return .5 + 0xFF /* x */ }") ==
            kw("function") + "* " + fn("gen") + "() { " + kw("return") + " " + num(".5") + " + " + num("0xFF") + " "
            + com("/* x */") + " }")
    }

    @Test("Template literals: text is string, ${…} is JavaScript, nesting included")
    func templates() {
        #expect(js("`a ${b + `c${1}`} d`") == str("`a ") + punct("${") + "b + " + str("`c") + punct("${") + num("1")
            + punct("}") + str("`") + punct("}") + str(" d`"))
    }

    @Test("A slash after a value divides; after an operator or keyword it starts a regex")
    func regexOrDivision() {
        #expect(js("a / b / c") == "a / b / c")
        #expect(js("x = /[/]+/g.test(s)") == "x = " + str("/[/]+/g") + ".test(s)")
        #expect(js("return /a/") == kw("return") + " " + str("/a/"))
        #expect(js("(n) / 2") == "(n) / " + num("2"))
    }

    @Test("A slash that does not close on its line is just a slash")
    func unclosedRegex() {
        #expect(js("= /a\n/ 2") == "= /a\n/ " + num("2"))
    }

    @Test("Unterminated strings stop at the line end; unterminated comments run to the end")
    func unterminated() {
        #expect(js("'abc\nlet") == str("&#39;abc") + "\n" + kw("let"))
        #expect(js("/* abc\nlet") == com("/* abc\nlet"))
    }
}

@Suite("CSS")
struct CSSTests {
    private func css(_ code: String) -> String? { Highlighter.highlight(code, language: "css") }

    @Test("Selectors, property names, values with units and colours, !important")
    func rule() {
        let code = ".phx-click-loading button:hover { color: #fff; margin: 0 -1.5em; --gap: 50% !important; }"
        let expected = attr(".phx-click-loading") + " " + tag("button") + attr(":hover") + " { " + atom("color") + ": "
            + num("#fff") + "; " + atom("margin") + ": " + num("0") + " " + num("-1.5em") + "; " + atom("--gap") + ": "
            + num("50%") + " " + kw("!important") + "; }"
        #expect(css(code) == expected)
    }

    @Test("Words inside values are not numbers or properties")
    func valueWords() {
        #expect(css("a { transition: opacity 150ms ease-in-out }") ==
            tag("a") + " { " + atom("transition") + ": opacity " + num("150ms") + " ease-in-out }")
    }

    @Test("At-rules: @media holds rules, so selectors inside are selectors again")
    func media() {
        let code = "@media (max-width: 600px) { .a { display: none } }"
        let expected = kw("@media") + " (max-width: " + num("600px") + ") { " + attr(".a") + " { " + atom("display")
            + ": none } }"
        #expect(css(code) == expected)
    }

    @Test("Attribute selectors, ids, pseudo-elements and strings")
    func attributeSelectors() {
        #expect(css("#main > a[data-x=\"y\"]::before") ==
            attr("#main") + " &gt; " + tag("a") + "[" + attr("data-x") + "=" + str("&quot;y&quot;") + "]" + attr("::before"))
    }

    @Test("Comments, including an unterminated one")
    func comments() {
        #expect(css("/* a */ p /* b") == com("/* a */") + " " + tag("p") + " " + com("/* b"))
    }
}

@Suite("JSON")
struct JSONTests {
    private func json(_ code: String) -> String? { Highlighter.highlight(code, language: "json") }

    @Test("Keys are attributes, other strings strings, literals keywords")
    func object() {
        let code = #"{"name": "rtux", "n" : -2.5e3, "ok": [true, false, null], "s": "a\"b"}"#
        let expected = "{" + attr("&quot;name&quot;") + ": " + str("&quot;rtux&quot;") + ", " + attr("&quot;n&quot;")
            + " : " + num("-2.5e3") + ", " + attr("&quot;ok&quot;") + ": [" + kw("true") + ", " + kw("false") + ", "
            + kw("null") + "], " + attr("&quot;s&quot;") + ": " + str(#"&quot;a\&quot;b&quot;"#) + "}"
        #expect(json(code) == expected)
    }

    @Test("A key may have its colon on the next line")
    func keyColonOnNextLine() {
        #expect(json("{\"a\"\n: 1}") == "{" + attr("&quot;a&quot;") + "\n: " + num("1") + "}")
    }

    @Test("An unterminated string stops at the line end")
    func unterminated() {
        #expect(json("[\"abc\n1]") == "[" + str("&quot;abc") + "\n" + num("1") + "]")
    }
}
