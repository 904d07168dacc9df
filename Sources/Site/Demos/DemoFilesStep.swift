import Highlight
import Foundation

/// Writes every demo as one self-contained file, `demos/<id>.html`: inline CSS (Tailwind over
/// `assets/css/demo.css`), the demo's data, and the runtime bundled by esbuild from an entry made
/// for the demo (step "demo files").
/// The file shape is docs/runtime.md's "The demo file".
struct DemoFilesStep: BuildStep {
    let name = "demo files"
    let tools: ExternalTools
    /// Classes the demos' templates can render (and the components they call).
    let classes: [String]
    /// The components' keyframes and variants, which demo templates use through component calls.
    let extraCSS: String
    let cache: ToolCache?

    static let runtimeBudget = 12 * 1024
    static let demoBudget = 40 * 1024
    /// What `rtux serve`'s builds bundle as `HubLink.path` (docs/hub.md).
    static let hubLinkEntry = #"import { connectHub } from "./hub_link.js"; window.rtuxHub = (rt, demo) => connectHub(rt, demo);"#

    func run(_ context: inout BuildContext) throws {
        guard !context.demos.entries.isEmpty else { return }
        let templates = context.options.templatesDirectory
        let stylesheet = FileSystem.join(templates, "assets/css/demo.css")
        let entry = FileSystem.join(templates, "assets/js/runtime/dom/boot.js")
        guard let tailwind = tools.tailwind, let esbuild = tools.esbuild else {
            context.diagnostics.append(Diagnostic(.error, path: templates, line: 0, message:
                "tailwindcss and esbuild are needed for the demo files: run 'scripts/install-deps.sh'", step: name))
            return
        }
        for required in [stylesheet, entry] where !FileSystem.exists(required) {
            context.diagnostics.append(Diagnostic(.error, path: required, line: 0, message: "missing: the demo files are built from it", step: name))
        }
        if context.hasErrors { return }
        let runtime = FileSystem.join(templates, "assets/js/runtime")
        do {
            // The stylesheet, the bundles and the gzip measures are separate processes with no order
            // between demos: Tailwind runs on its own thread while the demos are bundled in parallel.
            let stylesheetResult = ConcurrentResults<Result<[UInt8], any Error>>(count: 1)
            let styling = BackgroundThread { [tailwind, classes, extraCSS] in
                stylesheetResult.set(0, Result { try TailwindRun.compile(tailwind, input: stylesheet, classes: classes, extraCSS: extraCSS, cache: cache) })
            }
            let demos = context.demos.entries
            // A bundle reads its entry and the runtime's modules: hash the modules once for every demo.
            var runtimeKey = CacheKey("esbuild-bundle")
            runtimeKey.addTool(esbuild)
            runtimeKey.addTree(runtime)
            let bundleKey = runtimeKey
            let stepCache = context.cache
            let scripts = ConcurrentResults<Result<(script: String, core: Int), any Error>>(count: demos.count)
            let scriptKeys = demos.map { demo in
                // The entries are made from the demo's data by this program; the bundles read them and the runtime.
                var key = StepCache.key("demo script")
                key.add(runtimeKey.hex)
                key.add(demo.documentJSON)
                return key
            }
            // One entry over the runtime's modules, bundled by esbuild and kept in the tool cache.
            let bundle = { @Sendable (entry: [UInt8], name: String) throws -> [UInt8] in
                let run = {
                    try ExternalProcess.run(esbuild, ["--bundle", "--format=iife", "--minify", "--log-level=warning", "--sourcefile=\(name)"],
                                            input: entry, directory: runtime)
                }
                var key = bundleKey
                key.add(entry)
                return try cache?.output(for: key, produce: run) ?? run()
            }
            let makeScript = { @Sendable (index: Int) throws -> (script: String, core: Int) in
                let entry = { (panel: Bool) throws -> [UInt8] in
                    try bundle(Array(DemoBundleEntry.source(document: demos[index].documentJSON, panel: panel).utf8), "entry.js")
                }
                return (script: String(decoding: try entry(true), as: UTF8.self), core: try Gzip.size(try entry(false)))
            }
            DispatchQueue.concurrentPerform(iterations: demos.count) { index in
                scripts.set(index, Result {
                    try stepCache.map { cache in try cache.value(for: scriptKeys[index]) { DemoScript(try makeScript(index)) }.value }
                        ?? makeScript(index)
                })
            }
            styling.join()
            let css = String(decoding: try stylesheetResult.get(0)?.get() ?? [], as: UTF8.self)
            let pages = ConcurrentResults<Result<(bytes: [UInt8], size: Int), any Error>>(count: demos.count)
            let cssKey = { var key = CacheKey("demo css"); key.add(css); return key.hex }()
            DispatchQueue.concurrentPerform(iterations: demos.count) { index in
                pages.set(index, Result {
                    guard let script = try scripts.get(index)?.get().script else { return ([], 0) }
                    let make = { () throws -> (bytes: [UInt8], size: Int) in
                        let bytes = Array(DemoFile.html(demos[index], css: css, script: script).utf8)
                        return (bytes: bytes, size: try Gzip.size(bytes))
                    }
                    // The file is its id, data, stylesheet and script (the last stands for by its key).
                    var key = StepCache.key("demo file")
                    key.add(context: [demos[index].id, demos[index].documentJSON, cssKey, scriptKeys[index].hex])
                    return try stepCache.map { try $0.value(for: key) { DemoPage(try make()) }.value } ?? make()
                })
            }
            if context.options.hubLink {
                context.files.append(OutputFile(path: HubLink.path, bytes: try bundle(Array(Self.hubLinkEntry.utf8), "hub-entry.js")))
            }
            for (index, demo) in demos.enumerated() {
                guard let core = try scripts.get(index)?.get().core, let (bytes, size) = try pages.get(index)?.get() else { continue }
                context.demoSizes.runtime = max(context.demoSizes.runtime ?? 0, core)
                context.demoSizes.files[demo.id] = size
                if size > Self.demoBudget || core > Self.runtimeBudget {
                    context.diagnostics.append(Diagnostic(.warning, path: "demos/\(demo.id).html", line: 0, message:
                        "over budget: the file is \(size) bytes gzip (budget 40 KB), its runtime core \(core) (budget 12 KB)", step: name))
                }
                context.files.append(OutputFile(path: "demos/\(demo.id).html", bytes: bytes))
            }
        } catch {
            context.diagnostics.append(Diagnostic(.error, path: entry, line: 0, message: "cannot build the demo files: \(error)", step: name))
        }
    }
}

