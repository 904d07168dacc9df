/// A page body after the markdown step: its HTML and what the later steps need from its tree.
struct MarkdownDocument: Sendable {
    var html: String
    var headings: [Heading]
    var links: [Link]
    var demos: [DemoPlacement]
    /// The prose as plain text, for the search index.
    var plainText: String

    /// A heading with the stable anchor id the renderer gave it.
    struct Heading: Equatable, Sendable {
        var level: Int
        var text: String
        var anchor: String
    }

    /// A link in the prose, with the file line it stands on (for broken-link warnings).
    struct Link: Equatable, Sendable {
        var url: String
        var line: Int
    }
}

/// A fenced block with info string `demo`: the demo's id on its first line, then `key: value` options.
struct DemoPlacement: Equatable, Sendable {
    var id: String
    var options: [String: String]
    /// The file line of the opening fence.
    var line: Int
    /// The marker in `MarkdownDocument.html` that the demos step replaces with the demo's frame.
    var marker: String
}
