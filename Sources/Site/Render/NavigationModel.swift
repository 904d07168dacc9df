/// The gallery's structure: challenges in order, each with its overview and its patterns.
struct NavigationModel {
    struct Group {
        var challenge: Challenge
        var overview: Page?
        var patterns: [Page]
    }

    let groups: [Group]
    /// Component names, in library order, for the sidebar's last group and the index.
    let components: [ComponentPage]

    /// A sidebar of more links than this helps nobody, and printing it on every page makes the site
    /// grow with the square of its size; past it, the sidebar links the challenge and the index lists all.
    static let sidebarLimit = 40

    init(pages: [Page], components: [ComponentPage] = []) {
        self.components = components
        groups = Challenge.allCases.compactMap { challenge in
            let members = pages.filter { $0.challenge == challenge }
            guard !members.isEmpty else { return nil }
            return Group(challenge: challenge, overview: members.first(where: \.isOverview), patterns: members.filter { !$0.isOverview })
        }
    }

    func context(root: String) -> [String: Any] {
        var items = groups.map { group -> [String: Any] in
            [
                "title": group.challenge.title,
                "href": group.overview.map { root + $0.outputPath } ?? "",
                "pages": group.patterns.count > Self.sidebarLimit ? []
                    : group.patterns.map { ["title": $0.frontMatter.title, "href": root + $0.outputPath] },
                "count": group.patterns.count,
                "collapsed": group.patterns.count > Self.sidebarLimit,
            ]
        }
        if !components.isEmpty {
            items.append(["title": "Components", "href": root + "components/index.html",
                          "pages": components.map { ["title": $0.name, "href": root + $0.outputPath] }])
        }
        return ["groups": items]
    }

    /// Everything `context(root:)` and `indexContext()` read, for the render cache (cheaper than
    /// hashing the contexts, which hold every page).
    func addInputs(to key: inout CacheKey) {
        key.add(groups.count)
        for group in groups {
            key.add(group.challenge.rawValue)
            [group.overview?.outputPath ?? "no overview", group.overview?.frontMatter.summary ?? ""].forEach { key.add($0) }
            key.add(group.patterns.count)
            for page in group.patterns { [page.frontMatter.title, page.frontMatter.summary, page.outputPath, page.id].forEach { key.add($0) } }
        }
        key.add(components.count)
        for component in components { [component.name, component.doc, component.outputPath].forEach { key.add($0) } }
    }

    func indexContext() -> [String: Any] {
        [
            "components": components.map { ["name": $0.name, "doc": $0.doc, "href": $0.outputPath] },
            "hasComponents": !components.isEmpty,
            "groups": groups.map { group -> [String: Any] in
            [
                "id": group.challenge.rawValue,
                "title": group.challenge.title,
                "href": group.overview?.outputPath ?? "",
                "summary": group.overview?.frontMatter.summary ?? "",
                "patterns": group.patterns.map { ["title": $0.frontMatter.title, "summary": $0.frontMatter.summary, "href": $0.outputPath, "id": $0.id] },
            ]
            },
        ]
    }
}
