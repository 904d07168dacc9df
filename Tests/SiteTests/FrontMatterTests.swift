import Testing
@testable import Site

@Suite struct FrontMatterTests {
    func parse(_ text: String) -> Result<Page, BuildFailure> {
        FrontMatterParser.parse(SourceFile(path: "Content/latency/x.md", text: text))
    }

    func errors(_ text: String) -> [String] {
        switch parse(text) {
        case .success: return []
        case .failure(let failure): return failure.diagnostics.map(\.description)
        }
    }

    @Test func validPage() throws {
        let page = try parse("""
        ---
        id: undo-buffer
        title: Undo window
        challenge: latency
        summary: "Delete now: undo later."
        order: 6
        related: [dual-state, no-optimism]
        ---
        Body line

        """).get()
        #expect(page.id == "undo-buffer")
        #expect(page.frontMatter.summary == "Delete now: undo later.")
        #expect(page.frontMatter.order == 6)
        #expect(page.frontMatter.related.map(\.id) == ["dual-state", "no-optimism"])
        #expect(page.frontMatter.related.map(\.line) == [7, 7])
        #expect(page.body == "Body line\n")
        #expect(page.bodyFirstLine == 9)
        #expect(page.outputPath == "latency/undo-buffer.html")
        #expect(page.frontMatter.idLine == 2 && page.frontMatter.idColumn == 5)
    }

    @Test func overviewIsTheFolderIndex() throws {
        let page = try parse("---\nid: latency\ntitle: Latency\nchallenge: latency\nsummary: S\n---\n").get()
        #expect(page.isOverview)
        #expect(page.outputPath == "latency/index.html")
    }

    @Test func missingFrontMatter() {
        #expect(errors("# Just a heading\n") == [
            "Content/latency/x.md:1:1: error: missing front matter: start the file with a '---' line, then 'id:', 'title:', 'challenge:' and 'summary:' lines, then a closing '---' line",
        ])
    }

    @Test func unclosedFrontMatter() {
        #expect(errors("---\nid: a\n") == ["Content/latency/x.md:1:1: error: front matter is not closed: add a line '---' after its last key"])
    }

    @Test func malformedYAMLPointsAtTheFileLine() throws {
        let found = errors("---\nid: a\ntitle: [unclosed\nchallenge: latency\n---\n")
        #expect(found.count == 1)
        let first = try #require(found.first)
        #expect(first.hasPrefix("Content/latency/x.md:"))
        #expect(first.contains("error: malformed YAML in front matter"))
        #expect(first.contains("quote values"))
        // The bad value is on file line 3; libyaml notices it by line 4 at the latest.
        let line = Int(first.split(separator: ":")[1]) ?? 0
        #expect((3...5).contains(line))
    }

    @Test func unknownKeySuggestsTheNearest() {
        let found = errors("---\nid: a\ntitle: T\nchallenge: latency\nsumary: S\n---\n")
        #expect(found.contains("Content/latency/x.md:5:1: error: unknown key 'sumary' (did you mean 'summary'?); the keys are id, title, challenge, summary, order, related"))
        #expect(found.contains("Content/latency/x.md:1:1: error: missing required key 'summary': add a line 'summary: …' to the front matter"))
    }

    @Test func badChallengeNamesTheChoices() {
        #expect(errors("---\nid: a\ntitle: T\nchallenge: latncy\nsummary: S\n---\n") == [
            "Content/latency/x.md:4:12: error: unknown challenge 'latncy' (did you mean 'latency'?); use one of latency, presence, conflicts, disconnection, loading, feedback, guide",
        ])
    }

    @Test func idMustBeKebabCase() {
        #expect(errors("---\nid: Undo Buffer\ntitle: T\nchallenge: latency\nsummary: S\n---\n") == [
            "Content/latency/x.md:2:5: error: id 'Undo Buffer' is not kebab-case: use lowercase letters, digits and single hyphens, e.g. 'undo-buffer'",
        ])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let found = errors("---\nid: a\ntitel: T\nchallenge: nope\norder: soon\nrelated: one\n---\n")
        #expect(found.count == 6)   // titel, missing title, missing summary, challenge, order, related
        #expect(found.contains { $0.contains(":3:1: error: unknown key 'titel' (did you mean 'title'?)") })
        #expect(found.contains { $0.contains(":5:8: error: 'order' must be a number") })
        #expect(found.contains { $0.contains(":6:10: error: 'related' must be a list of page ids") })
    }

    @Test func duplicateKey() {
        let found = errors("---\nid: a\ntitle: T\ntitle: U\nchallenge: latency\nsummary: S\n---\n")
        #expect(found == ["Content/latency/x.md:4:1: error: duplicate key 'title': keep one of them"] || found.first?.contains("malformed YAML") == true)
    }
}

@Suite struct NearestNameTests {
    @Test func suggestsCloseNamesOnly() {
        #expect(NearestName.suggestions(for: "undo-bufer", among: ["undo-buffer", "dual-state"]) == ["undo-buffer"])
        #expect(NearestName.suggestions(for: "zzzzzz", among: ["undo-buffer", "dual-state"]).isEmpty)
        #expect(NearestName.hint(for: "sumary", among: FrontMatter.allKeys) == " (did you mean 'summary'?)")
    }

    @Test func kebabCasing() {
        #expect(PageID.kebabCased("How it works in LiveView") == "how-it-works-in-liveview")
        #expect(PageID.kebabCased("`phx-click-loading` — L1!") == "phx-click-loading-l1")
        #expect(PageID.isKebabCase("a-b-1"))
        #expect(!PageID.isKebabCase("a--b") && !PageID.isKebabCase("-a") && !PageID.isKebabCase("A"))
    }
}
