/// Checks every demo directive against the demo catalog and puts the demo's frame in its place (step "demos").
struct DemosStep: BuildStep {
    let name = "demos"

    func run(_ context: inout BuildContext) throws {
        let known = context.demos.ids
        for page in context.pages {
            guard var document = context.documents[page.id] else { continue }
            for placement in document.demos {
                guard known.contains(placement.id) else {
                    let advice = known.isEmpty
                        ? "no demos are defined yet; remove the block"
                        : "the demos are \(known.joined(separator: ", "))"
                    let shown = placement.id.isEmpty ? "(none)" : placement.id
                    context.diagnostics.append(Diagnostic(.error, path: page.path, line: placement.line, message:
                        "unknown demo id '\(shown)'\(NearestName.hint(for: placement.id, among: known)); \(advice)", step: name))
                    continue
                }
                context.placedDemos.insert(placement.id)
                document.html = document.html.replacingFirst(placement.marker, with: DemoFrame.html(for: placement, root: "../"))
            }
            context.documents[page.id] = document
        }
        for id in known where !context.placedDemos.contains(id) {
            context.diagnostics.append(Diagnostic(.warning, path: context.options.contentDirectory, message:
                "demo '\(id)' is never placed: add a ```demo block with '\(id)' to a page", step: name))
        }
    }
}

/// The markup that places a demo in a page: an isolated frame and a link to the standalone file.
enum DemoFrame {
    static func html(for placement: DemoPlacement, root: String) -> String {
        let id = HTMLText.escape(placement.id)
        let height = placement.options["height"].flatMap(Int.init) ?? 360
        return """
        <figure class="demo" data-demo="\(id)"><iframe src="\(root)demos/\(id).html" title="Live demo: \(id)" loading="lazy" style="height:\(height)px"></iframe>\
        <figcaption><a href="\(root)demos/\(id).html">Open the demo standalone</a></figcaption></figure>
        """
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
