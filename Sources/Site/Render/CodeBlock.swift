import Highlight

/// A highlighted `<pre>` whose text content is exactly the code, so Copy copies what `rtux snippet` prints.
enum CodeBlock {
    static func html(_ code: String, language: String,
                     highlight: (String, String) -> String? = { Highlighter.highlight($0, language: $1) }) -> String {
        guard !language.isEmpty else { return "<pre class=\"code\"><code>\(Highlighter.escape(code))</code></pre>" }
        let name = Highlighter.escape(language)
        let body = highlight(code, language.lowercased()) ?? Highlighter.escape(code)
        return "<pre class=\"code\" data-lang=\"\(name)\"><code class=\"language-\(name)\">\(body)</code></pre>"
    }
}
