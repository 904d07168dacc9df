import ArgumentParser
import Foundation
import Server
import Site

extension Rtux {
    /// `rtux serve`: the gallery from memory, rebuilt on every edit, with live reload.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the gallery while you edit: rebuilt on change, open pages reload, build errors shown in the page.")

        @OptionGroup var folders: SiteFolders

        @Option(help: "The port to listen on (0: any free port; the URL is printed).")
        var port = 4000

        @Option(help: "The address to listen on. Loopback unless you ask: the dev server is not for the internet.")
        var host = "127.0.0.1"

        @Flag(help: "Open the gallery in the default browser (xdg-open or open).")
        var open = false

        @Flag(help: "Print each rebuild's pipeline steps with their times.")
        var verbose = false

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535, not \(port)") }
        }

        func run() async throws {
            if !["127.0.0.1", "::1", "localhost"].contains(host) {
                Terminal.error("warning: serving on \(host): anyone who can reach this address can read the gallery; the dev server is not for the internet")
            }
            let options = BuildOptions(contentDirectory: folders.content, templatesDirectory: folders.templates,
                                       outputDirectory: folders.output, strict: false, cache: true, hubLink: true)
            let builder = SiteBuilder(options: options, tools: .locate(environment: ProcessInfo.processInfo.environment),
                                      demos: try DemoCatalog.library(),
                                      // Held for as long as the server runs: an edit re-runs only what the edited file feeds.
                                      stepCache: StepCache())
            let server = DevServer(builder: builder, host: host, port: port, watched: [folders.content, folders.templates], verbose: verbose)
            let host = self.host, open = self.open
            try await server.run(ready: { bound in
                let url = "http://\(host.contains(":") ? "[\(host)]" : host):\(bound)/"
                // Written whole, unbuffered: tests and scripts read the URL from this line.
                FileHandle.standardOutput.write(Data("serving \(url) (watching \(server.watched.joined(separator: ", ")); Ctrl-C stops)\n".utf8))
                if open { Browser.open(url) }
            }, say: { Terminal.error($0) })
        }
    }
}

/// Opens a URL with the desktop's opener; failing quietly is right: the URL is printed anyway.
enum Browser {
    static func open(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        #if os(macOS)
        process.arguments = ["open", url]
        #else
        process.arguments = ["xdg-open", url]
        #endif
        try? process.run()
    }
}
