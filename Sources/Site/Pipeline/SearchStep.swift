import Markup
/// Writes the client-side search index as a script that assigns the data, since `file://` pages cannot fetch JSON (step "search").
struct SearchStep: BuildStep {
    let name = "search"
    /// Enough prose to find a page by what it says, without making the index the size of the site.
    static let textLimit = 1_500

    func run(_ context: inout BuildContext) throws {
        var entries: [String] = []
        for page in context.orderedPages {
            let document = context.documents[page.id]
            let make = {
                entry(title: page.frontMatter.title, path: page.outputPath, group: page.challenge.title, summary: page.frontMatter.summary,
                      headings: (document?.headings ?? []).filter { $0.level <= 3 }.map { ($0.text, $0.anchor) }, text: document?.plainText ?? "")
            }
            // The headings and text come from the document, which its fingerprint stands for.
            var key = StepCache.key(name)
            key.add(context: [page.frontMatter.title, page.outputPath, page.challenge.title, page.frontMatter.summary, document?.fingerprint ?? ""])
            entries.append(context.cache.map { $0.value(for: key, produce: make) } ?? make())
        }
        for component in context.componentPages {
            entries.append(entry(title: component.name, path: component.outputPath, group: "Components",
                                 summary: component.doc, headings: [], text: component.searchText))
        }
        let bytes = Array("window.RTUX_SEARCH_INDEX=[\(entries.joined(separator: ","))];\n".utf8)
        let path = ContentHash.name("assets/search-index.js", for: bytes)
        context.assetPaths["search-index.js"] = path
        context.files.append(OutputFile(path: path, bytes: bytes))
    }

    /// `{t: title, u: path from the root, g: group, s: summary, h: [[heading, anchor]], x: text}`.
    private func entry(title: String, path: String, group: String, summary: String, headings: [(String, String)], text: String) -> String {
        func json(_ text: some StringProtocol) -> String { JSONWriter.string(.string(String(text))) }
        let pairs = headings.map { "[\(json($0.0)),\(json($0.1))]" }.joined(separator: ",")
        return "{\"t\":\(json(title)),\"u\":\(json(path)),\"g\":\(json(group)),\"s\":\(json(summary))"
            + ",\"h\":[\(pairs)],\"x\":\(json(text.prefix(Self.textLimit)))}"
    }
}
