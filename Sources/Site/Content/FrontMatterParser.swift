import Yams

/// Splits a source file into front matter and body, and checks every key and value (step "load").
enum FrontMatterParser {
    static let step = "load"

    /// The page, or every problem found in its front matter.
    static func parse(_ file: SourceFile) -> Result<Page, BuildFailure> {
        guard let split = split(file.text) else {
            return .failure(BuildFailure([error(file, 1, 1,
                "missing front matter: start the file with a '---' line, then 'id:', 'title:', 'challenge:' and 'summary:' lines, then a closing '---' line")]))
        }
        guard let yamlEnd = split.closingLine else {
            return .failure(BuildFailure([error(file, 1, 1,
                "front matter is not closed: add a line '---' after its last key")]))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: split.yaml)
        } catch let problem as YamlError {
            return .failure(BuildFailure([yamlDiagnostic(problem, in: file)]))
        } catch {
            return .failure(BuildFailure([self.error(file, 2, 1, "malformed YAML in front matter: \(error)")]))
        }
        guard let mapping = node?.mapping else {
            return .failure(BuildFailure([self.error(file, 2, 1,
                "front matter must be 'key: value' lines (id, title, challenge, summary)")]))
        }
        var checker = Checker(file: file)
        let frontMatter = checker.check(mapping)
        if let frontMatter, checker.diagnostics.isEmpty {
            return .success(Page(path: file.path, frontMatter: frontMatter, body: split.body, bodyFirstLine: yamlEnd + 1))
        }
        return .failure(BuildFailure(checker.diagnostics))
    }

    struct Split {
        var yaml: String
        var body: String
        /// The file line of the closing `---`, nil when there is none.
        var closingLine: Int?
    }

    /// Finds the `---` fences; nil when the file does not start with one.
    /// Scans UTF-8 bytes line by line: splitting the whole page into Characters cost more than parsing its YAML.
    static func split(_ text: String) -> Split? {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = trimmed(text[lineStart..<lineEnd])
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard line == "---" else { return nil }
                yamlStart = next
            } else if line == "---" || line == "...", let yamlStart {
                return Split(yaml: String(text[yamlStart..<lineStart]), body: String(text[next...]), closingLine: lineNumber)
            }
            lineStart = next
            lineNumber += 1
        }
        return yamlStart == nil ? nil : Split(yaml: "", body: "", closingLine: nil)
    }

    private static func trimmed(_ line: Substring) -> Substring {
        var line = line
        while let last = line.utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\r") || last == UInt8(ascii: "\t") {
            line = line.dropLast()
        }
        return line
    }

    /// YAML positions are 1-based within the front matter, which starts on file line 2.
    static func yamlDiagnostic(_ problem: YamlError, in file: SourceFile) -> Diagnostic {
        let what = "check indentation, and quote values that contain ': ' or start with a special character"
        switch problem {
        case let .scanner(_, text, mark, _), let .parser(_, text, mark, _), let .composer(_, text, mark, _):
            return error(file, mark.line + 1, mark.column, "malformed YAML in front matter: \(text); \(what)")
        default:
            return error(file, 2, 1, "malformed YAML in front matter: \(problem); \(what)")
        }
    }

    static func error(_ file: SourceFile, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: file.path, line: line, column: column, message: message, step: step)
    }

    /// Walks the mapping once, collecting every problem rather than stopping at the first.
    struct Checker {
        let file: SourceFile
        var diagnostics: [Diagnostic] = []

        mutating func check(_ mapping: Node.Mapping) -> FrontMatter? {
            var values: [String: Node] = [:]
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                guard FrontMatter.allKeys.contains(key) else {
                    let hint = NearestName.hint(for: key, among: FrontMatter.allKeys)
                    report(keyNode, "unknown key '\(key)'\(hint); the keys are \(FrontMatter.allKeys.joined(separator: ", "))")
                    continue
                }
                if values[key] != nil {
                    report(keyNode, "duplicate key '\(key)': keep one of them")
                    continue
                }
                values[key] = value
            }
            for key in FrontMatter.requiredKeys where values[key] == nil {
                diagnostics.append(FrontMatterParser.error(file, 1, 1, "missing required key '\(key)': add a line '\(key): …' to the front matter"))
            }
            let id = values["id"].flatMap { checkID($0) }
            let title = values["title"].flatMap { text($0, key: "title") }
            let summary = values["summary"].flatMap { text($0, key: "summary") }
            let challenge = values["challenge"].flatMap { checkChallenge($0) }
            let order = values["order"].map { checkOrder($0) } ?? 0
            let related = values["related"].map { checkRelated($0) } ?? []
            guard let id, let title, let summary, let challenge, let order else { return nil }
            let idMark = values["id"]?.mark
            return FrontMatter(id: id, title: title, challenge: challenge, summary: summary, order: order, related: related,
                               idLine: (idMark?.line ?? 0) + 1, idColumn: idMark?.column ?? 1)
        }

        mutating func report(_ node: Node, _ message: String) {
            let mark = node.mark
            diagnostics.append(FrontMatterParser.error(file, (mark?.line ?? 0) + 1, mark?.column ?? 1, message))
        }

        mutating func text(_ node: Node, key: String) -> String? {
            guard let value = node.scalar?.string, !value.trimmingSpaces.isEmpty else {
                report(node, "'\(key)' must be a line of text")
                return nil
            }
            return value
        }

        mutating func checkID(_ node: Node) -> String? {
            guard let id = text(node, key: "id") else { return nil }
            guard PageID.isKebabCase(id) else {
                report(node, "id '\(id)' is not kebab-case: use lowercase letters, digits and single hyphens, e.g. '\(PageID.kebabCased(id))'")
                return nil
            }
            return id
        }

        mutating func checkChallenge(_ node: Node) -> Challenge? {
            guard let name = node.scalar?.string, let challenge = Challenge(rawValue: name) else {
                let name = node.scalar?.string ?? ""
                let names = Challenge.allCases.map(\.rawValue)
                report(node, "unknown challenge '\(name)'\(NearestName.hint(for: name, among: names)); use one of \(names.joined(separator: ", "))")
                return nil
            }
            return challenge
        }

        mutating func checkOrder(_ node: Node) -> Double? {
            guard let scalar = node.scalar, let number = Double(scalar.string) else {
                report(node, "'order' must be a number, e.g. 'order: 3'")
                return nil
            }
            return number
        }

        mutating func checkRelated(_ node: Node) -> [FrontMatter.Related] {
            guard let sequence = node.sequence else {
                report(node, "'related' must be a list of page ids, e.g. 'related: [undo-buffer, dual-state]'")
                return []
            }
            return sequence.compactMap { item in
                guard let id = item.scalar?.string, !id.isEmpty else {
                    report(item, "each 'related' entry must be a page id")
                    return nil
                }
                return FrontMatter.Related(id: id, line: (item.mark?.line ?? 0) + 1, column: item.mark?.column ?? 1)
            }
        }
    }
}

