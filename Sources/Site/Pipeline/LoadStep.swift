import Dispatch
import Mustache

/// Reads `Content/` and `Templates/`, checks every page's front matter, ids and `related` lists.
struct LoadStep: BuildStep {
    let name = "load"

    func run(_ context: inout BuildContext) throws {
        let options = context.options
        context.diagnostics += OutputFolder.checkReplaceable(options.outputDirectory)
        loadContent(&context)
        loadTheme(&context)
        checkIdentity(&context)
    }

    private func loadContent(_ context: inout BuildContext) {
        let directory = context.options.contentDirectory
        guard FileSystem.isDirectory(directory) else {
            context.diagnostics.append(Diagnostic(.error, path: directory, line: 0, message:
                "content folder not found: run rtux in the project's root or pass --content DIR", step: name))
            return
        }
        // Read, hashed and parsed (or found in the cache) on every core; kept in the walk's order.
        let paths = FileSystem.files(in: directory, withExtension: "md")
        let cache = context.cache
        let loaded = ConcurrentResults<Result<(SourceFile, Result<Page, BuildFailure>, String), any Error>>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            loaded.set(index, Result {
                let file = SourceFile(path: paths[index], text: try FileSystem.readText(paths[index]))
                var key = StepCache.key("front matter")
                key.add(file.path)
                key.add(file.text)
                let parsed = cache.map { $0.value(for: key) { ParsedPage(result: FrontMatterParser.parse(file)) }.result }
                    ?? FrontMatterParser.parse(file)
                return (file, parsed, key.hex)
            })
        }
        for (index, path) in paths.enumerated() {
            switch loaded.get(index) {
            case .success(let (file, parsed, fingerprint)):
                context.sources.append(file)
                switch parsed {
                case .success(var page):
                    page.sourceFingerprint = fingerprint
                    context.pages.append(page)
                case .failure(let failure): context.diagnostics += failure.diagnostics
                }
            case .failure(let error):
                context.diagnostics.append(Diagnostic(.error, path: path, line: 0, message: "cannot read the file: \(error)", step: name))
            case nil: continue
            }
        }
        if context.sources.isEmpty {
            context.diagnostics.append(Diagnostic(.error, path: directory, line: 0, message:
                "no Markdown pages found: add .md files with front matter under this folder", step: name))
        }
    }

    private func loadTheme(_ context: inout BuildContext) {
        let directory = context.options.templatesDirectory
        guard FileSystem.isDirectory(directory) else {
            context.diagnostics.append(Diagnostic(.error, path: directory, line: 0, message:
                "templates folder not found: run rtux in the project's root or pass --templates DIR", step: name))
            return
        }
        var fingerprint = StepCache.key("templates")
        for path in FileSystem.files(in: directory, withExtension: "mustache") {
            let templateName = String(path.dropFirst(directory.count).drop(while: { $0 == "/" }).dropLast(".mustache".count))
            do {
                let text = try FileSystem.readText(path)
                fingerprint.add(templateName)
                fingerprint.add(text)
                var key = StepCache.key("template")
                key.add(text)
                let template = try context.cache.map { try $0.value(for: key) { try MustacheTemplate(string: text) } } ?? MustacheTemplate(string: text)
                context.theme.library.register(template, named: templateName)
                context.theme.templateNames.insert(templateName)
            } catch let error as MustacheTemplate.ParserError {
                context.diagnostics.append(Diagnostic(.error, path: path, line: error.context.lineNumber,
                    column: error.context.columnNumber, message: "Mustache syntax: \(error.error); check that every {{#section}} has its {{/section}}", step: name))
            } catch {
                context.diagnostics.append(Diagnostic(.error, path: path, line: 0, message: "cannot read the template: \(error)", step: name))
            }
        }
        context.theme.fingerprint = fingerprint.hex
        for required in RenderStep.templates where !context.theme.templateNames.contains(required) {
            context.diagnostics.append(Diagnostic(.error, path: FileSystem.join(directory, "\(required).mustache"), line: 0,
                message: "template missing: the gallery needs '\(required).mustache' in the templates folder", step: name))
        }
        let stylesheet = FileSystem.join(directory, "assets/css/app.css")
        if FileSystem.exists(stylesheet) { context.theme.stylesheetPath = stylesheet }
        let scripts = FileSystem.join(directory, "assets/js")
        for path in FileSystem.files(in: scripts, withExtension: "js") {
            let relative = String(path.dropFirst(scripts.count + 1))
            guard !relative.contains("/") else { continue }   // subfolders hold the demo runtime's modules
            context.theme.scripts.append((name: relative, path: path))
        }
    }

    /// Duplicate ids are reported at the later file in path order, naming the first (DESIGN.md).
    private func checkIdentity(_ context: inout BuildContext) {
        var firstByID: [String: Page] = [:]
        var unique: [Page] = []
        for page in context.pages.sorted(by: { $0.path < $1.path }) {
            if let first = firstByID[page.id] {
                context.diagnostics.append(Diagnostic(.error, path: page.path, line: page.frontMatter.idLine,
                    column: page.frontMatter.idColumn, message:
                    "duplicate id '\(page.id)': \(first.path) already uses it; give this page another id", step: name))
                continue
            }
            firstByID[page.id] = page
            unique.append(page)
        }
        context.pages = unique
        let ids = firstByID.keys.sorted()
        for page in unique {
            for related in page.frontMatter.related where firstByID[related.id] == nil {
                context.diagnostics.append(Diagnostic(.error, path: page.path, line: related.line, column: related.column, message:
                    "related page '\(related.id)' does not exist\(NearestName.hint(for: related.id, among: ids)); use the id of a page under the content folder", step: name))
            }
        }
    }
}
