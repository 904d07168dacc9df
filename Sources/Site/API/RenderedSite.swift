/// A gallery built in memory: what `rtux build` would write, by relative path.
public struct RenderedSite: Sendable {
    public var report: BuildReport
    /// Each output file's bytes by its path relative to the output folder (`/` separated).
    public var files: [String: [UInt8]]
}
