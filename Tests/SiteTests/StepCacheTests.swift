import Components
import Foundation
import Testing
@testable import Site

/// The step cache (issue 14, incremental rebuilds) must never change what a build makes: a warm
/// build after an edit writes the same bytes as a cold build of the edited input.
@Suite struct StepCacheTests {
    static let pages: [String: String] = [
        "Content/latency/latency.md": Fixture.page(id: "latency", title: "Latency", body: "See [undo](undo-buffer.html).\n\n```demo\nundo-buffer\nmatrix: 0,300\n```\n"),
        "Content/latency/undo-buffer.md": Fixture.page(id: "undo-buffer", title: "Undo window", related: ["avatar-stack"],
            body: "## The problem\n\nLink to [presence](../presence/avatar-stack.html).\n\n```demo\nundo-buffer\nlatency: 300\n```\n\n```elixir\ndef x, do: :ok\n```\n"),
        "Content/latency/third.md": Fixture.page(id: "third", title: "Third", body: "## Heading\n\nProse to find.\n"),
        "Content/presence/avatar-stack.md": Fixture.page(id: "avatar-stack", challenge: "presence", title: "Who is here",
            body: "```demo\nfull-page-spinner\npair: skeletons\n```\n"),
    ]
    /// One page's body and title change: its Markdown, its render, the search index, its neighbours' pager and the index.
    static let edit = ["Content/latency/third.md": Fixture.page(id: "third", title: "A renamed third", body: "## Another heading\n\nNew prose.\n")]

    static func catalog() throws -> DemoCatalog {
        let library = try DemoCatalog.library()
        let ids: Set = ["undo-buffer", "full-page-spinner", "skeletons"]
        return DemoCatalog(entries: library.entries.filter { ids.contains($0.id) },
                           pairs: library.pairs.filter { ids.contains($0.bad) && ids.contains($0.good) })
    }

    static func builder(_ fixture: Fixture, cache: Bool, stepCache: StepCache? = nil) throws -> SiteBuilder {
        var options = fixture.options()
        options.cache = cache
        return SiteBuilder(options: options, tools: .locate(environment: ProcessInfo.processInfo.environment), demos: try catalog(),
                           components: Array(ComponentLibrary.all.prefix(2)), stepCache: stepCache)
    }

    /// A cold build of the edited input, with no cache of any kind.
    static func reference() throws -> (Fixture, [String: Data]) {
        let fixture = try Fixture(pages.merging(edit) { _, new in new })
        _ = try builder(fixture, cache: false).build()
        return (fixture, fixture.snapshot("output"))
    }

    @Test func aWarmBuildAfterAnEditWritesWhatAColdBuildOfTheEditWrites() throws {
        let fixture = try Fixture(Self.pages)
        let builder = try Self.builder(fixture, cache: true)
        _ = try builder.build()
        let before = fixture.snapshot("output")
        try fixture.write(Self.edit)
        _ = try builder.build()
        let (_, expected) = try Self.reference()
        let warm = fixture.snapshot("output")
        #expect(warm.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected { #expect(warm[path] == bytes, "\(path) differs from a cold build") }
        #expect(warm != before, "the edit reached the output")
        #expect(FileSystem.exists(FileSystem.join(OutputFolder.cachePath(for: fixture.path("output")), StepCache.fileName)))
    }

