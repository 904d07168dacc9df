import Foundation
import Mustache
import Testing
@testable import Site

/// Each step alone, on values made in the test: no Content/ folder involved.
@Suite struct RenderStepTests {
    func page(_ id: String, _ challenge: Challenge, order: Double = 0, related: [String] = []) -> Page {
        Page(path: "Content/\(challenge)/\(id).md",
             frontMatter: FrontMatter(id: id, title: "T-\(id)", challenge: challenge, summary: "S-\(id)", order: order,
                                      related: related.map { .init(id: $0, line: 1, column: 1) }),
             body: "", bodyFirstLine: 1)
    }

    func context() throws -> BuildContext {
        var context = BuildContext(options: BuildOptions(), demos: DemoCatalog())
        let templates = [
            "layout": "<title>{{title}}</title>[{{root}}|{{stylesheet}}]{{{nav}}}{{{body}}}",
            "page": "<h1>{{title}}</h1>{{#challengeHref}}<a class=up href=\"{{challengeHref}}\"></a>{{/challengeHref}}{{{content}}}{{#related}}<a class=rel href=\"{{href}}\">{{title}}</a>{{/related}}{{#previous}}<a rel=prev href=\"{{href}}\"></a>{{/previous}}{{#next}}<a rel=next href=\"{{href}}\"></a>{{/next}}",
            "index": "{{#groups}}<h2>{{title}}</h2>{{#patterns}}<a href=\"{{href}}\">{{title}}</a>{{/patterns}}{{/groups}}",
            "nav": "{{#groups}}{{#pages}}<a href=\"{{href}}\">{{title}}</a>{{/pages}}{{/groups}}",
        ]
        for (name, text) in templates {
            context.theme.library.register(try MustacheTemplate(string: text), named: name)
        }
        context.pages = [page("latency", .latency), page("b", .latency, order: 2), page("a", .latency, order: 1, related: ["c"]),
                         page("c", .presence, order: 1)]
        context.documents["a"] = MarkdownDocument(html: "<p>x &amp; y</p>", headings: [], links: [], demos: [], plainText: "")
        context.assetPaths["app.css"] = "assets/app.123.css"
        return context
    }

