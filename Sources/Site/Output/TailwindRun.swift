import Foundation

/// One run of the Tailwind CLI over a stylesheet, with class names and CSS from the DSL added in a
/// scratch folder (the stylesheet itself cannot know the component library).
enum TailwindRun {
    static func compile(_ tailwind: String, input: String, classes: [String], extraCSS: String, cache: ToolCache? = nil) throws -> [UInt8] {
        guard let cache else { return try run(tailwind, input: input, classes: classes, extraCSS: extraCSS) }
        return try cache.output(for: cacheKey(tailwind, input: input, classes: classes, extraCSS: extraCSS)) {
            try run(tailwind, input: input, classes: classes, extraCSS: extraCSS)
        }
    }

    private static func run(_ tailwind: String, input: String, classes: [String], extraCSS: String) throws -> [UInt8] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-css-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let classFile = scratch.appendingPathComponent("classes.txt").path
        let wrapper = scratch.appendingPathComponent("input.css").path
        let output = scratch.appendingPathComponent("out.css").path
        let absoluteInput = URL(fileURLWithPath: input).standardizedFileURL.path
        try classes.joined(separator: "\n").write(toFile: classFile, atomically: false, encoding: .utf8)
        try "@import \"\(absoluteInput)\";\n@source \"\(classFile)\";\n\(extraCSS)\n".write(toFile: wrapper, atomically: false, encoding: .utf8)
        _ = try ExternalProcess.run(tailwind, ["--input", wrapper, "--output", output, "--minify"], directory: scratch.path)
        return try FileSystem.readBytes(output)
    }

    /// Everything the run reads: the tool, the stylesheet, the DSL's classes and CSS, and every file
    /// under each folder an `@source` line scans. Nil (run every time) when the stylesheet pulls in
    /// files another way (`@import` of a local file, `@plugin`, `@config`), which this does not follow.
    static func cacheKey(_ tailwind: String, input: String, classes: [String], extraCSS: String) -> CacheKey? {
        guard let css = try? FileSystem.readText(input) else { return nil }
        var key = CacheKey("tailwind")
        key.addTool(tailwind)
        key.add(css)
        key.add(classes.joined(separator: "\n"))
        key.add(extraCSS)
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent()
        for line in css.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("@plugin") || line.hasPrefix("@config") { return nil }
            if line.hasPrefix("@import"), !line.hasPrefix("@import \"tailwindcss\""), !line.hasPrefix("@import 'tailwindcss'") { return nil }
            guard line.hasPrefix("@source"), let pattern = line.split(separator: "\"").dropFirst().first else { continue }
            // A glob can match anything under the folder its fixed part ends in; a plain path is itself.
            let glob = pattern.firstIndex { "*?{[".contains($0) }
            let fixed = glob.map { pattern[..<$0] } ?? pattern[...]
            let base = glob == nil ? String(fixed) : String(fixed[..<(fixed.lastIndex(of: "/") ?? fixed.startIndex)])
            let directory = folder.appendingPathComponent(base).standardizedFileURL.path
            if FileSystem.isDirectory(directory) {
                key.add(directory)
                key.addTree(directory)
            } else {
                key.add(directory)
                key.add((try? FileSystem.readBytes(directory)) ?? [])
            }
        }
        return key
    }
}
