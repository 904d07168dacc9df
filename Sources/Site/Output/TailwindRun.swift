import Foundation

/// One run of the Tailwind CLI over a stylesheet, with class names and CSS from the DSL added in a
/// scratch folder (the stylesheet itself cannot know the component library).
enum TailwindRun {
    static func compile(_ tailwind: String, input: String, classes: [String], extraCSS: String) throws -> [UInt8] {
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
}
