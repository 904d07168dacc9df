/// The printed demo catalog kept beside the output (`.catalog` in the tool cache's folder): it
/// depends on nothing but the program, yet printing 46 demos' snippets was a tenth of a warm
/// `rtux build`. Read back only by the program that wrote it (the step cache's program key).
enum DemoCatalogCache {
    static let fileName = ".catalog"

    /// The catalog from `folder`'s file when this program wrote it, else `make()`'s, written there.
    static func catalog(in folder: String, make: () throws -> DemoCatalog) rethrows -> DemoCatalog {
        let file = FileSystem.join(folder, fileName)
        if let bytes = try? FileSystem.readBytes(file), let catalog = decode(bytes) { return catalog }
        let catalog = try make()
        FileSystem.replace(file, with: encode(catalog))
        return catalog
    }

    static func encode(_ catalog: DemoCatalog) -> [UInt8] {
        var writer = PackWriter()
        writer.string(StepCache.programKey)
        writer.int(catalog.entries.count)
        for entry in catalog.entries {
            writer.strings([entry.id, entry.title, entry.documentJSON])
            writer.strings(entry.classTokens)
            writer.int(entry.snippets.count)
            for snippet in entry.snippets { writer.strings([snippet.format, snippet.label, snippet.language, snippet.text]) }
        }
        writer.int(catalog.pairs.count)
        for pair in catalog.pairs { writer.strings([pair.bad, pair.good, pair.failure, pair.remedy, pair.scriptJSON]) }
        return writer.bytes
    }

    /// Nil for another program's file, or one that does not read back whole.
    static func decode(_ bytes: [UInt8]) -> DemoCatalog? {
        var reader = PackReader(bytes)
        guard reader.string() == StepCache.programKey, let count = reader.int(), count >= 0, count <= bytes.count else { return nil }
        var entries: [DemoEntry] = []
        for _ in 0..<count {
            guard let head = reader.strings(), head.count == 3, let classes = reader.strings(),
                  let snippetCount = reader.int(), snippetCount >= 0, snippetCount <= bytes.count else { return nil }
            var snippets: [DemoEntry.Snippet] = []
            for _ in 0..<snippetCount {
                guard let s = reader.strings(), s.count == 4 else { return nil }
                snippets.append(.init(format: s[0], label: s[1], language: s[2], text: s[3]))
            }
            entries.append(DemoEntry(id: head[0], title: head[1], documentJSON: head[2], classTokens: classes, snippets: snippets))
        }
        guard let pairCount = reader.int(), pairCount >= 0, pairCount <= bytes.count else { return nil }
        var pairs: [PairEntry] = []
        for _ in 0..<pairCount {
            guard let p = reader.strings(), p.count == 5 else { return nil }
            pairs.append(PairEntry(bad: p[0], good: p[1], failure: p[2], remedy: p[3], scriptJSON: p[4]))
        }
        return reader.atEnd ? DemoCatalog(entries: entries, pairs: pairs) : nil
    }
}

extension DemoCatalog {
    /// `library()`, kept in the cache folder beside `output` (the one `rtux build` uses) and read
    /// back while the program is the same.
    public static func library(cachedBeside output: String) throws -> DemoCatalog {
        try DemoCatalogCache.catalog(in: OutputFolder.cachePath(for: output)) { try library() }
    }
}
