/// A unified-style line diff (`-` removed, `+` added, ` ` kept), for showing what rtux would
/// change in a file the user edited, and what --dry-run would write.
public enum LineDiff {
    /// The lines of the diff from `old` to `new`; unchanged runs longer than 2 × `context`
    /// are cut to `context` lines either side (with a `@@` marker).
    public static func lines(from old: String, to new: String, context: Int = 2) -> [String] {
        let a = split(old), b = split(new)
        // LCS table from the end: fine for files of a few thousand lines.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [(Character, String)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { out.append((" ", a[i])); i += 1; j += 1 }
            else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] { out.append(("-", a[i])); i += 1 }
            else { out.append(("+", b[j])); j += 1 }
        }
        var shown: [String] = []
        for (index, line) in out.enumerated() {
            let near = out[max(0, index - context)...min(out.count - 1, index + context)].contains { $0.0 != " " }
            if line.0 != " " || near {
                shown.append("\(line.0) \(line.1)")
            } else if shown.last != "@@" {
                shown.append("@@")
            }
        }
        return shown
    }

    static func split(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
