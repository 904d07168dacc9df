/// The body of a ```` ```demo ```` block: the demo id, then `key: value` option lines.
enum DemoDirective {
    static func parse(_ body: String, line: Int, marker: String) -> DemoPlacement {
        let lines = body.split(separator: "\n").map { String(String($0).trimmingSpaces) }.filter { !$0.isEmpty }
        let id = lines.first ?? ""
        var options: [String: String] = [:]
        for option in lines.dropFirst() {
            guard let colon = option.firstIndex(of: ":") else { continue }
            let key = String(option[..<colon]).trimmingSpaces
            options[String(key)] = String(String(option[option.index(after: colon)...]).trimmingSpaces)
        }
        return DemoPlacement(id: id, options: options, line: line, marker: marker)
    }
}
