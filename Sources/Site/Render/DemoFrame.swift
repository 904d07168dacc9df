/// The markup that places a demo in a page: an isolated frame, the snippet tabs, a link to the standalone file.
enum DemoFrame {
    /// Options of the frame itself, not of the demo.
    static let frameOptions: Set<String> = ["height", "matrix"]

    /// Directive options other than the frame's own become the frame's URL hash, which the demo's panel
    /// reads (`latency: 300` → `#latency=300`): a page can show a demo already tuned. With a matrix,
    /// each pane's frame gets its latency, `paused=1` and `pane=1` (the page drives their clock, dom/pane.js).
    static func context(for placement: DemoPlacement, entry: DemoEntry, root: String, index: Int, matrix: DemoMatrix? = nil) -> [String: Any] {
        let options = placement.options.filter { !frameOptions.contains($0.key) }
        let src = "\(root)demos/\(entry.id).html" + hash(options)
        let anchor = "demo-\(entry.id)" + (index == 0 ? "" : "-\(index + 1)")
        let height = placement.options["height"].flatMap(Int.init) ?? 460
        let panes = (matrix?.latencies ?? []).enumerated().map { i, ms -> [String: Any] in
            var paneOptions = options
            paneOptions["latency"] = String(ms)
            paneOptions["paused"] = "1"
            paneOptions["pane"] = "1"
            return ["src": "\(root)demos/\(entry.id).html" + hash(paneOptions), "latency": DemoMatrix.milliseconds(ms),
                    "advice": DemoMatrix.advice(forRoundTrip: ms), "id": "\(anchor)-pane-\(i + 1)"]
        }
        return [
            "id": entry.id,
            "title": entry.title,
            "anchor": anchor,
            "src": src,
            "height": height,
            "matrix": panes.isEmpty ? false : ["panes": panes, "count": panes.count] as [String: Any],
            "snippets": entry.snippets.map { snippet in
                ["format": snippet.format, "label": snippet.label, "code": CodeBlock.html(snippet.text, language: snippet.language)]
            },
        ]
    }

    private static func hash(_ options: [String: String]) -> String {
        let text = options.sorted { $0.key < $1.key }.map { "\(percentEncoded($0.key))=\(percentEncoded($0.value))" }.joined(separator: "&")
        return text.isEmpty ? "" : "#\(text)"
    }

    private static func percentEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "-._~,".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}
