import Dispatch
import Highlight

/// Renders every page body through cmark-gfm, then checks its relative links (step "markdown").
struct MarkdownStep: BuildStep {
    let name = "markdown"
    /// Pages the build writes besides the content's (component pages, demo files), so links to them are not broken.
    let otherPages: Set<String>

    func run(_ context: inout BuildContext) throws {
        let renderer = MarkdownRenderer(highlight: { Highlighter.highlight($0, language: $1) })
        let pages = context.pages
        let results = ConcurrentResults<MarkdownDocument>(count: pages.count)
        // cmark-gfm parsers share nothing once the extensions are registered; use every core.
        cmarkRegisterOnce()
        let cache = context.cache
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            // A body and where it starts is all the renderer reads (the highlighter is part of the program).
            var key = StepCache.key(name)
            key.add(pages[index].body)
            key.add(pages[index].bodyFirstLine)
            let render = { renderer.render(pages[index].body, firstLine: pages[index].bodyFirstLine) }
            var document = cache.map { $0.value(for: key, produce: render) } ?? render()
            document.fingerprint = key.hex
            results.set(index, document)
        }
        let known = Set(pages.map(\.outputPath)).union(otherPages)
        for (index, page) in pages.enumerated() {
            guard let document = results.get(index) else { continue }
            context.documents[page.id] = document
            for link in document.links {
                guard let target = LinkTarget.resolve(link.url, from: page.outputPath), !known.contains(target) else { continue }
                context.diagnostics.append(Diagnostic(.warning, path: page.path, line: link.line, message:
                    "broken link '\(link.url)': no page is written at \(target); link to '../<challenge>/<id>.html' of an existing page", step: name))
            }
        }
    }

    private func cmarkRegisterOnce() {
        _ = MarkdownRenderer.registered
    }
}

/// Where a relative link in a page points inside the output folder; nil for links that leave the site or stay on the page.
enum LinkTarget {
    static func resolve(_ url: String, from pagePath: String) -> String? {
        var path = url
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains(":") else { return nil }
        var parts = pagePath.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".", "": continue
            case "..": if parts.isEmpty { return "../" + path } else { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        if path.hasSuffix("/") { parts.append("index.html") }
        return parts.joined(separator: "/")
    }
}
