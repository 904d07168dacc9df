/// Merging CSS snippets into `assets/css/app.css`, idempotently: a keyframes block whose
/// `@keyframes` name is already there, or a `@custom-variant` already declared, is not added again.
public enum AppCSS {
    static let variantsComment = "/* LiveView state classes as Tailwind variants (Phoenix 1.8 ships the click, submit and change ones). */"

    /// `css` with what `snippet` adds that it lacks appended; the same text when it lacks nothing.
    public static func merging(_ snippet: String, into css: String) -> String {
        var out = css
        for block in snippet.split(separator: "\n\n").map(String.init) {
            let lines = block.split(separator: "\n").map(String.init)
            let variants = lines.filter { $0.hasPrefix("@custom-variant ") }
            if !variants.isEmpty {
                let missing = variants.filter { !declares(out, variant: $0) }
                guard !missing.isEmpty else { continue }
                let header = out.contains(variantsComment) ? [] : [variantsComment]
                out = appending((header + missing).joined(separator: "\n"), to: out)
                continue
            }
            let names = lines.compactMap(keyframesName)
            if !names.isEmpty {
                if names.allSatisfy({ out.contains("@keyframes \($0) ") }) { continue }
            } else if out.contains(block.trimmingTrailingNewlines) { continue }
            out = appending(block.trimmingTrailingNewlines, to: out)
        }
        return out
    }

    /// `@custom-variant name (...)` declared in `css` already, in any form.
    static func declares(_ css: String, variant line: String) -> Bool {
        let name = line.split(separator: " ").dropFirst().first.map(String.init) ?? line
        return css.contains("@custom-variant \(name) ")
    }

    static func keyframesName(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " }
        guard trimmed.hasPrefix("@keyframes ") else { return nil }
        return trimmed.dropFirst(11).split(separator: " ").first.map(String.init)
    }

    static func appending(_ block: String, to css: String) -> String {
        var base = css
        while base.hasSuffix("\n\n") { base.removeLast() }
        if !base.isEmpty && !base.hasSuffix("\n") { base += "\n" }
        return base + (base.isEmpty ? "" : "\n") + block + "\n"
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