extension String {
    var trimmingSpaces: Substring {
        var text = self[...]
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}

/// A file's parse, as a step cache entry: the page, or the diagnostics that stopped it.
struct ParsedPage: Packable {
    var result: Result<Page, BuildFailure>

    func pack(_ writer: inout PackWriter) {
        switch result {
        case .success(let page):
            writer.int(1)
            let front = page.frontMatter
            writer.strings([page.path, page.body, front.id, front.title, front.challenge.rawValue, front.summary])
            [page.bodyFirstLine, Int(bitPattern: UInt(front.order.bitPattern)), front.idLine, front.idColumn, front.related.count].forEach { writer.int($0) }
            for related in front.related {
                writer.string(related.id)
                writer.int(related.line)
                writer.int(related.column)
            }
        case .failure(let failure):
            writer.int(0)
            writer.int(failure.diagnostics.count)
            for diagnostic in failure.diagnostics {
                writer.strings([diagnostic.severity.rawValue, diagnostic.path, diagnostic.message, diagnostic.step])
                writer.int(diagnostic.line)
                writer.int(diagnostic.column)
            }
        }
    }

    static func unpack(_ reader: inout PackReader) -> ParsedPage? {
        guard let kind = reader.int() else { return nil }
        if kind == 0 {
            guard let count = reader.int(), count >= 0 else { return nil }
            var diagnostics: [Diagnostic] = []
            for _ in 0..<count {
                guard let texts = reader.strings(), texts.count == 4, let severity = Diagnostic.Severity(rawValue: texts[0]),
                      let line = reader.int(), let column = reader.int() else { return nil }
                diagnostics.append(Diagnostic(severity, path: texts[1], line: line, column: column, message: texts[2], step: texts[3]))
            }
            return ParsedPage(result: .failure(BuildFailure(diagnostics)))
        }
        guard let texts = reader.strings(), texts.count == 6, let challenge = Challenge(rawValue: texts[4]),
              let firstLine = reader.int(), let order = reader.int(), let idLine = reader.int(), let idColumn = reader.int(),
              let count = reader.int(), count >= 0 else { return nil }
        var related: [FrontMatter.Related] = []
        for _ in 0..<count {
            guard let id = reader.string(), let line = reader.int(), let column = reader.int() else { return nil }
            related.append(FrontMatter.Related(id: id, line: line, column: column))
        }
        let front = FrontMatter(id: texts[2], title: texts[3], challenge: challenge, summary: texts[5],
                                order: Double(bitPattern: UInt64(UInt(bitPattern: order))), related: related, idLine: idLine, idColumn: idColumn)
        return ParsedPage(result: .success(Page(path: texts[0], frontMatter: front, body: texts[1], bodyFirstLine: firstLine)))
    }
}
