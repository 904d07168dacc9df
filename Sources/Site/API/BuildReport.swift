/// What a successful build made, for the one-line summary.
public struct BuildReport: Sendable {
    public var pages: Int
    /// Demo files written.
    public var demos: Int
    /// Demo directives placed in pages.
    public var placements: Int = 0
    /// Gzip bytes of each standalone demo file, by id.
    public var demoSizes: [String: Int] = [:]
    /// Gzip bytes of the largest demo's runtime core (no panel, op families, peers, streams, hooks).
    public var runtimeSize: Int?
    public var warnings: [Diagnostic]
    public var seconds: Double
    public var outputDirectory: String

    /// The summary line printed on stdout, e.g. `built 78 pages, 5 demos (8 placed; files ≤ 21.5 KB gzip of 40,
    /// runtime ≤ 11.6 KB of 12), 0 warnings in 0.7 s → output`.
    public var summary: String {
        let time = (seconds * 100).rounded() / 100
        var demoPart = "\(demos) demos"
        if let largest = demoSizes.values.max() {
            demoPart += " (\(placements) placed; files ≤ \(kilobytes(largest)) KB gzip of 40"
                + (runtimeSize.map { ", runtime ≤ \(kilobytes($0)) KB of 12" } ?? "") + ")"
        }
        return "built \(pages) pages, \(demoPart), \(warnings.count) warning\(warnings.count == 1 ? "" : "s") in \(time) s → \(outputDirectory)"
    }

    private func kilobytes(_ bytes: Int) -> String {
        String(Double(bytes * 10 / 1024) / 10)
    }
}
