/// What a successful build made, for the one-line summary.
public struct BuildReport: Sendable {
    public var pages: Int
    public var demos: Int
    public var warnings: [Diagnostic]
    public var seconds: Double
    public var outputDirectory: String

    /// The summary line printed on stdout, e.g. `built 52 pages, 0 demos, 0 warnings in 0.31 s → output`.
    public var summary: String {
        let time = (seconds * 100).rounded() / 100
        return "built \(pages) pages, \(demos) demos, \(warnings.count) warning\(warnings.count == 1 ? "" : "s") in \(time) s → \(outputDirectory)"
    }
}
