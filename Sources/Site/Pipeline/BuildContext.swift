import Mustache

/// The value passed from step to step: what has been read, made so far, and found wrong.
struct BuildContext {
    var options: BuildOptions
    var demos: DemoCatalog
    /// Step outputs of earlier builds by input hash; nil runs every step in full.
    var cache: StepCache?

    // load
    var sources: [SourceFile] = []
    var pages: [Page] = []
    var theme = Theme()

    // markdown, demos
    var documents: [String: MarkdownDocument] = [:]
    var placedDemos: Set<String> = []
    var demoPlacements = 0

    // components
    var componentPages: [ComponentPage] = []

    // assets, search
    var assetPaths: [String: String] = [:]

    // demo files: gzip sizes, for the budgets the summary reports
    var demoSizes = DemoSizes()

    // render
    var files: [OutputFile] = []

    var diagnostics: [Diagnostic] = []

    /// Seconds of the steps run inside another (`ParallelSteps`), for `--verbose`.
    var timings: [(step: String, seconds: Double)] = []

    init(options: BuildOptions, demos: DemoCatalog, cache: StepCache? = nil) {
        self.options = options
        self.demos = demos
        self.cache = cache
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Pages in gallery order: by challenge, overview first, then `order`, then title.
    var orderedPages: [Page] {
        pages.sorted { a, b in
            if a.challenge != b.challenge { return a.challenge < b.challenge }
            if a.isOverview != b.isOverview { return a.isOverview }
            if a.frontMatter.order != b.frontMatter.order { return a.frontMatter.order < b.frontMatter.order }
            return a.frontMatter.title < b.frontMatter.title
        }
    }
}

/// A file the build will write, relative to the output folder.
struct OutputFile: Sendable {
    var path: String
    var bytes: [UInt8]

    init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// What `Templates/` provides: the Mustache layouts and the sources of the shared assets.
struct Theme {
    var library = MustacheLibrary()
    /// Template names found, so a missing one is reported by name.
    var templateNames: Set<String> = []
    /// A hash of every template's name and text: what a render reads besides its context.
    var fingerprint = ""
    /// `assets/css/app.css` in the templates folder: the Tailwind input.
    var stylesheetPath: String?
    /// Plain scripts under `assets/js/` (not the runtime's modules), by file name.
    var scripts: [(name: String, path: String)] = []
}

/// Gzip sizes of the demo files and of the runtime core (docs/runtime.md, "Size measure"), in bytes.
struct DemoSizes: Sendable {
    var runtime: Int?
    var files: [String: Int] = [:]
}
