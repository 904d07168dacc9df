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
        let results = ConcurrentResults<(document: MarkdownDocument, targets: [String?])>(count: pages.count)
        // cmark-gfm parsers share nothing once the extensions are registered; use every core.
        cmarkRegisterOnce()
        let cache = context.cache
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            // A body and where it starts is all the renderer reads (the highlighter is part of the program).
            var key = StepCache.key(name)
            if page.sourceFingerprint.isEmpty {
                key.add(page.body)
                key.add(page.bodyFirstLine)
            } else {
                key.add(page.sourceFingerprint)
            }
            let render = { renderer.render(page.body, firstLine: page.bodyFirstLine) }
            var document = cache.map { $0.value(for: key, produce: render) } ?? render()
            document.fingerprint = key.hex
            // Where each link points depends on the links and the page's place, not on the other pages.
            var linksKey = StepCache.key("link targets")
            linksKey.add(context: [document.fingerprint, page.outputPath])
            let resolve = { [document] in document.links.map { LinkTarget.resolve($0.url, from: page.outputPath) } }
            results.set(index, (document, cache.map { $0.value(for: linksKey, produce: resolve) } ?? resolve()))
        }
        let known = Set(pages.map(\.outputPath)).union(otherPages)
        for (index, page) in pages.enumerated() {
            guard let (document, targets) = results.get(index) else { continue }
            context.documents[page.id] = document
            for (link, target) in zip(document.links, targets) {
                guard let target, !known.contains(target) else { continue }
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
