// Reads the function components out of generated Elixir source: their attr lines and
// their ~H bodies, the way Phoenix would see them.

enum ModuleParser {
    static func components(in source: String) throws -> [String: EComponent] {
        var result: [String: EComponent] = [:]
        var attrs: [(name: String, type: String, defaultValue: EValue?)] = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        while i < lines.count {
            let line = lines[i].trimmingSpaces()
            if line.hasPrefix("attr ") {
                let (positional, keywords) = try ElixirParser.parseArgs(String(line.dropFirst(5)))
                guard positional.count == 2, case .lit(.atom(let name)) = positional[0], case .lit(.atom(let type)) = positional[1] else {
                    throw ParseError(description: "bad attr line: \(line)")
                }
                let d = try keywords.first { $0.0 == "default" }.map { try ElixirEval.eval($0.1, EScope(assigns: [:])) }
                attrs.append((name: name, type: type, defaultValue: d))
            } else if line.hasPrefix("def "), line.hasSuffix("(assigns) do") {
                let name = String(line.dropFirst(4).prefix { $0 != "(" })
                guard i + 1 < lines.count, lines[i + 1].trimmingSpaces() == "~H\"\"\"" else { throw ParseError(description: "\(name): no ~H") }
                var body: [String] = []
                var j = i + 2
                while j < lines.count, lines[j].trimmingSpaces() != "\"\"\"" { body.append(lines[j]); j += 1 }
                guard j < lines.count else { throw ParseError(description: "\(name): unterminated ~H") }
                // A heredoc strips the closing delimiter's indentation from every line.
                let indent = lines[j].prefix { $0 == " " }.count
                let text = body.map { $0.count >= indent ? String($0.dropFirst(indent)) : $0.trimmingSpaces() }.joined(separator: "\n")
                result[name] = EComponent(name: name, attrs: attrs, body: try HEExParser.parse(text))
                attrs = []
                i = j
            }
            i += 1
        }
        return result
    }
}
