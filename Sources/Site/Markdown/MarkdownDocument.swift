/// A page body after the markdown step: its HTML and what the later steps need from its tree.
struct MarkdownDocument: Sendable {
    var html: String
    var headings: [Heading]
    var links: [Link]
    var demos: [DemoPlacement]
    /// The prose as plain text, for the search index.
    var plainText: String
    /// The hash of what made this document (the page body, then the demos placed in it): later
    /// steps key their caches on it instead of hashing the HTML again.
    var fingerprint = ""

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

extension MarkdownDocument: Packable {
    func pack(_ writer: inout PackWriter) {
        writer.string(html)
        writer.string(plainText)
        writer.int(headings.count)
        for heading in headings {
            writer.int(heading.level)
            writer.strings([heading.text, heading.anchor])
        }
        writer.int(links.count)
        for link in links {
            writer.string(link.url)
            writer.int(link.line)
        }
        writer.int(demos.count)
        for demo in demos {
            writer.strings([demo.id, demo.marker])
            writer.int(demo.line)
            let keys = demo.options.keys.sorted()
            writer.strings(keys)
            writer.strings(keys.map { demo.options[$0] ?? "" })
        }
    }

    static func unpack(_ reader: inout PackReader) -> MarkdownDocument? {
        guard let html = reader.string(), let plainText = reader.string(), let headingCount = reader.int() else { return nil }
        var headings: [Heading] = []
        for _ in 0..<max(0, headingCount) {
            guard let level = reader.int(), let texts = reader.strings(), texts.count == 2 else { return nil }
            headings.append(Heading(level: level, text: texts[0], anchor: texts[1]))
        }
        guard let linkCount = reader.int() else { return nil }
        var links: [Link] = []
        for _ in 0..<max(0, linkCount) {
            guard let url = reader.string(), let line = reader.int() else { return nil }
            links.append(Link(url: url, line: line))
        }
        guard let demoCount = reader.int() else { return nil }
        var demos: [DemoPlacement] = []
        for _ in 0..<max(0, demoCount) {
            guard let names = reader.strings(), names.count == 2, let line = reader.int(),
                  let keys = reader.strings(), let values = reader.strings(), keys.count == values.count else { return nil }
            demos.append(DemoPlacement(id: names[0], options: Dictionary(zip(keys, values)) { first, _ in first }, line: line, marker: names[1]))
        }
        return MarkdownDocument(html: html, headings: headings, links: links, demos: demos, plainText: plainText)
    }
}
