/// A pattern page after the load step: its front matter and its Markdown body.
public struct Page: Sendable {
    public var path: String
    public var frontMatter: FrontMatter
    public var body: String
    /// The file line on which `body` starts, so Markdown positions can be reported as file positions.
    public var bodyFirstLine: Int

    public var id: String { frontMatter.id }
    public var challenge: Challenge { frontMatter.challenge }

    /// The page's challenge overview is the page whose id is the challenge's name; it is the folder's index.
    public var isOverview: Bool { frontMatter.id == frontMatter.challenge.rawValue }

    /// Where the page is written, relative to the output folder.
    public var outputPath: String {
        isOverview ? "\(challenge.rawValue)/index.html" : "\(challenge.rawValue)/\(id).html"
    }
}
