import Highlight

// Expected HTML is written out in full; these only save typing `<span class="hl-…">`.
// Their argument is already HTML (entities included), so what a test pins is exact.
func kw(_ html: String) -> String { span("kw", html) }
func str(_ html: String) -> String { span("str", html) }
func num(_ html: String) -> String { span("num", html) }
func com(_ html: String) -> String { span("com", html) }
func atom(_ html: String) -> String { span("atom", html) }
func attr(_ html: String) -> String { span("attr", html) }
func tag(_ html: String) -> String { span("tag", html) }
func fn(_ html: String) -> String { span("fn", html) }
func mod(_ html: String) -> String { span("mod", html) }
func variable(_ html: String) -> String { span("var", html) }
func punct(_ html: String) -> String { span("punct", html) }

func span(_ suffix: String, _ html: String) -> String {
    "<span class=\"hl-\(suffix)\">\(html)</span>"
}

/// Every language name the highlighter documents, aliases included.
let allLanguages = ["elixir", "ex", "exs", "heex", "javascript", "js", "css", "html", "json", "bash", "sh", "shell", "swift"]

/// One name per language, for properties that do not depend on the alias.
let distinctLanguages = ["elixir", "heex", "javascript", "css", "html", "json", "bash", "swift"]

/// The classes a span may carry; anything else in the output is a bug.
let allowedClasses: Set<String> = [
    "hl-kw", "hl-str", "hl-num", "hl-com", "hl-atom", "hl-attr", "hl-tag", "hl-fn", "hl-mod", "hl-var", "hl-punct",
]

/// What went wrong reading highlighted HTML back, if anything.
enum ReadBackError: Error, Equatable {
    case unknownTag(String)
    case nestedSpan
    case unclosedSpan
    case strayClose
    case emptySpan
    case unescaped(Character)
    case badEntity(String)
}

/// Reads highlighted HTML back to the text it shows, checking its shape on the way: only
/// flat, non-empty spans of the allowed classes, and no raw `<` `>` `"` `'` or stray `&`
/// in the text. Written independently of the module so it can catch the module's mistakes.
/// It works on Unicode scalars, not Characters, so a combining mark after `&lt;` or `"`
/// cannot hide an entity or a raw quote inside one grapheme.
func readBack(_ html: String) throws(ReadBackError) -> String {
    let scalars = Array(html.unicodeScalars)
    var text = String.UnicodeScalarView()
    var inSpan = false
    var spanIsEmpty = false
    var index = 0

    func at(_ literal: String) -> Bool {
        let needle = Array(literal.unicodeScalars)
        return index + needle.count <= scalars.count && Array(scalars[index..<index + needle.count]) == needle
    }

    while index < scalars.count {
        let scalar = scalars[index]
        switch scalar {
        case "<":
            if at("</span>") {
                guard inSpan else { throw .strayClose }
                guard !spanIsEmpty else { throw .emptySpan }
                inSpan = false
                index += "</span>".unicodeScalars.count
            } else if at("<span class=\"") {
                guard !inSpan else { throw .nestedSpan }
                index += "<span class=\"".unicodeScalars.count
                var name = String.UnicodeScalarView()
                while index < scalars.count, scalars[index] != "\"" {
                    name.append(scalars[index])
                    index += 1
                }
                let className = String(name)
                guard allowedClasses.contains(className), at("\">") else { throw .unknownTag(className) }
                index += 2
                inSpan = true
                spanIsEmpty = true
            } else {
                throw .unescaped("<")
            }
        case "&":
            let entities: [(String, Unicode.Scalar)] = [("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'")]
            guard let (entity, plain) = entities.first(where: { at($0.0) }) else {
                throw .badEntity(String(String.UnicodeScalarView(scalars[index..<min(index + 8, scalars.count)])))
            }
            text.append(plain)
            spanIsEmpty = false
            index += entity.unicodeScalars.count
        case ">", "\"", "'":
            throw .unescaped(Character(scalar))
        default:
            text.append(scalar)
            spanIsEmpty = false
            index += 1
        }
    }
    guard !inSpan else { throw .unclosedSpan }
    return String(text)
}

/// SplitMix64: a tiny seeded generator, so random inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
