/// One problem found in the input, printed in the compiler format `path:line:column: error: message`.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    /// How bad a diagnostic is: errors stop the build; warnings do not, unless `--strict`.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    /// The file as the user named it (relative to the directory given on the command line).
    public var path: String
    /// 0 when the problem concerns a whole folder or file rather than a place in it; then no position is printed.
    public var line: Int
    public var column: Int
    public var message: String
    /// The pipeline step that found it; kept for tests and debugging, not printed.
    public var step: String

    public init(_ severity: Severity, path: String, line: Int = 1, column: Int = 1, message: String, step: String = "") {
        self.severity = severity
        self.path = path
        self.line = max(line, 0)
        self.column = max(column, 1)
        self.message = message
        self.step = step
    }

    public var description: String {
        line == 0 ? "\(path): \(severity.rawValue): \(message)" : "\(path):\(line):\(column): \(severity.rawValue): \(message)"
    }
}
