import Markup
/// Writes the client-side search index as a script that assigns the data, since `file://` pages cannot fetch JSON (step "search").
struct SearchStep: BuildStep {
    let name = "search"
    /// Enough prose to find a page by what it says, without making the index the size of the site.
    static let textLimit = 1_500

    func run(_ context: inout BuildContext) throws {
        let cache = context.cache
        var whole = StepCache.key("search index")
        var makers: [(key: CacheKey, make: () -> String)] = []
        for page in context.orderedPages {
            let document = context.documents[page.id]
            // The headings and text come from the document, which its fingerprint stands for.
            var key = StepCache.key(name)
            [page.frontMatter.title, page.outputPath, page.challenge.title, page.frontMatter.summary, document?.fingerprint ?? ""].forEach { key.add($0) }
            makers.append((key, {
                entry(title: page.frontMatter.title, path: page.outputPath, group: page.challenge.title, summary: page.frontMatter.summary,
                      headings: (document?.headings ?? []).filter { $0.level <= 3 }.map { ($0.text, $0.anchor) }, text: document?.plainText ?? "")
            }))
        }
        for component in context.componentPages {
            var key = StepCache.key(name)
            [component.name, component.outputPath, component.doc, component.searchText].forEach { key.add($0) }
            makers.append((key, { entry(title: component.name, path: component.outputPath, group: "Components",
                                        summary: component.doc, headings: [], text: component.searchText) }))
        }
        makers.forEach { whole.add($0.key.hex) }
        let make = { () -> OutputFiles in
            let entries = makers.map { maker in cache.map { $0.value(for: maker.key, produce: maker.make) } ?? maker.make() }
            let bytes = Array("window.RTUX_SEARCH_INDEX=[\(entries.joined(separator: ","))];\n".utf8)
            return OutputFiles(files: [OutputFile(path: ContentHash.name("assets/search-index.js", for: bytes), bytes: bytes)])
        }
        // One edit changes one entry; the index is joined and named again only when an entry changed.
        let made = cache.map { $0.value(for: whole, produce: make) } ?? make()
        for file in made.files {
            context.assetPaths["search-index.js"] = file.path
            context.files.append(file)
        }
    }

    /// `{t: title, u: path from the root, g: group, s: summary, h: [[heading, anchor]], x: text}`.
    private func entry(title: String, path: String, group: String, summary: String, headings: [(String, String)], text: String) -> String {
        func json(_ text: some StringProtocol) -> String { JSONWriter.string(.string(String(text))) }
        let pairs = headings.map { "[\(json($0.0)),\(json($0.1))]" }.joined(separator: ",")
        return "{\"t\":\(json(title)),\"u\":\(json(path)),\"g\":\(json(group)),\"s\":\(json(summary))"
            + ",\"h\":[\(pairs)],\"x\":\(json(text.prefix(Self.textLimit)))}"
    }
}
