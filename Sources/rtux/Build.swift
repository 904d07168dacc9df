import ArgumentParser
import Foundation
import Site

extension Rtux {
    /// `rtux build`: renders Content/ and Templates/ into the gallery in output/.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build the pattern gallery into the output folder.")

        @OptionGroup var folders: SiteFolders

        @Flag(help: "Treat warnings (broken links, demos never placed) as errors.")
        var strict = false

        @Flag(help: "Print each pipeline step with its time.")
        var verbose = false

        @Flag(help: "Run Tailwind and esbuild even when their inputs are unchanged (no .output.rtux-cache).")
        var noCache = false

        func run() throws {
            let options = BuildOptions(contentDirectory: folders.content, templatesDirectory: folders.templates,
                                       outputDirectory: folders.output, strict: strict, cache: !noCache)
            let builder = SiteBuilder(options: options, tools: .locate(environment: ProcessInfo.processInfo.environment),
                                      demos: try noCache ? DemoCatalog.library() : DemoCatalog.library(cachedBeside: folders.output))
            do {
                let report = try builder.build { step, seconds in
                    if verbose { Terminal.error("[\(step)] \(Int(seconds * 1000)) ms") }
                }
                report.warnings.forEach { Terminal.error($0.description) }
                print(report.summary)
            } catch let failure as BuildFailure {
                failure.diagnostics.forEach { Terminal.error($0.description) }
                let count = failure.errors.count
                Terminal.error("build failed with \(count) error\(count == 1 ? "" : "s"); \(folders.output) was not changed")
                throw ExitCode(1)
            }
        }
    }
}

/// The folders every site command reads and writes, shared with `@OptionGroup`.
struct SiteFolders: ParsableArguments {
    @Option(help: "The folder of Markdown pattern pages.")
    var content = "Content"

    @Option(help: "The folder of layouts and assets.")
    var templates = "Templates"

    @Option(help: "The folder the gallery is written to (replaced whole on success).")
    var output = "output"
}

/// Standard error, where diagnostics go so stdout carries only results.
enum Terminal {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
