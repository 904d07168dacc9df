/// Writes the client-side search index as a script that assigns the data, since `file://` pages cannot fetch JSON (step "search").
struct SearchStep: BuildStep {
    let name = "search"
    /// Enough prose to find a page by what it says, without making the index the size of the site.
    static let textLimit = 1_500

    func run(_ context: inout BuildContext) throws {
        var script = "window.RTUX_SEARCH_INDEX=["
        for (index, page) in context.orderedPages.enumerated() {
            let document = context.documents[page.id]
            let headings = (document?.headings ?? []).filter { $0.level <= 3 }
                .map { "[\(JSONText.string($0.text)),\(JSONText.string($0.anchor))]" }.joined(separator: ",")
            let text = String((document?.plainText ?? "").prefix(Self.textLimit))
            if index > 0 { script += "," }
            script += "{\"t\":\(JSONText.string(page.frontMatter.title)),\"u\":\(JSONText.string(page.outputPath))"
            script += ",\"g\":\(JSONText.string(page.challenge.title)),\"s\":\(JSONText.string(page.frontMatter.summary))"
            script += ",\"h\":[\(headings)],\"x\":\(JSONText.string(text))}"
        }
        script += "];\n"
        let bytes = Array(script.utf8)
        let path = ContentHash.name("assets/search-index.js", for: bytes)
        context.assetPaths["search-index.js"] = path
        context.files.append(OutputFile(path: path, bytes: bytes))
    }
}
