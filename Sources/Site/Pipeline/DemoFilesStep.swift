import Highlight
import Foundation

/// Writes every demo as one self-contained file, `demos/<id>.html`: inline CSS (Tailwind over
/// `assets/css/demo.css`), the demo's data, and the runtime bundled by esbuild (step "demo files").
/// The file shape is docs/runtime.md's "The demo file".
struct DemoFilesStep: BuildStep {
    let name = "demo files"
    let tools: ExternalTools
    /// Classes the demos' templates can render (and the components they call).
    let classes: [String]
    /// The components' keyframes and variants, which demo templates use through component calls.
    let extraCSS: String

    static let runtimeBudget = 12 * 1024
    static let demoBudget = 40 * 1024

    func run(_ context: inout BuildContext) throws {
        guard !context.demos.entries.isEmpty else { return }
        let templates = context.options.templatesDirectory
        let stylesheet = FileSystem.join(templates, "assets/css/demo.css")
        let entry = FileSystem.join(templates, "assets/js/runtime/demo.js")
        guard let tailwind = tools.tailwind, let esbuild = tools.esbuild else {
            context.diagnostics.append(Diagnostic(.error, path: templates, message:
                "tailwindcss and esbuild are needed for the demo files: run 'scripts/install-deps.sh'", step: name))
            return
        }
        for required in [stylesheet, entry] where !FileSystem.exists(required) {
            context.diagnostics.append(Diagnostic(.error, path: required, message: "missing: the demo files are built from it", step: name))
        }
        if context.hasErrors { return }
        do {
            let css = try TailwindRun.compile(tailwind, input: stylesheet, classes: classes, extraCSS: extraCSS)
            let script = try ExternalProcess.run(esbuild, [entry, "--bundle", "--format=iife", "--minify", "--log-level=warning"])
            let core = try ExternalProcess.run(esbuild, ["--bundle", "--format=iife", "--minify", "--log-level=warning", "--sourcefile=core.js"],
                                               input: Array(DemoFile.coreEntry.utf8), directory: FileSystem.join(templates, "assets/js/runtime"))
            context.demoSizes.runtime = try Gzip.size(core)
            for demo in context.demos.entries {
                let html = DemoFile.html(demo, css: String(decoding: css, as: UTF8.self), script: String(decoding: script, as: UTF8.self))
                let bytes = Array(html.utf8)
                let size = try Gzip.size(bytes)
                context.demoSizes.files[demo.id] = size
                if size > Self.demoBudget {
                    context.diagnostics.append(Diagnostic(.warning, path: "demos/\(demo.id).html", message:
                        "the demo file is \(size / 1024) KB gzip, over its 40 KB budget", step: name))
                }
                context.files.append(OutputFile(path: "demos/\(demo.id).html", bytes: bytes))
            }
        } catch {
            context.diagnostics.append(Diagnostic(.error, path: entry, message: "cannot build the demo files: \(error)", step: name))
        }
    }
}

/// The standalone demo document (docs/runtime.md, "The demo file").
enum DemoFile {
    /// The runtime's boot without the panel and the demos' hooks: what the 12 KB budget measures.
    static let coreEntry = "import { boot } from \"./dom/boot.js\";\nboot({});\n"

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
