import Highlight
import Testing

@Suite("HEEx")
struct HEExTests {
    private func heex(_ code: String) -> String? { Highlighter.highlight(code, language: "heex") }

    @Test("Components, phx-* attributes, :if and {…} expressions")
    func component() {
        let code = #"<.button phx-click="inc" :if={@count > 0}>+1</.button>"#
        let expected = "&lt;" + tag(".button") + " " + attr("phx-click") + "=" + str("&quot;inc&quot;") + " "
            + attr(":if") + "=" + punct("{") + variable("@count") + " &gt; " + num("0") + punct("}")
            + "&gt;+1&lt;/" + tag(".button") + "&gt;"
        #expect(heex(code) == expected)
    }

    @Test(":for comprehension, dynamic attributes, and text interpolation with a nested map")
    func forAndRest() {
        let code = "<li :for={item <- @items} {@rest}>{%{a: 1}[:a]}</li>"
        let expected = "&lt;" + tag("li") + " " + attr(":for") + "=" + punct("{") + "item &lt;- " + variable("@items")
            + punct("}") + " " + punct("{") + variable("@rest") + punct("}") + "&gt;" + punct("{") + "%{"
            + atom("a:") + " " + num("1") + "}[" + atom(":a") + "]" + punct("}") + "&lt;/" + tag("li") + "&gt;"
        #expect(heex(code) == expected)
    }

    @Test("Slots, remote components, EEx tags and both comment forms")
    func slotsAndEEx() {
        let code = "<:actions><Layouts.app /></:actions><%= if @ok do %>y<% end %><%!-- a --%><!-- b -->"
        let expected = "&lt;" + tag(":actions") + "&gt;&lt;" + tag("Layouts.app") + " /&gt;&lt;/" + tag(":actions")
            + "&gt;" + punct("&lt;%=") + " " + kw("if") + " " + variable("@ok") + " " + kw("do") + " "
            + punct("%&gt;") + "y" + punct("&lt;%") + " " + kw("end") + " " + punct("%&gt;")
            + com("&lt;%!-- a --%&gt;") + com("&lt;!-- b --&gt;")
        #expect(heex(code) == expected)
    }

    @Test("An EEx tag ends at the first %>, even inside what Elixir would call a string")
    func eexEndsAtFirstClose() {
        #expect(heex(#"<%= "a%>b" %>"#) == punct("&lt;%=") + " " + str("&quot;a") + punct("%&gt;") + "b&quot; %&gt;")
    }

    @Test("Unbalanced braces and stray < in text stay text")
    func strayCharacters() {
        #expect(heex("a < b } c") == "a &lt; b } c")
        #expect(heex("{unclosed") == punct("{") + "unclosed")
    }
}

@Suite("HTML")
struct HTMLTests {
    private func html(_ code: String) -> String? { Highlighter.highlight(code, language: "html") }

    @Test("Tags, quoted and unquoted attribute values, doctype and comments")
    func document() {
        let code = "<!DOCTYPE html>\n<html lang=en><!-- c --><input disabled value='x' /></html>"
        let expected = "&lt;" + tag("!DOCTYPE") + " " + attr("html") + "&gt;\n&lt;" + tag("html") + " " + attr("lang")
            + "=" + str("en") + "&gt;" + com("&lt;!-- c --&gt;") + "&lt;" + tag("input") + " " + attr("disabled") + " "
            + attr("value") + "=" + str("&#39;x&#39;") + " /&gt;&lt;/" + tag("html") + "&gt;"
        #expect(html(code) == expected)
    }

    @Test("Braces are text in plain HTML")
    func bracesAreText() {
        #expect(html("<p>{x}</p>") == "&lt;" + tag("p") + "&gt;{x}&lt;/" + tag("p") + "&gt;")
    }

    @Test("Script contents are JavaScript up to the first </script>, whatever the JavaScript says")
    func script() {
        let code = "<script>let s = \"</script>\"</script>"
        let expected = "&lt;" + tag("script") + "&gt;" + kw("let") + " s = " + str("&quot;") + "&lt;/" + tag("script")
            + "&gt;&quot;&lt;/" + tag("script") + "&gt;"
        #expect(html(code) == expected)
    }

    @Test("Style contents are CSS")
    func style() {
        let code = "<style>.a { color: red }</style>"
        let expected = "&lt;" + tag("style") + "&gt;" + attr(".a") + " { " + atom("color") + ": red }&lt;/" + tag("style") + "&gt;"
        #expect(html(code) == expected)
    }

    @Test("An unclosed tag gives way to the next one")
    func unclosedTag() {
        #expect(html("<a href=\"x\" <b>") == "&lt;" + tag("a") + " " + attr("href") + "=" + str("&quot;x&quot;") + " &lt;" + tag("b") + "&gt;")
    }
}
