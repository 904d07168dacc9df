/// Relative links between output files, so the site works from `file://` and under any sub-path.
enum PageLinks {
    /// The prefix that leads from a file back to the output root: `""` for `index.html`, `"../"` for `latency/x.html`.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
