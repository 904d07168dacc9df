import Highlight
import Testing

@Suite("Elixir")
struct ElixirTests {
    private func elixir(_ code: String) -> String? { Highlighter.highlight(code, language: "elixir") }

    @Test("A LiveView mount: def, function name, atoms, keyword keys, assigns")
    func mount() {
        let code = """
            def mount(_params, _session, socket) do
              {:ok, assign(socket, count: 0)}
            end
            """
        let expected = """
            \(kw("def")) \(fn("mount"))(_params, _session, socket) \(kw("do"))
              {\(atom(":ok")), assign(socket, \(atom("count:")) \(num("0")))}
            \(kw("end"))
            """
        #expect(elixir(code) == expected)
    }

    @Test("Module aliases are one span through the dots; module attributes are variables")
    func moduleAndAttributes() {
        let code = """
            defmodule MyAppWeb.CounterLive do
              use MyAppWeb, :live_view
              alias Phoenix.LiveView.JS
              @impl true
            """
        let expected = """
            \(kw("defmodule")) \(mod("MyAppWeb.CounterLive")) \(kw("do"))
              \(kw("use")) \(mod("MyAppWeb")), \(atom(":live_view"))
              \(kw("alias")) \(mod("Phoenix.LiveView.JS"))
              \(variable("@impl")) \(kw("true"))
            """
        #expect(elixir(code) == expected)
    }

    @Test("Interpolation is Elixir between hl-punct delimiters, nested strings included")
    func interpolation() {
        let code = #""Hi #{@user.name <> "!"}" # greet"#
        let expected = str("&quot;Hi ") + punct("#{") + variable("@user") + ".name &lt;&gt; " + str("&quot;!&quot;")
            + punct("}") + str("&quot;") + " " + com("# greet")
        #expect(elixir(code) == expected)
    }

    @Test("A # inside a string is not a comment, and escapes do not end the string")
    func hashAndEscapesInString() {
        #expect(elixir(#""a # b \" c" <> x"#) == str(#"&quot;a # b \&quot; c&quot;"#) + " &lt;&gt; x")
    }

    @Test("Heredocs run to the closing triple quote")
    func heredoc() {
        let code = "@doc \"\"\"\nSays \"hi\".\n\"\"\"\ndef hi, do: :hi"
        let expected = variable("@doc") + " " + str("&quot;&quot;&quot;\nSays &quot;hi&quot;.\n&quot;&quot;&quot;") + "\n"
            + kw("def") + " " + fn("hi") + ", " + atom("do:") + " " + atom(":hi")
        #expect(elixir(code) == expected)
    }

    @Test("Sigils with their delimiters and modifiers are strings")
    func sigils() {
        #expect(elixir(#"~r/a\/b/i =~ ~w(x y)a"#) == str(#"~r/a\/b/i"#) + " =~ " + str("~w(x y)a"))
        #expect(elixir(#"~s{#{x}}"#) == str("~s{") + punct("#{") + "x" + punct("}") + str("}"))
        #expect(elixir(#"~S(#{x})"#) == str("~S(#{x})"))
    }

    @Test("~H heredocs are highlighted as HEEx, with Elixir back inside braces")
    func heexSigil() {
        let code = """
            ~H\"\"\"
            <p :if={@show}>{@count}</p>
            \"\"\"
            """
        let expected = str("~H&quot;&quot;&quot;") + "\n&lt;" + tag("p") + " " + attr(":if") + "=" + punct("{")
            + variable("@show") + punct("}") + "&gt;" + punct("{") + variable("@count") + punct("}") + "&lt;/"
            + tag("p") + "&gt;\n" + str("&quot;&quot;&quot;")
        #expect(elixir(code) == expected)
    }

    @Test("Atoms: plain, quoted, with ? and !; :: is an operator, not an atom")
    func atoms() {
        #expect(elixir(#"[:ok?, :"a b", x::binary]"#) == "[" + atom(":ok?") + ", " + atom(":&quot;a b&quot;") + ", x::binary]")
    }

    @Test("Keyword keys win over keywords: do: and else: are atoms")
    func keywordKeys() {
        #expect(elixir("if a, do: b, else: c") == kw("if") + " a, " + atom("do:") + " b, " + atom("else:") + " c")
    }

    @Test("Function names after def/defp may end in ? or !; a keyword there stays a keyword")
    func definedNames() {
        #expect(elixir("defp valid?(x)") == kw("defp") + " " + fn("valid?") + "(x)")
        #expect(elixir("def unquote(name)()") == kw("def") + " " + kw("unquote") + "(name)()")
    }

    @Test("Numbers and ?c character literals; a trailing ? belongs to its word")
    func numbers() {
        #expect(elixir("1_000 + 0x1F + 1.5e-3 + ?a + ?\\n") ==
            num("1_000") + " + " + num("0x1F") + " + " + num("1.5e-3") + " + " + num("?a") + " + " + num("?\\n"))
        #expect(elixir("1..10") == num("1") + ".." + num("10"))
        #expect(elixir("empty?") == "empty?")
    }

    @Test("Unterminated strings, heredocs and sigils run to the end without losing text")
    func unterminated() {
        #expect(elixir("x = \"abc\ny") == "x = " + str("&quot;abc\ny"))
        #expect(elixir("~H\"\"\"\n<p>") == str("~H&quot;&quot;&quot;") + "\n&lt;" + tag("p") + "&gt;")
        #expect(elixir("\"#{") == str("&quot;") + punct("#{"))
    }
}
