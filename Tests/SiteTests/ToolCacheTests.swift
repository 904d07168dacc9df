import Foundation
import Testing
@testable import Site

@Suite struct ToolCacheTests {
    func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-cache-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func tailwindKeyFollowsEverySourcedFileAndRefusesWhatItCannotFollow() throws {
        let root = try folder([
            "t/assets/css/app.css": "@import \"tailwindcss\" source(none);\n@source \"../../*.mustache\";\n",
            "t/layout.mustache": "<div class=\"flex\"></div>",
        ])
        let input = root.appendingPathComponent("t/assets/css/app.css").path
        let key = { TailwindRun.cacheKey("/bin/true", input: input, classes: ["grid"], extraCSS: "")?.hex }
        let first = try #require(key())
        #expect(key() == first, "same inputs, same key")
        #expect(TailwindRun.cacheKey("/bin/true", input: input, classes: ["grid", "p-4"], extraCSS: "")?.hex != first)
        try Data("<div class=\"grid\"></div>".utf8).write(to: root.appendingPathComponent("t/layout.mustache"))
        #expect(key() != first, "a changed template changes the key")
        try Data("@import \"tailwindcss\";\n@plugin \"x\";\n".utf8).write(to: URL(fileURLWithPath: input))
        #expect(key() == nil, "a plugin is an input the key cannot follow")
    }

    @Test func outputsAreReusedAndUnusedOnesDropped() throws {
        let root = try folder([:])
        let cache = ToolCache(directory: root.appendingPathComponent("cache").path)
        var runs = 0
        let produce = { () -> [UInt8] in runs += 1; return Array("out".utf8) }
        #expect(try cache.output(for: CacheKey("a"), produce: produce) == Array("out".utf8))
        #expect(try cache.output(for: CacheKey("a"), produce: produce) == Array("out".utf8))
        #expect(runs == 1)
        _ = try cache.output(for: nil, produce: produce)
        #expect(runs == 2, "no key, no caching")
        let next = ToolCache(directory: cache.directory)
        _ = try next.output(for: CacheKey("b"), produce: produce)
        next.dropUnused()
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory) == [CacheKey("b").hex])
    }

    @Test func aCachedBuildStillSeesAChangedTemplate() throws {
        let templates = Fixture.repository.appendingPathComponent("Templates")
        let fixture = try Fixture(["Content/latency/a.md": Fixture.page(id: "a")])
        // A copy of the templates this test may edit.
        let copy = fixture.root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: templates, to: copy)
        var options = fixture.options()
        options.templatesDirectory = copy.path
        options.cache = true
        let builder = SiteBuilder(options: options, tools: .locate(environment: ProcessInfo.processInfo.environment), components: [])
        _ = try builder.build()
        let cacheFolder = OutputFolder.cachePath(for: options.outputDirectory)
        let entries = try FileManager.default.contentsOfDirectory(atPath: cacheFolder).sorted()
        #expect(!entries.isEmpty)
        _ = try builder.build()
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheFolder).sorted() == entries, "nothing changed, nothing new")
        let layout = copy.appendingPathComponent("index.mustache")
        try (try String(contentsOf: layout, encoding: .utf8) + "<p class=\"tracking-widest\"></p>\n").write(to: layout, atomically: true, encoding: .utf8)
        _ = try builder.build()
        let assets = try FileManager.default.contentsOfDirectory(atPath: fixture.path("output/assets"))
        let css = try #require(assets.first { $0.hasPrefix("app.") }.flatMap { fixture.read("output/assets/\($0)") })
        #expect(css.contains(".tracking-widest"), "the edited template's class reached the stylesheet")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheFolder).count == entries.count, "the stale stylesheet was dropped")
    }
}
