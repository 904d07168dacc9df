import Foundation

/// The output folder's safety rules: only folders carrying the marker are ever replaced, and a
/// build is swapped in whole or not at all (DESIGN.md, step "write").
enum OutputFolder {
    static let markerName = ".rtux-output"
    /// Constant, so the marker tracked in git and the one a build writes never differ.
    static let markerContent = "This folder is made by 'rtux build', which replaces it whole on each build.\n"

    /// Errors when `path` holds something rtux did not make; nothing is touched.
    static func checkReplaceable(_ path: String) -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else {
            return [Diagnostic(.error, path: path, message: "the output path is a file, not a folder: pass another --output", step: "load")]
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if entries.isEmpty || entries.contains(markerName) { return [] }
        return [Diagnostic(.error, path: path, message:
            "refusing to replace a non-empty folder that rtux did not make (it has no \(markerName) file): pass another --output, or move its contents away", step: "load")]
    }

    /// Writes `files` into a fresh folder beside `path`, then swaps it in; the old folder is removed only after the swap.
    static func write(_ files: [OutputFile], to path: String) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let base = target.lastPathComponent
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(base).rtux-new-\(suffix)")
        let retired = parent.appendingPathComponent(".\(base).rtux-old-\(suffix)")
        let manager = FileManager.default
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        do {
            try writeAll(files, into: staging)
            try Data(markerContent.utf8).write(to: staging.appendingPathComponent(markerName))
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: retired)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: retired, to: target)
                    throw error
                }
                try? manager.removeItem(at: retired)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    private static func writeAll(_ files: [OutputFile], into folder: URL) throws {
        var made: Set<String> = []
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            let directory = url.deletingLastPathComponent().path
            if !made.contains(directory) {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                made.insert(directory)
            }
            try Data(file.bytes).write(to: url)
        }
    }
}
