import Components
import Foundation
@testable import Site

/// A throwaway project folder: `[relative path: text]` written under a fresh temporary directory.
struct Fixture {
    let root: URL

    /// The repository, to build fixtures with the real templates.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-test-\(UUID().uuidString)")
        try write(files)
    }

    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func options(strict: Bool = false) -> BuildOptions {
        BuildOptions(contentDirectory: path("Content"), templatesDirectory: Fixture.repository.appendingPathComponent("Templates").path,
                     outputDirectory: path("output"), strict: strict)
    }

    /// Builds without the component library unless a test asks for it, so page counts stay the fixture's.
    func build(strict: Bool = false, demos: [String] = [], components: [ComponentDefinition] = []) throws -> BuildReport {
        try SiteBuilder(options: options(strict: strict), tools: .locate(environment: ProcessInfo.processInfo.environment),
                        demos: DemoCatalog(ids: demos), components: components).build()
    }

    /// The diagnostics of a build that must fail, with the fixture's folder cut from their paths.
    func failure(strict: Bool = false, demos: [String] = []) -> [String] {
        do {
            _ = try build(strict: strict, demos: demos)
            return []
        } catch let failure as BuildFailure {
            return failure.diagnostics.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    func read(_ relative: String) -> String? {
        try? String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// Every file below a folder with its bytes, to prove a failed build changed nothing.
    func snapshot(_ relative: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = path(relative)
        guard let walker = FileManager.default.enumerator(atPath: base) else { return result }
        while let item = walker.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: base + "/" + item) { result[item] = data }
        }
        return result
    }

    static func page(id: String, challenge: String = "latency", title: String? = nil, related: [String] = [], body: String = "Text.") -> String {
        """
        ---
        id: \(id)
        title: \(title ?? id.capitalized)
        challenge: \(challenge)
        summary: About \(id).
        related: [\(related.joined(separator: ", "))]
        ---
        \(body)

        """
    }
}
