import Foundation

/// Runs the build pipeline: load → markdown → demos → search → assets → render → write.
///
/// Assets run before render because pages link to their content-hashed names.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var tools: ExternalTools
    public var demos: DemoCatalog
    public var extraClasses: [String]

    public init(options: BuildOptions, tools: ExternalTools, demos: DemoCatalog = DemoCatalog(), extraClasses: [String] = []) {
        self.options = options
        self.tools = tools
        self.demos = demos
        self.extraClasses = extraClasses
    }

    var steps: [any BuildStep] {
        [LoadStep(), MarkdownStep(), DemosStep(), SearchStep(), AssetsStep(tools: tools, extraClasses: extraClasses), RenderStep(), WriteStep()]
    }

    /// Builds the site, or throws a `BuildFailure` holding every error and warning; nothing is written on failure.
    /// `progress` receives each step's name and duration in seconds.
    public func build(progress: (String, Double) -> Void = { _, _ in }) throws -> BuildReport {
        let start = Date()
        var context = BuildContext(options: options, demos: demos)
        for step in steps {
            if step is WriteStep, options.strict {
                context.diagnostics = context.diagnostics.map { var diagnostic = $0; diagnostic.severity = .error; return diagnostic }
            }
            // Page checks run on whatever loaded, so one run reports every error; nothing past them runs on errors.
            if context.hasErrors, !(step is MarkdownStep || step is DemosStep) { throw BuildFailure(context.diagnostics) }
            let stepStart = Date()
            try step.run(&context)
            progress(step.name, Date().timeIntervalSince(stepStart))
        }
        if context.hasErrors { throw BuildFailure(context.diagnostics) }
        return BuildReport(pages: context.pages.count + 1, demos: context.placedDemos.count,
                           warnings: context.diagnostics.filter { $0.severity == .warning },
                           seconds: Date().timeIntervalSince(start), outputDirectory: options.outputDirectory)
    }
}
