/// The demos a build can place and writes as standalone files. The definitions live in `Components`;
/// `SiteBuilder` turns them into entries so this module's steps stay plain values.
public struct DemoCatalog: Sendable {
    public var entries: [DemoEntry]

    public init(entries: [DemoEntry] = []) {
        self.entries = entries
    }

    /// A catalog of bare ids, for tests of the directive checks.
    public init(ids: [String]) {
        self.entries = ids.map { DemoEntry(id: $0, title: $0, documentJSON: "{}", classTokens: [], snippets: []) }
    }

    public var ids: [String] { entries.map(\.id) }

    public func entry(_ id: String) -> DemoEntry? { entries.first { $0.id == id } }
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