/// A demo's bundled script and the gzip size of its runtime core, as one cache entry.
struct DemoScript: Packable {
    var value: (script: String, core: Int)

    init(_ value: (script: String, core: Int)) { self.value = value }

    func pack(_ writer: inout PackWriter) {
        writer.string(value.script)
        writer.int(value.core)
    }

    static func unpack(_ reader: inout PackReader) -> DemoScript? {
        guard let script = reader.string(), let core = reader.int() else { return nil }
        return DemoScript((script, core))
    }
}

/// A demo file's bytes and gzip size, as one cache entry.
struct DemoPage: Packable {
    var value: (bytes: [UInt8], size: Int)

    init(_ value: (bytes: [UInt8], size: Int)) { self.value = value }

    func pack(_ writer: inout PackWriter) {
        writer.bytes(value.bytes)
        writer.int(value.size)
    }

    static func unpack(_ reader: inout PackReader) -> DemoPage? {
        guard let bytes = reader.bytes(), let size = reader.int() else { return nil }
        return DemoPage((bytes, size))
    }
}

/// The standalone demo document (docs/runtime.md, "The demo file").
enum DemoFile {
    static func html(_ demo: DemoEntry, css: String, script: String) -> String {
        let data = demo.documentJSON.replacingOccurrences(of: "</", with: "<\\/")
        let code = script.replacingOccurrences(of: "</script", with: "<\\/script")
        return """
        <!doctype html>
        <html lang="en" data-theme="light">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Demo: \(Highlighter.escape(demo.id)) · rtux</title>
        <style>\(css.replacingOccurrences(of: "</style", with: "<\\/style"))</style></head>
        <body>
        <main id="rtux-demo" class="mx-auto max-w-3xl p-4 font-sans text-slate-900 dark:text-slate-100"><div id="rtux-root" data-phx-main class="phx-loading"></div></main>
        <script type="application/json" id="rtux-demo-data">\(data)</script>
        <script>\(code)</script>
        </body></html>

        """
    }
}

/// gzip sizes for the budgets, by the system's gzip (the same number `gzip -9 -n | wc -c` gives).
enum Gzip {
    static func size(_ bytes: [UInt8]) throws -> Int {
        try ExternalProcess.run("/bin/gzip", ["-9", "-n", "-c"], input: bytes).count
    }
}
