import Components
import Foundation

/// Runs the build pipeline: load → (markdown → demos → components → search, alongside assets → demo files)
/// → render → write.
///
/// Assets run before render because pages link to their content-hashed names.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var tools: ExternalTools
    public var demos: DemoCatalog
    /// The components that get a gallery page; their classes and CSS go into the stylesheet.
    public var components: [ComponentDefinition]

    /// Step outputs kept from build to build (`rtux serve` holds one in memory); nil with
    /// `options.cache` uses the file in the cache folder beside the output.
    public var stepCache: StepCache?

    public init(options: BuildOptions, tools: ExternalTools, demos: DemoCatalog = DemoCatalog(),
                components: [ComponentDefinition] = ComponentLibrary.all, stepCache: StepCache? = nil) {
        self.options = options
        self.tools = tools
        self.demos = demos
        self.components = components
        self.stepCache = stepCache
    }

    func steps(cache: ToolCache?, write: Bool = true) -> [any BuildStep] {
        let classes = components.reduce(into: Set<String>()) { $0.formUnion($1.classTokens) }.sorted()
        let css = components.isEmpty ? "" : ComponentLibrary.css
        let otherPages = Set(["index.html"] + components.map { "components/\($0.name).html" } + demos.ids.map { "demos/\($0).html" }
                             + (components.isEmpty ? [] : ["components/index.html"]))
        let pages: [any BuildStep] = [MarkdownStep(otherPages: otherPages), DemosStep(),
                                      ComponentsStep(components: components), SearchStep(), RegistryStep()]
        let tools: [any BuildStep] = [
            AssetsStep(tools: tools, extraClasses: classes, extraCSS: css, cache: cache),
            DemoFilesStep(tools: tools, classes: Set(classes).union(demos.entries.flatMap(\.classTokens)).sorted(), extraCSS: css, cache: cache),
        ]
        let rendered: [any BuildStep] = [LoadStep(), ParallelSteps(name: "pages and assets", background: tools, foreground: pages), RenderStep()]
        return write ? rendered + [WriteStep()] : rendered
    }

    /// Builds the site, or throws a `BuildFailure` holding every error and warning; nothing is written on failure.
    /// `progress` receives each step's name and duration in seconds.
    public func build(progress: (String, Double) -> Void = { _, _ in }) throws -> BuildReport {
        try run(write: true, progress: progress).report
    }

    /// The gallery without writing it: every output file by its path (`index.html`,
    /// `demos/undo-buffer.html`), for `rtux serve`, which serves from memory.
    public func render(progress: (String, Double) -> Void = { _, _ in }) throws -> RenderedSite {
        try run(write: false, progress: progress)
    }

    private func run(write: Bool, progress: (String, Double) -> Void) throws -> RenderedSite {
        let start = Date()
        let cache = options.cache ? ToolCache(directory: OutputFolder.cachePath(for: options.outputDirectory)) : nil
        let stepCache = self.stepCache ?? cache.map { StepCache(file: FileSystem.join($0.directory, StepCache.fileName)) }
        stepCache?.begin()
        var context = BuildContext(options: options, demos: demos, cache: stepCache)
        for step in steps(cache: cache, write: write) {
            if step is WriteStep, options.strict {
                context.diagnostics = context.diagnostics.map { var diagnostic = $0; diagnostic.severity = .error; return diagnostic }
            }
            // Page checks run on whatever loaded, so one run reports every error; nothing past them runs on errors.
            if context.hasErrors, !(step is ParallelSteps) { throw BuildFailure(context.diagnostics) }
            let stepStart = Date()
            try step.run(&context)
            progress(step.name, Date().timeIntervalSince(stepStart))
            context.timings.forEach { progress("\(step.name): \($0.step)", $0.seconds) }
            context.timings = []
        }
        if context.hasErrors { throw BuildFailure(context.diagnostics) }
        cache?.dropUnused()
        if let stepCache {
            let finishing = Date()
            stepCache.finish()
            progress("cache (\(stepCache.hits) reused, \(stepCache.misses) made)", Date().timeIntervalSince(finishing))
        }
        let report = BuildReport(pages: context.files.filter { $0.path.hasSuffix(".html") && !$0.path.hasPrefix("demos/") }.count,
                           demos: context.demoSizes.files.count, placements: context.demoPlacements,
                           demoSizes: context.demoSizes.files, runtimeSize: context.demoSizes.runtime,
                           warnings: context.diagnostics.filter { $0.severity == .warning },
                           seconds: Date().timeIntervalSince(start), outputDirectory: options.outputDirectory)
        return RenderedSite(report: report, files: Dictionary(context.files.map { ($0.path, $0.bytes) }) { _, last in last })
    }
}
