import Components
import Foundation
import Testing
@testable import Site

@Suite struct BuildTests {
    let valid: [String: String] = [
        "Content/latency/latency.md": Fixture.page(id: "latency", title: "Latency", body: "See [undo](undo-buffer.html)."),
        "Content/latency/undo-buffer.md": Fixture.page(id: "undo-buffer", title: "Undo window", related: ["avatar-stack"],
            body: "## The problem\n\nLink to [presence](../presence/avatar-stack.html).\n\n```elixir\ndef x, do: :ok\n```\n"),
        "Content/presence/avatar-stack.md": Fixture.page(id: "avatar-stack", challenge: "presence", title: "Who is here"),
    ]

    @Test func buildsTheWholeSite() throws {
        let fixture = try Fixture(valid)
        let report = try fixture.build()
        #expect(report.pages == 4)
        #expect(report.warnings.isEmpty)
        #expect(report.summary.hasPrefix("built 4 pages, 0 demos, 0 warnings in "))
        let index = try #require(fixture.read("output/index.html"))
        #expect(index.contains("href=\"latency/undo-buffer.html\""))
        #expect(index.contains("Who is here"))
        let page = try #require(fixture.read("output/latency/undo-buffer.html"))
        #expect(page.contains("<h1 class=\"mt-2 text-3xl font-bold tracking-tight\">Undo window</h1>"))
        #expect(page.contains("<h2 id=\"the-problem\">The problem</h2>"))
        #expect(page.contains("<a href=\"#the-problem\">The problem</a>"))
        #expect(page.contains("href=\"../presence/avatar-stack.html\""))
        #expect(page.contains("href=\"../latency/undo-buffer.html\" aria-current=\"page\""))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../assets/app."))
        #expect(fixture.read("output/latency/index.html") != nil)
        #expect(fixture.read("output/.rtux-output") == OutputFolder.markerContent)
        let assets = try FileManager.default.contentsOfDirectory(atPath: fixture.path("output/assets"))
        #expect(assets.contains { $0.hasPrefix("app.") && $0.hasSuffix(".css") })
        #expect(assets.contains { $0.hasPrefix("search-index.") && $0.hasSuffix(".js") })
        #expect(assets.contains { $0.hasPrefix("gallery.") && $0.hasSuffix(".js") })
        let css = try #require(assets.first { $0.hasPrefix("app.") }.flatMap { fixture.read("output/assets/\($0)") })
        #expect(css.contains(".grid-cols-1"))   // a utility used only by the layout template
    }

    @Test func hiddenFilesAreNotContent() throws {
        let fixture = try Fixture(valid.merging([
            "Content/latency/.#undo-buffer.md": "editor lock file, not Markdown",
            "Content/.drafts/x.md": "no front matter",
        ]) { a, _ in a })
        #expect(try fixture.build().pages == 4)
    }

    @Test func everyLinkIsRelative() throws {
        let fixture = try Fixture(valid)
        _ = try fixture.build()
        for file in ["output/index.html", "output/latency/undo-buffer.html", "output/latency/index.html"] {
            let html = try #require(fixture.read(file))
            #expect(!html.contains("href=\"/"), "\(file) has a root-relative link")
            #expect(!html.contains("src=\"/"), "\(file) has a root-relative source")
            #expect(!html.contains("http://") && !html.contains("https://"), "\(file) links off the site")
        }
    }

    @Test func aSecondBuildReplacesTheFirst() throws {
        let fixture = try Fixture(valid)
        _ = try fixture.build()
        try fixture.write(["Content/presence/avatar-stack.md": Fixture.page(id: "avatar-stack", challenge: "presence", title: "Renamed")])
        _ = try fixture.build()
        #expect(fixture.read("output/presence/avatar-stack.html")?.contains("Renamed") == true)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(siblings.filter { $0.contains("rtux-") } == [".output.rtux-spare"], "staging folders left behind: \(siblings)")
    }

    @Test func failedBuildLeavesThePreviousOutputUntouched() throws {
        let fixture = try Fixture(valid)
        _ = try fixture.build()
        let before = fixture.snapshot("output")
        try fixture.write(["Content/latency/broken.md": "---\nid: broken\ntitle: [\n---\n"])
        #expect(!fixture.failure().isEmpty)
        #expect(fixture.snapshot("output") == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(siblings.sorted() == ["Content", "output"])
    }

