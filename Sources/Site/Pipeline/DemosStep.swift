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
                var matrix: DemoMatrix?
                if let text = placement.options["matrix"] {
                    switch DemoMatrix.parse(text) {
                    case .success(let parsed): matrix = parsed
                    case .failure(let failure):
                        context.diagnostics.append(Diagnostic(.error, path: page.path, line: placement.line, message: failure.message, step: name))
                        continue
                    }
                }
                context.placedDemos.insert(placement.id)
                context.demoPlacements += 1
                let frame = DemoFrame.context(for: placement, entry: entry, root: "../", index: placed[placement.id, default: 0], matrix: matrix)
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
