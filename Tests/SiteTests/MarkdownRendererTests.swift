import Highlight
import Testing
@testable import Site

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer(highlight: { code, language in
        language == "elixir" ? "<span class=\"hl-test\">\(Highlighter.escape(code))</span>" : nil
    })

    @Test func gfmExtensions() {
        let html = renderer.render("""
        | a | b |
        |---|---|
        | 1 | 2 |

        ~~gone~~ and https://example.com

        - [x] done
        - [ ] open
        """, firstLine: 1).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>1</td>"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"https://example.com\">https://example.com</a>"))
        #expect(html.contains("type=\"checkbox\" checked=\"\" disabled=\"\""))
    }

    @Test func rawHTMLIsKeptButScriptIsFiltered() {
        let html = renderer.render("<kbd>Ctrl</kbd>\n\n<script>alert(1)</script>\n", firstLine: 1).html
        #expect(html.contains("<kbd>Ctrl</kbd>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test func headingsGetStableUniqueAnchors() {
        let document = renderer.render("## Pitfalls\n\ntext\n\n### Use `phx-click`\n\n## Pitfalls\n\n## Search\n", firstLine: 1)
        #expect(document.headings.map(\.anchor) == ["pitfalls", "use-phx-click", "pitfalls-2", "search-2"])
        #expect(document.headings.map(\.text) == ["Pitfalls", "Use phx-click", "Pitfalls", "Search"])
        #expect(document.html.contains("<h3 id=\"use-phx-click\">Use <code>phx-click</code></h3>"))
    }

    @Test func codeBlocksAreHighlightedOrEscaped() {
        let html = renderer.render("```elixir\n<a>\n```\n\n```text\n<b>\n```\n", firstLine: 1).html
        #expect(html.contains("<pre class=\"code\" data-lang=\"elixir\"><code class=\"language-elixir\"><span class=\"hl-test\">&lt;a&gt;\n</span></code></pre>"))
        #expect(html.contains("<pre class=\"code\" data-lang=\"text\"><code class=\"language-text\">&lt;b&gt;\n</code></pre>"))
    }

    @Test func demoDirectivesBecomeMarkersWithFileLines() {
        let document = renderer.render("Intro\n\n```demo\nundo-buffer\nheight: 320\n```\n", firstLine: 8)
        #expect(document.demos == [DemoPlacement(id: "undo-buffer", options: ["height": "320"], line: 10, marker: "<!--rtux-demo-0-->")])
        #expect(document.html.contains("<!--rtux-demo-0-->"))
    }

    @Test func linksCarryTheirFileLine() {
        let document = renderer.render("one\n\nsee [x](../presence/avatar-stack.html) and [y](#top)\n", firstLine: 5)
        #expect(document.links == [.init(url: "../presence/avatar-stack.html", line: 7), .init(url: "#top", line: 7)])
    }

    @Test func plainTextForSearch() {
        let document = renderer.render("## Title\n\nSome *emphasised* `code` text.\n", firstLine: 1)
        #expect(document.plainText.contains("Some emphasised code text."))
    }
}

@Suite struct LinkTargetTests {
    @Test func resolvesRelativeToThePage() {
        #expect(LinkTarget.resolve("../presence/avatar-stack.html#x", from: "latency/undo-buffer.html") == "presence/avatar-stack.html")
        #expect(LinkTarget.resolve("dual-state.html", from: "latency/undo-buffer.html") == "latency/dual-state.html")
        #expect(LinkTarget.resolve("../loading/", from: "latency/x.html") == "loading/index.html")
        #expect(LinkTarget.resolve("#anchor", from: "latency/x.html") == nil)
        #expect(LinkTarget.resolve("https://hexdocs.pm", from: "latency/x.html") == nil)
        #expect(LinkTarget.resolve("mailto:a@b.c", from: "latency/x.html") == nil)
    }
}
