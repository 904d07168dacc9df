/// The context of `page.mustache`: one pattern page with its table of contents and neighbours.
struct PageModel {
    /// What every page's context looks things up in, computed once per build rather than once per page.
    struct Site: Sendable {
        let byID: [String: Page]
        let overviews: [Challenge: Page]
        /// The pattern pages (no overviews) in gallery order, for previous/next.
        let patterns: [Page]
        let patternPosition: [String: Int]

        init(pages: [Page]) {
            byID = Dictionary(pages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            overviews = Dictionary(pages.filter(\.isOverview).map { ($0.challenge, $0) }, uniquingKeysWith: { first, _ in first })
            patterns = pages.filter { !$0.isOverview }
            patternPosition = Dictionary(patterns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    let page: Page
    let document: MarkdownDocument?
    let site: Site

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
        if let overview = site.overviews[page.challenge], overview.id != page.id {
            context["challengeHref"] = root + overview.outputPath
        }
        let related = page.frontMatter.related.compactMap { site.byID[$0.id] }.map { link($0, root: root) }
        if !related.isEmpty {
            context["related"] = related
            context["hasRelated"] = true
        }
        if let position = site.patternPosition[page.id] {
            if position > 0 { context["previous"] = link(site.patterns[position - 1], root: root) }
            if position + 1 < site.patterns.count { context["next"] = link(site.patterns[position + 1], root: root) }
            context["hasPager"] = site.patterns.count > 1
        }
        return context
    }

    /// Everything `context()` reads, for the render cache: the page's own fields, its document's
    /// fingerprint (standing for the HTML, headings and contents) and the pages it links to.
    func addInputs(to key: inout CacheKey) {
        let fields = [page.outputPath, page.frontMatter.title, page.frontMatter.summary, page.challenge.title, page.isOverview ? "overview" : "pattern",
                      document?.fingerprint ?? "no document"]
        fields.forEach { key.add($0) }
        let overview = site.overviews[page.challenge].flatMap { $0.id == page.id ? nil : $0 }
        addLink(overview, to: &key)
        let related = page.frontMatter.related.compactMap { site.byID[$0.id] }
        key.add(related.count)
        related.forEach { addLink($0, to: &key) }
        let position = site.patternPosition[page.id]
        addLink(position.flatMap { $0 > 0 ? site.patterns[$0 - 1] : nil }, to: &key)
        addLink(position.flatMap { $0 + 1 < site.patterns.count ? site.patterns[$0 + 1] : nil }, to: &key)
        key.add(position == nil ? "no pager" : site.patterns.count > 1 ? "pager" : "alone")
    }

    private func addLink(_ target: Page?, to key: inout CacheKey) {
        guard let target else { return key.add("none") }
        [target.frontMatter.title, target.frontMatter.summary, target.outputPath].forEach { key.add($0) }
    }

    private func link(_ target: Page, root: String) -> [String: Any] {
        ["title": target.frontMatter.title, "summary": target.frontMatter.summary, "href": root + target.outputPath]
    }
}