    @Test func aServedRebuildReusesEverythingTheEditDidNotTouch() throws {
        let fixture = try Fixture(Self.pages)
        let cache = StepCache()
        let builder = try Self.builder(fixture, cache: true, stepCache: cache)
        _ = try builder.render()
        let coldMisses = cache.misses
        _ = try builder.render()
        #expect(cache.misses == 0, "nothing changed, nothing made again")
        try fixture.write(Self.edit)
        let warm = try builder.render()
        #expect(cache.hits > 0)
        // The edited page: front matter, Markdown, search entry, its render, and the pages whose
        // pager, sidebar or index list name it; never the demo files, registry or components.
        #expect(cache.misses > 0 && cache.misses < coldMisses / 2, "\(cache.misses) of \(coldMisses) remade")
        let (_, expected) = try Self.reference()
        #expect(Set(warm.files.keys) == Set(expected.keys).subtracting([OutputFolder.markerName]))
        for (path, bytes) in warm.files { #expect(expected[path] == Data(bytes), "\(path) differs from a cold build") }
    }

    @Test func aWarmBuildAppendsWhatItMadeAndOneThatMadeNothingLeavesTheFileAlone() throws {
        let fixture = try Fixture(Self.pages)
        let builder = try Self.builder(fixture, cache: true)
        let file = FileSystem.join(OutputFolder.cachePath(for: fixture.path("output")), StepCache.fileName)
        _ = try builder.build()
        let cold = try FileSystem.readBytes(file)
        let inode = { try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int }
        let coldInode = try inode()
        _ = try builder.build()
        #expect(try FileSystem.readBytes(file) == cold, "nothing made, nothing written")
        #expect(try inode() == coldInode, "not replaced by a rewrite either")
        try fixture.write(Self.edit)
        _ = try builder.build()
        let warm = try FileSystem.readBytes(file)
        #expect(warm.count > cold.count && Array(warm.prefix(cold.count)) == cold, "the edit's values appended")
        // A build that stopped while appending leaves a cut-off entry: the file is read up to it.
        try Data(warm.dropLast(3)).write(to: URL(fileURLWithPath: file))
        try fixture.write(Self.pages)
        _ = try builder.build()
        try fixture.write(Self.edit)
        _ = try builder.build()
        let (_, expected) = try Self.reference()
        #expect(fixture.snapshot("output") == expected)
    }

    @Test func aCorruptCacheFileIsIgnored() throws {
        let fixture = try Fixture(Self.pages.merging(Self.edit) { _, new in new })
        let file = FileSystem.join(OutputFolder.cachePath(for: fixture.path("output")), StepCache.fileName)
        try FileManager.default.createDirectory(atPath: OutputFolder.cachePath(for: fixture.path("output")), withIntermediateDirectories: true)
        try Data("rtux step cache 1\n\u{7}garbage".utf8).write(to: URL(fileURLWithPath: file))
        _ = try Self.builder(fixture, cache: true).build()
        let (_, expected) = try Self.reference()
        #expect(fixture.snapshot("output") == expected)
    }

    @Test func packedDocumentsReadBackWhole() {
        let document = MarkdownDocument(html: "<h2 id=\"a\">A</h2><!--rtux-demo-0-->", headings: [.init(level: 2, text: "A", anchor: "a")],
                                        links: [.init(url: "../x.html", line: 4)],
                                        demos: [DemoPlacement(id: "undo-buffer", options: ["latency": "300", "height": "400"], line: 7, marker: "<!--rtux-demo-0-->")],
                                        plainText: "A text")
        var writer = PackWriter()
        document.pack(&writer)
        var reader = PackReader(writer.bytes)
        let back = MarkdownDocument.unpack(&reader)
        #expect(back?.html == document.html && back?.headings == document.headings && back?.links == document.links
                && back?.demos == document.demos && back?.plainText == document.plainText)
        var short = PackReader(Array(writer.bytes.dropLast(3)))
        #expect(MarkdownDocument.unpack(&short) == nil, "a cut entry is no entry")
    }
}

@Suite struct PackedPageTests {
    @Test func aParsedPageReadsBackWhole() throws {
        let file = SourceFile(path: "Content/latency/a.md", text: Fixture.page(id: "a", related: ["b"], body: "Body.\n"))
        let page = try FrontMatterParser.parse(file).get()
        var writer = PackWriter()
        ParsedPage(result: .success(page)).pack(&writer)
        var reader = PackReader(writer.bytes)
        let back = try #require(try ParsedPage.unpack(&reader)?.result.get())
        #expect(back.frontMatter == page.frontMatter && back.path == page.path && back.body == page.body && back.bodyFirstLine == page.bodyFirstLine)

        let broken = SourceFile(path: "Content/latency/b.md", text: "---\nid: b\nsumary: x\n---\n")
        guard case .failure(let failure) = FrontMatterParser.parse(broken) else { Issue.record("expected a failure"); return }
        var failed = PackWriter()
        ParsedPage(result: .failure(failure)).pack(&failed)
        var failedReader = PackReader(failed.bytes)
        guard case .failure(let readBack)? = ParsedPage.unpack(&failedReader)?.result else { Issue.record("expected the failure back"); return }
        #expect(readBack.diagnostics == failure.diagnostics)
    }
}
