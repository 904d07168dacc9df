import Highlight
import Testing

@Suite("Shell")
struct ShellTests {
    private func bash(_ code: String) -> String? { Highlighter.highlight(code, language: "bash") }

    @Test("Comments, keywords in command position, assignments and variables")
    func script() {
        let code = """
            #!/usr/bin/env bash
            set -euo pipefail
            export MIX_ENV=prod
            if [ -n "$HOME" ]; then echo done; fi
            """
        let expected = com("#!/usr/bin/env bash") + "\n" + kw("set") + " -euo pipefail\n" + kw("export") + " "
            + variable("MIX_ENV") + "=prod\n" + kw("if") + " [ -n " + str("&quot;") + variable("$HOME") + str("&quot;")
            + " ]; " + kw("then") + " echo done; " + kw("fi")
        #expect(bash(code) == expected)
    }

    @Test("A # inside a word or a single-quoted string is not a comment")
    func hashInsideWords() {
        #expect(bash("echo a#b 'c # d' # e") == "echo a#b " + str("&#39;c # d&#39;") + " " + com("# e"))
    }

    @Test("for … in …; do … done, with in as a keyword only there")
    func forLoop() {
        #expect(bash("for f in *.ex; do mix format \"$f\"; done") ==
            kw("for") + " f " + kw("in") + " *.ex; " + kw("do") + " mix format " + str("&quot;") + variable("$f")
            + str("&quot;") + "; " + kw("done"))
        #expect(bash("echo for in") == "echo for in")
    }

    @Test("Function definitions, special parameters, ${…} and numbers")
    func functions() {
        #expect(bash("deploy() { sleep 5; echo ${1:-x} $?; }") ==
            fn("deploy") + "() { sleep " + num("5") + "; echo " + variable("${1:-x}") + " " + variable("$?") + "; }")
        #expect(bash("function build {") == kw("function") + " " + fn("build") + " {")
    }

    @Test("Heredoc bodies are strings; the delimiter line is not")
    func heredoc() {
        #expect(bash("cat <<EOF > f\nhi $USER\nEOF\necho") == "cat &lt;&lt;EOF &gt; f\n" + str("hi $USER\n") + "EOF\necho")
        #expect(bash("cat <<-'END'\n\tx\n\tEND\n") == "cat &lt;&lt;-&#39;END&#39;\n" + str("\tx\n") + "\tEND\n")
    }

    @Test("An unterminated heredoc or quote runs to the end")
    func unterminated() {
        #expect(bash("cat <<EOF\nabc") == "cat &lt;&lt;EOF\n" + str("abc"))
        #expect(bash("echo \"abc\nd") == "echo " + str("&quot;abc\nd"))
    }
}

@Suite("Swift")
struct SwiftTests {
    private func swift(_ code: String) -> String? { Highlighter.highlight(code, language: "swift") }

    @Test("Attributes, func names, types, keywords and interpolation")
    func testFunction() {
        let code = #"@Test func greets() async { let s: String = "Hi \(name("a"))!" }"#
        let expected = attr("@Test") + " " + kw("func") + " " + fn("greets") + "() " + kw("async") + " { " + kw("let")
            + " s: " + mod("String") + " = " + str("&quot;Hi ") + punct("\\(") + "name(" + str("&quot;a&quot;") + ")"
            + punct(")") + str("!&quot;") + " }"
        #expect(swift(code) == expected)
    }

    @Test("Raw strings interpolate only with their hashes; multi-line strings span lines")
    func rawAndMultiline() {
        #expect(swift(##"#"a \(b) \#(c)"#"##) == str(#"#&quot;a \(b) "#) + punct(##"\#("##) + "c" + punct(")") + str(#"&quot;#"#))
        #expect(swift("\"\"\"\n  \"x\"\n  \"\"\"") == str("&quot;&quot;&quot;\n  &quot;x&quot;\n  &quot;&quot;&quot;"))
    }

    @Test("Block comments nest; directives and $0 are marked")
    func commentsAndDirectives() {
        #expect(swift("/* a /* b */ c */ x") == com("/* a /* b */ c */") + " x")
        #expect(swift("#expect(xs.map { $0 * 2 } == [1.5e3])") ==
            kw("#expect") + "(xs.map { " + variable("$0") + " * " + num("2") + " } == [" + num("1.5e3") + "])")
    }

    @Test("A backquoted keyword is a plain name")
    func backquotedName() {
        #expect(swift("let `default` = Self.x") == kw("let") + " `default` = " + kw("Self") + ".x")
    }
}
