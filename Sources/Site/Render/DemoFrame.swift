/// The markup that places a demo in a page: an isolated frame, the snippet tabs, a link to the standalone file.
enum DemoFrame {
    /// A frame option that cannot be shown, and what to write instead.
    struct OptionFailure: Error, Equatable {
        var message: String
    }

    /// Options of the frame itself, not of the demo.
    static let frameOptions: Set<String> = ["height", "matrix", "pair"]

    /// What the frame shows: the demo alone, once per latency (the latency matrix), or beside the
    /// demo of the pattern to use instead (an anti-pattern pair, with its fault script).
    enum Layout {
        case single
        case matrix(DemoMatrix)
        case pair(PairEntry, good: DemoEntry)
    }

    /// Directive options other than the frame's own become the frame's URL hash, which the demo's panel
    /// reads (`latency: 300` → `#latency=300`): a page can show a demo already tuned. Several panes
    /// each get `paused=1` and `pane=1` (the page drives their clock, dom/pane.js), and in a matrix
    /// their latency.
    static func context(for placement: DemoPlacement, entry: DemoEntry, root: String, index: Int, layout: Layout = .single) -> [String: Any] {
        let options = placement.options.filter { !frameOptions.contains($0.key) }
        let anchor = "demo-\(entry.id)" + (index == 0 ? "" : "-\(index + 1)")
        let height = placement.options["height"].flatMap(Int.init) ?? 460
        var paneOptions = options
        paneOptions["paused"] = "1"
        paneOptions["pane"] = "1"
        func pane(_ i: Int, _ demo: DemoEntry, extra: [String: String] = [:], fields: [String: Any]) -> [String: Any] {
            ["src": "\(root)demos/\(demo.id).html" + hash(paneOptions.merging(extra) { _, b in b }), "id": "\(anchor)-pane-\(i + 1)",
             "title": demo.title].merging(fields) { _, b in b }
        }
        var context: [String: Any] = [
            "id": entry.id,
            "title": entry.title,
            "anchor": anchor,
            "src": "\(root)demos/\(entry.id).html" + hash(options),
            "height": height,
            "panes": false,
            "single": true,
            "snippets": tabs(entry),
            "addLine": CodeBlock.addLine(demo: entry.id),
        ]
        switch layout {
        case .single:
            break
        case .matrix(let matrix):
            context["single"] = false
            context["panes"] = ["matrix": true, "count": matrix.latencies.count, "list": matrix.latencies.enumerated().map { i, ms in
                pane(i, entry, extra: ["latency": String(ms)], fields: ["heading": DemoMatrix.milliseconds(ms), "detail": DemoMatrix.advice(forRoundTrip: ms)])
            }] as [String: Any]
        case .pair(let pair, let good):
            context["single"] = false
            context["panes"] = ["pair": true, "script": pair.scriptJSON, "list": [
                pane(0, entry, fields: ["heading": "Bad", "detail": pair.failure]),
                pane(1, good, fields: ["heading": "Good", "detail": pair.remedy]),
            ]] as [String: Any]
            // The tabs are the good demo's: what to copy.
            context["snippets"] = tabs(good)
            context["addLine"] = CodeBlock.addLine(demo: good.id)
            context["good"] = ["goodTitle": good.title, "goodSrc": "\(root)demos/\(good.id).html"]
        }
        return context
    }

    private static func tabs(_ entry: DemoEntry) -> [[String: String]] {
        entry.snippets.map { ["format": $0.format, "label": $0.label, "code": CodeBlock.html($0.text, language: $0.language)] }
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
