/// The context of `page.mustache`: one pattern page with its table of contents and neighbours.
struct PageModel {
    let page: Page
    let document: MarkdownDocument?
    /// Every page in gallery order, to find related pages by id.
    let pages: [Page]
    /// The pattern pages (no overviews) in gallery order, for previous/next.
    let patterns: [Page]

    func context() -> [String: Any] {
        let root = PageLinks.root(of: page.outputPath)
        let toc = (document?.headings ?? []).filter { $0.level == 2 || $0.level == 3 }
            .map { ["text": $0.text, "anchor": $0.anchor, "nested": $0.level == 3] as [String: Any] }
        var context: [String: Any] = [
            "root": root,
            "title": page.frontMatter.title,
            "summary": page.frontMatter.summary,
            "challenge": page.challenge.title,
            "isOverview": page.isOverview,
            "content": document?.html ?? "",
            "toc": toc,
            "hasToc": !toc.isEmpty,
        ]
        let byID = Dictionary(pages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if let overview = pages.first(where: { $0.isOverview && $0.challenge == page.challenge }), overview.id != page.id {
            context["challengeHref"] = root + overview.outputPath
        }
        let related = page.frontMatter.related.compactMap { byID[$0.id] }.map(link(root: root))
        if !related.isEmpty {
            context["related"] = related
            context["hasRelated"] = true
        }
        if let position = patterns.firstIndex(where: { $0.id == page.id }) {
            if position > 0 { context["previous"] = link(root: root)(patterns[position - 1]) }
            if position + 1 < patterns.count { context["next"] = link(root: root)(patterns[position + 1]) }
            context["hasPager"] = patterns.count > 1
        }
        return context
    }

    private func link(root: String) -> (Page) -> [String: Any] {
        { ["title": $0.frontMatter.title, "summary": $0.frontMatter.summary, "href": root + $0.outputPath] }
    }
}
