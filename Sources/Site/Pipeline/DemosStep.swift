/// Checks every demo directive against the demo catalog and puts the demo's frame in its place (step "demos").
struct DemosStep: BuildStep {
    let name = "demos"

    func run(_ context: inout BuildContext) throws {
        let known = context.demos.ids
        for page in context.pages {
            guard var document = context.documents[page.id] else { continue }
            var placed: [String: Int] = [:]
            for placement in document.demos {
                guard let entry = context.demos.entry(placement.id) else {
                    let advice = known.isEmpty
                        ? "no demos are defined yet; remove the block"
                        : "the demos are \(known.joined(separator: ", "))"
                    let shown = placement.id.isEmpty ? "(none)" : placement.id
                    context.diagnostics.append(Diagnostic(.error, path: page.path, line: placement.line, message:
                        "unknown demo id '\(shown)'\(NearestName.hint(for: placement.id, among: known)); \(advice)", step: name))
                    continue
                }
                context.placedDemos.insert(placement.id)
                context.demoPlacements += 1
                let frame = DemoFrame.context(for: placement, entry: entry, root: "../", index: placed[placement.id, default: 0])
                placed[placement.id, default: 0] += 1
                let html = context.theme.library.render(frame, withTemplate: "demo") ?? ""
                document.html = document.html.replacingFirst(placement.marker, with: html)
            }
            context.documents[page.id] = document
        }
        for id in known where !context.placedDemos.contains(id) {
            context.diagnostics.append(Diagnostic(.warning, path: context.options.contentDirectory, line: 0, message:
                "demo '\(id)' is never placed: add a ```demo block with '\(id)' to a page", step: name))
        }
    }
}

/// The markup that places a demo in a page: an isolated frame, the snippet tabs, a link to the standalone file.
enum DemoFrame {
    /// Directive options other than `height` become the frame's URL hash, which the demo's panel reads
    /// (`latency: 300` → `#latency=300`): a page can show a demo already tuned.
    static func context(for placement: DemoPlacement, entry: DemoEntry, root: String, index: Int) -> [String: Any] {
        let hash = placement.options.filter { $0.key != "height" }.sorted { $0.key < $1.key }
            .map { "\(percentEncoded($0.key))=\(percentEncoded($0.value))" }.joined(separator: "&")
        let src = "\(root)demos/\(entry.id).html" + (hash.isEmpty ? "" : "#\(hash)")
        return [
            "id": entry.id,
            "title": entry.title,
            "anchor": "demo-\(entry.id)" + (index == 0 ? "" : "-\(index + 1)"),
            "src": src,
            "height": placement.options["height"].flatMap(Int.init) ?? 460,
            "snippets": entry.snippets.map { snippet in
                ["format": snippet.format, "label": snippet.label, "code": CodeBlock.html(snippet.text, language: snippet.language)]
            },
        ]
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

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
