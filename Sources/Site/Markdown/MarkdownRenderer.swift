import Highlight
import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown to HTML through cmark-gfm with the GFM extensions (step "markdown").
///
/// Headings, code blocks and demo directives are rewritten in the tree before rendering:
/// headings get anchor ids, code is highlighted at build time, demo blocks become markers.
struct MarkdownRenderer: Sendable {
    /// Highlights a code block; nil means "no highlighter for this language", and the code is escaped plain.
    var highlight: @Sendable (_ code: String, _ language: String) -> String?

    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// Raw HTML is kept (the tagfilter extension still neutralises `<script>` and friends).
    private var options: Int32 { CMARK_OPT_UNSAFE | CMARK_OPT_GITHUB_PRE_LANG }

    /// Registration is global and not thread-safe: done once, before any parser runs.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    func render(_ markdown: String, firstLine: Int) -> MarkdownDocument {
        _ = Self.registered
        guard let parser = cmark_parser_new(options) else {
            return MarkdownDocument(html: Highlighter.escape(markdown), headings: [], links: [], demos: [], plainText: markdown)
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let root = cmark_parser_finish(parser) else {
            return MarkdownDocument(html: Highlighter.escape(markdown), headings: [], links: [], demos: [], plainText: markdown)
        }
        defer { cmark_node_free(root) }

        var walk = TreeWalk(lineOffset: firstLine - 1, highlight: highlight)
        walk.collect(root)
        walk.rewrite()
        let extensions = cmark_parser_get_syntax_extensions(parser)
        var html = ""
        if let rendered = cmark_render_html(root, options, extensions) {
            html = String(cString: rendered)
            free(rendered)
        }
        return MarkdownDocument(html: html, headings: walk.headings, links: walk.links, demos: walk.demos,
                                plainText: walk.plainText)
    }
}

/// One pass over the tree to collect what needs rewriting, then the rewrites (never both at once:
/// replacing nodes while iterating would invalidate the iterator).
private struct TreeWalk {
    let lineOffset: Int
    let highlight: @Sendable (String, String) -> String?
    var headings: [MarkdownDocument.Heading] = []
    var links: [MarkdownDocument.Link] = []
    var demos: [DemoPlacement] = []
    var plainText = ""
    private var headingNodes: [OpaquePointer] = []
    private var codeNodes: [OpaquePointer] = []
    private var anchors = AnchorNamer()

    init(lineOffset: Int, highlight: @escaping @Sendable (String, String) -> String?) {
        self.lineOffset = lineOffset
        self.highlight = highlight
    }

    mutating func collect(_ root: OpaquePointer) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING: headingNodes.append(node)
            case CMARK_NODE_CODE_BLOCK: codeNodes.append(node)
            case CMARK_NODE_LINK:
                links.append(.init(url: string(cmark_node_get_url(node)), line: line(of: node)))
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                plainText += string(cmark_node_get_literal(node))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                plainText += " "
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_ITEM:
                if !plainText.isEmpty, !plainText.hasSuffix(" ") { plainText += " " }
            default: break
            }
        }
    }

    mutating func rewrite() {
        for node in headingNodes { rewriteHeading(node) }
        for node in codeNodes { rewriteCode(node) }
    }

    private mutating func rewriteHeading(_ node: OpaquePointer) {
        let level = Int(cmark_node_get_heading_level(node))
        let text = inlineText(node)
        let anchor = anchors.anchor(for: text)
        headings.append(.init(level: level, text: text, anchor: anchor))
        var inner = ""
        if let rendered = cmark_render_html(node, CMARK_OPT_UNSAFE, nil) {
            inner = String(cString: rendered)
            free(rendered)
        }
        inner = stripOuterTag(inner, tag: "h\(level)")
        let html = "<h\(level) id=\"\(anchor)\">\(inner)</h\(level)>"
        replace(node, withHTML: html)
    }

    private mutating func rewriteCode(_ node: OpaquePointer) {
        let info = string(cmark_node_get_fence_info(node)).trimmingSpaces
        let language = info.split(separator: " ").first.map(String.init) ?? ""
        let code = string(cmark_node_get_literal(node))
        if language == "demo" {
            let marker = "<!--rtux-demo-\(demos.count)-->"
            demos.append(DemoDirective.parse(code, line: line(of: node), marker: marker))
            replace(node, withHTML: marker)
            return
        }
        replace(node, withHTML: CodeBlock.html(code, language: language, highlight: highlight))
    }

    private func replace(_ node: OpaquePointer, withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { return }
        _ = cmark_node_set_literal(block, html)
        if cmark_node_replace(node, block) == 1 {
            cmark_node_free(node)
        } else {
            cmark_node_free(block)
        }
    }

    /// The text of a heading's inline content, for its anchor and the table of contents.
    private func inlineText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE { text += string(cmark_node_get_literal(child)) }
        }
        return text
    }

    /// Inline nodes carry no reliable position in cmark-gfm, so a link is placed on its block's line.
    private func line(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return line + lineOffset }
            current = cmark_node_parent(candidate)
        }
        return lineOffset + 1
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private func stripOuterTag(_ html: String, tag: String) -> String {
        var html = html[...]
        while html.last == "\n" { html.removeLast() }
        if html.hasPrefix("<\(tag)>") { html.removeFirst(tag.count + 2) }
        if html.hasSuffix("</\(tag)>") { html.removeLast(tag.count + 3) }
        return String(html)
    }
}

/// Gives each heading an anchor from its text, numbering repeats (`pitfalls`, `pitfalls-2`).
struct AnchorNamer {
    /// Ids the layout uses itself; a heading named "Search" must not take them.
    static let reserved = ["search", "search-results", "search-status", "theme-toggle", "main", "rtux-toc", "rtux-related"]
    private var used: [String: Int] = Dictionary(uniqueKeysWithValues: reserved.map { ($0, 1) })

    mutating func anchor(for text: String) -> String {
        let base = PageID.kebabCased(text)
        let count = (used[base] ?? 0) + 1
        used[base] = count
        return count == 1 ? base : "\(base)-\(count)"
    }
}
