/// The metadata block at the top of a pattern page (DESIGN.md, step "load").
public struct FrontMatter: Equatable, Sendable {
    public var id: String
    public var title: String
    public var challenge: Challenge
    public var summary: String
    public var order: Double
    public var related: [Related]
    /// Where the id's value stands, to report a duplicate id there.
    public var idLine: Int = 1
    public var idColumn: Int = 1

    /// A `related` entry, with where it stands so an unknown id can be reported at its line.
    public struct Related: Equatable, Sendable {
        public var id: String
        public var line: Int
        public var column: Int
    }

    public static let requiredKeys = ["id", "title", "challenge", "summary"]
    public static let optionalKeys = ["order", "related"]
    public static var allKeys: [String] { requiredKeys + optionalKeys }
}