    @Test func refusesAFolderItDidNotMake() throws {
        let fixture = try Fixture(valid.merging(["output/notes.txt": "mine"]) { a, _ in a })
        #expect(fixture.failure() == [
            "output: error: refusing to replace a non-empty folder that rtux did not make (it has no .rtux-output file): pass another --output, or move its contents away",
        ])
        #expect(fixture.read("output/notes.txt") == "mine")
    }

    @Test func duplicateIDIsReportedAtTheLaterFile() throws {
        let fixture = try Fixture(valid.merging(["Content/presence/zz-copy.md": Fixture.page(id: "undo-buffer", challenge: "presence")]) { a, _ in a })
        #expect(fixture.failure() == [
            "Content/presence/zz-copy.md:2:5: error: duplicate id 'undo-buffer': Content/latency/undo-buffer.md already uses it; give this page another id",
        ])
    }

    @Test func unknownRelatedIDSuggestsTheNearest() throws {
        let fixture = try Fixture(valid.merging(["Content/latency/dual-state.md": Fixture.page(id: "dual-state", related: ["latency", "undo-bufer"])]) { _, b in b })
        #expect(fixture.failure() == [
            "Content/latency/dual-state.md:6:20: error: related page 'undo-bufer' does not exist (did you mean 'undo-buffer'?); use the id of a page under the content folder",
        ])
    }

    @Test func unknownDemoIDNamesPageLineAndNearest() throws {
        let body = "Intro.\n\n```demo\nundo-bufer\n```\n"
        let fixture = try Fixture(valid.merging(["Content/latency/dual-state.md": Fixture.page(id: "dual-state", body: body)]) { _, b in b })
        #expect(fixture.failure(demos: ["undo-buffer", "skeletons"]).filter { $0.contains(": error: ") } == [
            "Content/latency/dual-state.md:10:1: error: unknown demo id 'undo-bufer' (did you mean 'undo-buffer'?); the demos are undo-buffer, skeletons",
        ])
    }

    @Test func allErrorsOfOneBuildAreReported() throws {
        let fixture = try Fixture(valid.merging([
            "Content/latency/a.md": "no front matter\n",
            "Content/latency/b.md": Fixture.page(id: "b", challenge: "latncy"),
            "Content/latency/c.md": Fixture.page(id: "c", body: "```demo\nnope\n```\n"),
        ]) { _, b in b })
        let found = fixture.failure()
        #expect(found.count == 3)
        #expect(found.contains { $0.hasPrefix("Content/latency/a.md:1:1: error: missing front matter") })
        #expect(found.contains { $0.hasPrefix("Content/latency/b.md:4:12: error: unknown challenge 'latncy'") })
        #expect(found.contains { $0.hasPrefix("Content/latency/c.md:8:1: error: unknown demo id 'nope'; no demos are defined yet") })
    }

    @Test func brokenLinksWarnAndFailUnderStrict() throws {
        let fixture = try Fixture(valid.merging(["Content/latency/dual-state.md": Fixture.page(id: "dual-state", body: "[x](../nowhere/page.html)")]) { _, b in b })
        let report = try fixture.build()
        #expect(report.warnings.map { $0.description.replacingOccurrences(of: fixture.root.path + "/", with: "") } == [
            "Content/latency/dual-state.md:8:1: warning: broken link '../nowhere/page.html': no page is written at nowhere/page.html; link to '../<challenge>/<id>.html' of an existing page",
        ])
        let before = fixture.snapshot("output")
        try fixture.write(["Content/latency/dual-state.md": Fixture.page(id: "dual-state", title: "Changed", body: "[x](../nowhere/page.html)")])
        let strict = fixture.failure(strict: true)
        #expect(strict.count == 1 && strict[0].contains(": error: broken link '../nowhere/page.html'"))
        #expect(fixture.snapshot("output") == before)
    }

    @Test func searchIndexCoversTitlesHeadingsAndText() throws {
        let fixture = try Fixture(valid)
        _ = try fixture.build()
        let assets = try FileManager.default.contentsOfDirectory(atPath: fixture.path("output/assets"))
        let name = try #require(assets.first { $0.hasPrefix("search-index.") })
        let script = try #require(fixture.read("output/assets/\(name)"))
        #expect(script.hasPrefix("window.RTUX_SEARCH_INDEX=[{\"t\":\"Latency\",\"u\":\"latency/index.html\""))
        #expect(script.contains("\"t\":\"Undo window\",\"u\":\"latency/undo-buffer.html\""))
        #expect(script.contains("[\"The problem\",\"the-problem\"]"))
        #expect(script.contains("Link to presence."))
    }
}

