/// The demos a build can place and writes as standalone files. The definitions live in `Components`;
/// `SiteBuilder` turns them into entries so this module's steps stay plain values.
public struct DemoCatalog: Sendable {
    public var entries: [DemoEntry]
    /// The anti-patterns page's bad/good pairs, each with its fault script.
    public var pairs: [PairEntry]

    public init(entries: [DemoEntry] = [], pairs: [PairEntry] = []) {
        self.entries = entries
        self.pairs = pairs
    }

    /// A catalog of bare ids, for tests of the directive checks.
    public init(ids: [String]) {
        self.entries = ids.map { DemoEntry(id: $0, title: $0, documentJSON: "{}", classTokens: [], snippets: []) }
        self.pairs = []
    }

    public var ids: [String] { entries.map(\.id) }

    public func entry(_ id: String) -> DemoEntry? { entries.first { $0.id == id } }

    public func pair(bad: String, good: String) -> PairEntry? { pairs.first { $0.bad == bad && $0.good == good } }
}

/// A bad/good pair of demos shown side by side, and the fault script "Run the script" replays in both.
public struct PairEntry: Sendable {
    public var bad: String
    public var good: String
    public var failure: String
    public var remedy: String
    /// `[{"at": ms, ...}]`: the steps dom/pane.js performs.
    public var scriptJSON: String

    public init(bad: String, good: String, failure: String, remedy: String, scriptJSON: String) {
        self.bad = bad
        self.good = good
        self.failure = failure
        self.remedy = remedy
        self.scriptJSON = scriptJSON
    }
}

/// One demo: the data its standalone file embeds and the snippet tabs shown beside its preview.
public struct DemoEntry: Sendable {
    public var id: String
    public var title: String
    /// `{"id", "template", "demo"}`: what the demo file's `#rtux-demo-data` script holds (docs/runtime.md).
    public var documentJSON: String
    public var classTokens: [String]
    public var snippets: [Snippet]

    /// A tab's text, exactly what `rtux snippet ID --format F` prints.
    public struct Snippet: Sendable {
        public var format: String
        public var label: String
        public var language: String
        public var text: String

        public init(format: String, label: String, language: String, text: String) {
            self.format = format
            self.label = label
            self.language = language
            self.text = text
        }
    }

    public init(id: String, title: String, documentJSON: String, classTokens: [String], snippets: [Snippet]) {
        self.id = id
        self.title = title
        self.documentJSON = documentJSON
        self.classTokens = classTokens
        self.snippets = snippets
    }
}
