/// Build-time syntax highlighting of code blocks into escaped HTML with `hl-*` class spans.
///
/// The output is the code with `<` `>` `&` `"` `'` escaped as `&lt;` `&gt;` `&amp;` `&quot;`
/// `&#39;`, and some tokens wrapped in `<span class="hl-…">…</span>`. Spans never nest, and
/// removing them and unescaping gives back the input exactly. The classes form a closed set
/// (see ``HighlightClass``), so a stylesheet can cover them all:
///
/// | class      | meaning                                                                         |
/// |------------|---------------------------------------------------------------------------------|
/// | `hl-kw`    | keyword (`def`, `const`, `fi`), Swift `#if`, CSS at-rule and `!important`, JSON literal |
/// | `hl-str`   | string, charlist, sigil, regex literal, heredoc body, HTML attribute value      |
/// | `hl-num`   | number (with CSS unit), Elixir `?a` character, CSS `#hex` colour                |
/// | `hl-com`   | comment                                                                         |
/// | `hl-atom`  | Elixir atom (`:ok`) and keyword key (`name:`); CSS property name                |
/// | `hl-attr`  | attribute name (HTML/HEEx, Swift `@attr`), JSON key, CSS `.class` `#id` `:pseudo` |
/// | `hl-tag`   | tag name (`div`, `.button`, `:slot`), CSS element selector                      |
/// | `hl-fn`    | function name after `def`/`defp`, `function`, `func`, bash `function`/`name()`  |
/// | `hl-mod`   | Elixir module alias (`Phoenix.LiveView`); capitalised type name in Swift and JS |
/// | `hl-var`   | Elixir assign or module attribute (`@user`); shell `$var` and `NAME=`; Swift `$0` |
/// | `hl-punct` | embedded-code delimiters: HEEx `{` `}` and `<%=` `%>`, `#{` `}`, `${` `}`, `\(` `)` |
///
/// Languages, by the names a fenced code block may carry (matched case-insensitively):
/// `elixir` `ex` `exs`, `heex`, `javascript` `js`, `css`, `html`, `json`, `bash` `sh` `shell`,
/// `swift`. Embedded code is highlighted in its own language: HEEx inside Elixir's `~H"""`,
/// Elixir inside HEEx `{…}` and `<%= … %>`, JavaScript and CSS inside `<script>` and `<style>`.
///
/// Each language is a small hand-written scanner, linear in the input and total: unterminated
/// strings and comments run to the end (single-line ones to the line end), and nesting of
/// embedded code deeper than a fixed cap is left inside its outer token. It is a highlighter,
/// not a parser, so some constructs are coloured by local context only (see the scanners).
public enum Highlighter {
    /// Returns `code` as escaped HTML with highlighted tokens, or `nil` if `language` is unknown.
    public static func highlight(_ code: String, language: String) -> String? {
        guard let language = Language(name: language) else { return nil }
        var scanner = Scanner(source: Array(code.utf8))
        scanner.scan(language)
        return scanner.finish()
    }

    /// Returns `text` with `<` `>` `&` `"` `'` escaped, exactly as `highlight` escapes code.
    public static func escape(_ text: String) -> String {
        HTMLEscape.escape(text)
    }
}

/// The closed set of CSS classes that highlighted HTML uses.
public enum HighlightClass: String, CaseIterable, Sendable {
    case keyword = "hl-kw"
    case string = "hl-str"
    case number = "hl-num"
    case comment = "hl-com"
    case atom = "hl-atom"
    case attribute = "hl-attr"
    case tag = "hl-tag"
    case function = "hl-fn"
    case module = "hl-mod"
    case variable = "hl-var"
    case punctuation = "hl-punct"

    var openTag: [UInt8] { Array("<span class=\"\(rawValue)\">".utf8) }
    static let closeTag: [UInt8] = Array("</span>".utf8)
}

/// A language the highlighter knows, resolved from a code block's name or alias.
enum Language: Sendable {
    case elixir, heex, javascript, css, html, json, bash, swift

    init?(name: String) {
        switch name.lowercased() {
        case "elixir", "ex", "exs": self = .elixir
        case "heex": self = .heex
        case "javascript", "js": self = .javascript
        case "css": self = .css
        case "html": self = .html
        case "json": self = .json
        case "bash", "sh", "shell": self = .bash
        case "swift": self = .swift
        default: return nil
        }
    }
}
