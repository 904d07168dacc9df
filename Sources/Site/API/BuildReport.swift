/// What a successful build made, for the one-line summary.
public struct BuildReport: Sendable {
    public var pages: Int
    /// Demos placed in pages.
    public var demos: Int
    /// Gzip bytes of each standalone demo file, by id.
    public var demoSizes: [String: Int] = [:]
    /// Gzip bytes of the largest demo's runtime without the panel.
    public var runtimeSize: Int?
    public var warnings: [Diagnostic]
    public var seconds: Double
    public var outputDirectory: String

    /// The summary line printed on stdout, e.g. `built 52 pages, 0 demos, 0 warnings in 0.31 s → output`.
    public var summary: String {
        let time = (seconds * 100).rounded() / 100
        var sizes = ""
        if let largest = demoSizes.values.max() {
            sizes = " (files ≤ \(kilobytes(largest)) KB gzip of 40" + (runtimeSize.map { ", runtime \(kilobytes($0)) KB of 12" } ?? "") + ")"
        }
        return "built \(pages) pages, \(demos) demos\(sizes), \(warnings.count) warning\(warnings.count == 1 ? "" : "s") in \(time) s → \(outputDirectory)"
    }

    private func kilobytes(_ bytes: Int) -> String {
        String(Double(bytes * 10 / 1024) / 10)
    }
}