    @Test func pagesGetRelativeLinksNeighboursAndTheCurrentMark() throws {
        var context = try context()
        try RenderStep().run(&context)
        let files = Dictionary(uniqueKeysWithValues: context.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(files.keys.sorted() == ["index.html", "latency/a.html", "latency/b.html", "latency/index.html", "presence/c.html"])
        #expect(files["latency/a.html"] == """
        <title>T-a</title>[../|../assets/app.123.css]<a href="../latency/a.html" aria-current="page">T-a</a><a href="../latency/b.html">T-b</a>\
        <a href="../presence/c.html">T-c</a><h1>T-a</h1><a class=up href="../latency/index.html"></a><p>x &amp; y</p>\
        <a class=rel href="../presence/c.html">T-c</a><a rel=next href="../latency/b.html"></a>
        """)
        #expect(files["index.html"]?.hasPrefix("<title>Real-time UX patterns for Phoenix LiveView</title>[|assets/app.123.css]") == true)
        #expect(files["index.html"]?.contains("<h2>Latency</h2><a href=\"latency/a.html\">T-a</a><a href=\"latency/b.html\">T-b</a><h2>Presence</h2>") == true)
        #expect(files["presence/c.html"]?.contains("<a rel=prev href=\"../latency/b.html\"></a>") == true)
    }

    @Test func titlesAreEscapedByTheTemplates() throws {
        var context = try context()
        context.pages[1].frontMatter.title = "<b>&</b>"
        try RenderStep().run(&context)
        let html = try #require(context.files.first { $0.path == "latency/b.html" }).bytes
        let text = String(decoding: html, as: UTF8.self)
        #expect(text.contains("<h1>&lt;b&gt;&amp;&lt;/b&gt;</h1>"))
        #expect(!text.contains("<b>&</b>"))
    }
}

@Suite struct OutputFolderTests {
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesFilesAndMarkerThenSwaps() throws {
        let root = try scratch()
        let target = root.appendingPathComponent("site").path
        try OutputFolder.write([OutputFile(path: "a/b.html", text: "one")], to: target)
        #expect(try String(contentsOfFile: target + "/a/b.html", encoding: .utf8) == "one")
        #expect(try String(contentsOfFile: target + "/.rtux-output", encoding: .utf8) == OutputFolder.markerContent)
        try OutputFolder.write([OutputFile(path: "c.html", text: "two")], to: target)
        #expect(!FileManager.default.fileExists(atPath: target + "/a/b.html"))
        #expect(try String(contentsOfFile: target + "/c.html", encoding: .utf8) == "two")
        // The swapped-out folder stays as the spare the next build writes into.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".site.rtux-spare", "site"])
        try OutputFolder.write([OutputFile(path: "a/d.html", text: "three"), OutputFile(path: "c.html", text: "four")], to: target)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).sorted() == [".rtux-output", "a", "c.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target + "/a") == ["d.html"])
        #expect(try String(contentsOfFile: target + "/c.html", encoding: .utf8) == "four")
        try OutputFolder.write([OutputFile(path: "e.html", text: "five")], to: target)
        // Reusing the spare, whatever the previous builds left there and this one did not write is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).sorted() == [".rtux-output", "e.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".site.rtux-spare", "site"])
    }

    @Test func replaceableOnlyWhenEmptyMissingOrMarked() throws {
        let root = try scratch()
        #expect(OutputFolder.checkReplaceable(root.appendingPathComponent("missing").path).isEmpty)
        #expect(OutputFolder.checkReplaceable(root.path).isEmpty)
        try Data("x".utf8).write(to: root.appendingPathComponent("keep.txt"))
        #expect(OutputFolder.checkReplaceable(root.path).count == 1)
        try Data(OutputFolder.markerContent.utf8).write(to: root.appendingPathComponent(".rtux-output"))
        #expect(OutputFolder.checkReplaceable(root.path).isEmpty)
        #expect(OutputFolder.checkReplaceable(root.appendingPathComponent("keep.txt").path).first?.message.contains("is a file") == true)
    }

    @Test func aFailedWriteLeavesTheOldFolderAndNoStaging() throws {
        let root = try scratch()
        let target = root.appendingPathComponent("site").path
        try OutputFolder.write([OutputFile(path: "index.html", text: "old")], to: target)
        // A file and a folder at the same path cannot both be written: the second write fails midway.
        #expect(throws: (any Error).self) {
            try OutputFolder.write([OutputFile(path: "x", text: "file"), OutputFile(path: "x/y.html", text: "under a file")], to: target)
        }
        #expect(try String(contentsOfFile: target + "/index.html", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
        // The same with a spare in play: a failure consumes the spare, never the output.
        try OutputFolder.write([OutputFile(path: "index.html", text: "new")], to: target)
        #expect(throws: (any Error).self) {
            try OutputFolder.write([OutputFile(path: "x", text: "file"), OutputFile(path: "x/y.html", text: "under a file")], to: target)
        }
        #expect(try String(contentsOfFile: target + "/index.html", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }
}

@Suite struct SearchStepTests {
    @Test func indexAssignsOneEntryPerPageInGalleryOrder() throws {
        var context = BuildContext(options: BuildOptions(), demos: DemoCatalog())
        context.pages = [Page(path: "p", frontMatter: FrontMatter(id: "x", title: "Say \"hi\" </script>", challenge: .presence, summary: "s", order: 0, related: []), body: "", bodyFirstLine: 1)]
        context.documents["x"] = MarkdownDocument(html: "", headings: [.init(level: 2, text: "Why", anchor: "why")], links: [], demos: [], plainText: "line\nnext")
        try SearchStep().run(&context)
        let file = try #require(context.files.first)
        #expect(file.path == context.assetPaths["search-index.js"])
        #expect(file.path.hasPrefix("assets/search-index.") && file.path.hasSuffix(".js"))
        #expect(String(decoding: file.bytes, as: UTF8.self) == """
        window.RTUX_SEARCH_INDEX=[{"t":"Say \\"hi\\" </script>","u":"presence/x.html","g":"Presence","s":"s","h":[["Why","why"]],"x":"line\\nnext"}];

        """)
    }
}
