/// A pattern page after the load step: its front matter and its Markdown body.
public struct Page: Sendable {
    public var path: String
    public var frontMatter: FrontMatter
    public var body: String
    /// The file line on which `body` starts, so Markdown positions can be reported as file positions.
    public var bodyFirstLine: Int
    /// The hash of the file the page was read from: body and first line are functions of it, so the
    /// Markdown step's cache key need not hash the body again ("" when the page was not read from a file).
    var sourceFingerprint = ""

    public var id: String { frontMatter.id }
    public var challenge: Challenge { frontMatter.challenge }

    /// The page's challenge overview is the page whose id is the challenge's name; it is the folder's index.
    public var isOverview: Bool { frontMatter.id == frontMatter.challenge.rawValue }

    /// Where the page is written, relative to the output folder.
    public var outputPath: String {
        isOverview ? "\(challenge.rawValue)/index.html" : "\(challenge.rawValue)/\(id).html"
    }
}
