import Foundation

/// Runs an external tool to completion and returns its standard output, or throws with its standard error.
enum ExternalProcess {
    struct Failure: Error, CustomStringConvertible {
        var tool: String
        var status: Int32
        var message: String
        var description: String { "\(tool) failed (exit \(status)): \(message)" }
    }

    static func run(_ executable: String, _ arguments: [String], input: [UInt8]? = nil, directory: String? = nil) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        // Read both pipes on threads of their own so a chatty tool never blocks on a full pipe. Not on
        // Dispatch's pool: while the page steps fill it, the readers would wait their turn, and the tool with them.
        let read = ConcurrentResults<Data>(count: 2)
        let readers = [output, errors].enumerated().map { index, pipe in
            BackgroundThread { read.set(index, pipe.fileHandleForReading.readDataToEndOfFile()) }
        }
        if let input { standardInput.fileHandleForWriting.write(Data(input)) }
        try? standardInput.fileHandleForWriting.close()
        readers.forEach { $0.join() }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(tool: URL(fileURLWithPath: executable).lastPathComponent, status: process.terminationStatus,
                          message: String(decoding: read.get(1) ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return [UInt8](read.get(0) ?? Data())
    }
}
