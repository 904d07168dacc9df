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

    /// The `rtux add` line a component page or demo frame shows beside the snippets (docs/registry.md),
    /// as a code block, so it has its own Copy button.
    static func addLine(component name: String) -> String { html("rtux add \(name) --app .", language: "bash") }

    static func addLine(demo id: String) -> String { html("rtux add --demo \(id) --app .", language: "bash") }
}
