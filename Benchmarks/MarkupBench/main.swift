// Renders 10,000 avatar_stack instances (8 users: loops, nested component calls,
// conditionals, class lists, a hashed colour) with the HTML back-end, and the same
// markup with plain String concatenation, then prints the time ratio.
// Run: swift run -c release MarkupBench
import Components
import Dispatch
import Foundation
import Markup

let instances = 10_000
let users: [(id: Int, name: String, status: String)] = [
    (1, "Ann", "active"), (2, "Bo", "idle"), (3, "Cy", "active"), (4, "Dee", "offline"),
    (5, "Eli", "active"), (6, "Fay", "idle"), (7, "Gus", "active"), (8, "Hal", "active"),
]

guard let stack = ComponentLibrary.named("avatar_stack"), let story = stack.story(named: "eight users") else {
    print("avatar_stack/eight users is missing")
    exit(1)
}

// MARK: The baseline: hand-written concatenation of the same bytes.

let crcTable: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
}
let palette = ["#881337", "#7c2d12", "#713f12", "#14532d", "#134e4a", "#0c4a6e", "#3730a3", "#701a75"]

func escape(_ s: String) -> String {
    var out = ""
    for c in s {
        switch c {
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "&": out += "&amp;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(c)
        }
    }
    return out
}

func colour(_ id: Int) -> String {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in String(id).utf8 { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return palette[Int((crc ^ 0xFFFF_FFFF) % 8)]
}

func baseline() -> String {
    var html = "<div class=\"flex items-center gap-3\"><div class=\"flex -space-x-2\">"
    for user in users.prefix(5) {
        html += "<span class=\"relative inline-flex shrink-0\" title=\"" + escape(user.name) + "\">"
        html += "<span role=\"img\" aria-label=\"" + escape(user.name) + "\" style=\"--user-color: " + colour(user.id) + "\""
        html += " class=\"inline-flex items-center justify-center rounded-full border-2 border-white bg-(--user-color) font-semibold text-white dark:border-zinc-900 size-8 text-sm"
        html += (user.status == "idle" ? " opacity-75" : "") + "\">" + escape(String(user.name.prefix(1))) + "</span>"
        let dot = user.status == "active" ? "bg-emerald-500" : user.status == "idle" ? "bg-amber-400" : "bg-zinc-400"
        html += "<span class=\"inline-block size-2.5 rounded-full ring-2 ring-white dark:ring-zinc-900 " + dot
        html += " absolute -right-0.5 -bottom-0.5\" aria-hidden=\"true\"></span></span>"
    }
    if users.count > 5 {
        html += "<span class=\"inline-flex size-8 items-center justify-center rounded-full border-2 border-white bg-zinc-200 text-xs font-semibold text-zinc-800 dark:border-zinc-900 dark:bg-zinc-700 dark:text-zinc-100\">+"
        html += String(users.count - 5) + "</span>"
    }
    html += "</div><p class=\"text-sm text-zinc-600 dark:text-zinc-300\" role=\"status\">"
    html += (users.count == 1 ? "1 person viewing" : "\(users.count) people viewing") + "</p></div>"
    return html
}

// MARK: Timing

func measure(_ label: String, _ body: () -> Int) -> Double {
    var best = Double.infinity
    var bytes = 0
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        bytes = body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    print("\(label): \(String(format: "%.1f", best)) ms for \(instances) instances (\(bytes) bytes)")
    return best
}

let dslOnce = stack.html(story)
guard dslOnce == baseline() else {
    print("the baseline does not produce the same markup:\n\(dslOnce)\n\(baseline())")
    exit(1)
}

let dsl = measure("Markup HTML back-end, one [UInt8] buffer") {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(dslOnce.utf8.count * instances)
    for _ in 0..<instances { HTMLRenderer.render(stack.template, assigns: story.assigns, into: &buffer) }
    return buffer.count
}
let plain = measure("String concatenation baseline") {
    var all = ""
    all.reserveCapacity(dslOnce.utf8.count * instances)
    for _ in 0..<instances { all += baseline() }
    return all.utf8.count
}
print("ratio (Markup / baseline): \(String(format: "%.2f", dsl / plain))")