@Suite struct ComponentPagesTests {
    @Test func everyComponentGetsAPageWhoseTabsHoldTheSnippetText() throws {
        let links = "[gallery](../index.html), [kit](../components/index.html), [toast](../components/undo_toast.html)"
        let fixture = try Fixture(["Content/latency/a.md": Fixture.page(id: "a", body: links)])
        let report = try fixture.build(components: ComponentLibrary.all)
        #expect(report.warnings.isEmpty, "links to the index and component pages are not broken: \(report.warnings)")
        #expect(report.pages == 2 + ComponentLibrary.all.count + 1)
        let index = try #require(fixture.read("output/components/index.html"))
        for component in ComponentLibrary.all {
            #expect(index.contains("href=\"\(component.name).html\""))
        }
        let page = try #require(fixture.read("output/components/undo_toast.html"))
        #expect(page.contains("role=\"tab\" id=\"tab-heex\""))
        #expect(page.contains("<h1 class=\"mt-2 text-3xl font-bold tracking-tight\"><code>&lt;.undo_toast&gt;</code></h1>"))
        // Every story rendered live on the page, by the HTML back-end.
        let component = try #require(ComponentLibrary.named("undo_toast"))
        for story in component.stories {
            #expect(page.contains(component.html(story)))
        }
        // What Copy copies is the text content of the tab's <code>: it must be the snippet, byte for byte.
        let heex = try Snippets.text(name: "undo_toast", format: .heex)
        let panel = try #require(page.range(of: "id=\"panel-heex\"").map { String(page[$0.upperBound...]) })
        let code = try #require(panel.range(of: "<code class=\"language-elixir\">").map { String(panel[$0.upperBound...]) })
        let text = String(code[..<(code.range(of: "</code>")?.lowerBound ?? code.endIndex)])
        #expect(TextContent.of(text) == heex)
    }
}

/// The text a browser shows for highlighted HTML: tags dropped, the five entities decoded.
enum TextContent {
    static func of(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

@Suite struct DemoPlacementTests {
    let entry = DemoEntry(id: "undo-buffer", title: "Undo window", documentJSON: #"{"id":"undo-buffer","note":"</script>"}"#,
                          classTokens: ["bg-lime-300"],
                          snippets: [.init(format: "elixir", label: "Elixir", language: "elixir", text: "def mount(_, _, socket), do: {:ok, socket}\n")])

    @Test func aDirectivePlacesAFrameWithTabsAndTheDemoFileIsWritten() throws {
        let body = "Intro.\n\n```demo\nundo-buffer\nheight: 300\nlatency: 250\n```\n"
        let fixture = try Fixture(["Content/latency/a.md": Fixture.page(id: "a", body: body)])
        let report = try SiteBuilder(options: fixture.options(), tools: .locate(environment: ProcessInfo.processInfo.environment),
                                     demos: DemoCatalog(entries: [entry]), components: []).build()
        #expect(report.demos == 1 && report.placements == 1)
        #expect(report.summary.contains("1 demos (1 placed; files ≤ "))
        let page = try #require(fixture.read("output/latency/a.html"))
        #expect(page.contains("<iframe src=\"../demos/undo-buffer.html#latency=250\" title=\"Live demo: Undo window\" style=\"height:300px\"></iframe>"))
        #expect(page.contains("id=\"demo-undo-buffer-tab-elixir\""))
        #expect(page.contains("<a href=\"../demos/undo-buffer.html#latency=250\">Open the demo standalone</a>"))
        let panel = try #require(page.range(of: "id=\"demo-undo-buffer-panel-elixir\"").map { String(page[$0.upperBound...]) })
        let code = try #require(panel.range(of: "<code class=\"language-elixir\">").map { String(panel[$0.upperBound...]) })
        #expect(TextContent.of(String(code[..<(code.range(of: "</code>")?.lowerBound ?? code.endIndex)])) == entry.snippets[0].text)

        let demo = try #require(fixture.read("output/demos/undo-buffer.html"))
        #expect(demo.contains(#"<script type="application/json" id="rtux-demo-data">{"id":"undo-buffer","note":"<\/script>"}</script>"#))
        #expect(demo.contains("<div id=\"rtux-root\" data-phx-main class=\"phx-loading\"></div>"))
        #expect(!demo.contains("<link") && !demo.contains(" src="), "a demo file loads nothing")
        #expect(demo.contains(".bg-lime-300"), "the demo's own classes reach its inline CSS")
        #expect(demo.components(separatedBy: "<script").count == 3)
    }
}
