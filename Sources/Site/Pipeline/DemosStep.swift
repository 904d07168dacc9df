/// Checks every demo directive against the demo catalog and puts the demo's frame in its place (step "demos").
struct DemosStep: BuildStep {
    let name = "demos"

    func run(_ context: inout BuildContext) throws {
        let known = context.demos.ids
        for page in context.pages {
            guard var document = context.documents[page.id], !document.demos.isEmpty else { continue }
            var placed: [String: Int] = [:]
            // The page's text with its frames in place: its body's hash and each frame's.
            var frames = StepCache.key("placed demos")
            frames.add(document.fingerprint)
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
                let layout: DemoFrame.Layout
                switch Self.layout(of: placement, demos: context.demos) {
                case .success(let found): layout = found
                case .failure(let failure):
                    context.diagnostics.append(Diagnostic(.error, path: page.path, line: placement.line, message: failure.message, step: name))
                    continue
                }
                if case .pair(let pair, _) = layout { context.placedDemos.insert(pair.good) }
                context.placedDemos.insert(placement.id)
                context.demoPlacements += 1
                let index = placed[placement.id, default: 0]
                placed[placement.id, default: 0] += 1
                let library = context.theme.library
                let render = {
                    library.render(DemoFrame.context(for: placement, entry: entry, root: "../", index: index, layout: layout), withTemplate: "demo") ?? ""
                }
                var key = StepCache.key(name)
                key.add(context.theme.fingerprint)
                key.add(placement: placement, index: index, entry: entry, layout: layout)
                let html = context.cache.map { $0.value(for: key, produce: render) } ?? render()
                document.html = document.html.replacingFirst(placement.marker, with: html)
                frames.add(key.hex)
            }
            document.fingerprint = frames.hex
            context.documents[page.id] = document
        }
        for id in known where !context.placedDemos.contains(id) {
            context.diagnostics.append(Diagnostic(.warning, path: context.options.contentDirectory, line: 0, message:
                "demo '\(id)' is never placed: add a ```demo block with '\(id)' to a page", step: name))
        }
    }

    /// The frame a block asks for: `matrix: 0,100,300,1000`, `pair: <good demo>` (a pair of DemoLibrary.pairs), or neither.
    static func layout(of placement: DemoPlacement, demos: DemoCatalog) -> Result<DemoFrame.Layout, DemoFrame.OptionFailure> {
        let matrix = placement.options["matrix"], pair = placement.options["pair"]
        if matrix != nil && pair != nil {
            return .failure(.init(message: "a demo block takes 'matrix' or 'pair', not both; put them in two blocks"))
        }
        if let matrix { return DemoMatrix.parse(matrix).map { .matrix($0) } }
        guard let pair else { return .success(.single) }
        guard let good = demos.entry(pair) else {
            return .failure(.init(message: "unknown demo id '\(pair)' in 'pair'\(NearestName.hint(for: pair, among: demos.ids)); name the demo to show beside '\(placement.id)'"))
        }
        guard let entry = demos.pair(bad: placement.id, good: pair) else {
            let known = demos.pairs.map { "\($0.bad) with \($0.good)" }
            return .failure(.init(message: "'\(placement.id)' and '\(pair)' are not a pair with a script; "
                + (known.isEmpty ? "no pairs are defined (DemoLibrary.pairs)" : "the pairs are \(known.joined(separator: ", "))")))
        }
        return .success(.pair(entry, good: good))
    }
}

extension CacheKey {
    /// What a demo frame shows: the block's options, its place among the page's frames, and the
    /// demos' titles and snippet tabs (the frame does not read their data; the demo file does).
    mutating func add(placement: DemoPlacement, index: Int, entry: DemoEntry, layout: DemoFrame.Layout) {
        add(placement.id)
        add(context: placement.options)
        add(index)
        add(entry: entry)
        switch layout {
        case .single: add("single")
        case .matrix(let matrix): add("matrix"); add(context: matrix.latencies)
        case .pair(let pair, let good):
            add("pair")
            add(context: [pair.bad, pair.good, pair.failure, pair.remedy, pair.scriptJSON])
            add(entry: good)
        }
    }

    mutating func add(entry: DemoEntry) {
        add(context: [entry.id, entry.title])
        for snippet in entry.snippets { add(context: [snippet.format, snippet.label, snippet.language, snippet.text]) }
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
