import Foundation

/// A demo's files as rtux prints them (for `MyApp`, and the kit imported as
/// `RealtimeComponents`) — its LiveView and its tests — moved into the user's app.
public enum DemoSource {
    /// The text with the app's module names: the aliases `MyApp` and `MyAppWeb` (whole
    /// tokens, so `MyApp.PubSub` and `MyAppWeb.Presence` move and `MyAppWebhooks` would not)
    /// become the app's and the web module, and the kit's import the module `rtux add` wrote
    /// the components into.
    public static func adapt(_ source: String, project: MixProject, module: String) -> String {
        renamingAliases(source.replacingAll("import RealtimeComponents\n", with: "import \(module)\n"),
                        ["MyApp": project.appModule, "MyAppWeb": project.webModule])
    }

    /// Replaces each alias that is a whole token and the first segment of its name (not
    /// preceded by a letter, digit, `_` or `.`; not followed by a letter, digit or `_`).
    static func renamingAliases(_ text: String, _ names: [String: String]) -> String {
        func isWord(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard isWord(bytes[i]) else { out.append(bytes[i]); i += 1; continue }
            var end = i
            while end < bytes.count, isWord(bytes[end]) { end += 1 }
            let word = bytes[i..<end]
            let first = i == 0 || bytes[i - 1] != UInt8(ascii: ".")
            if first, let name = names[String(decoding: word, as: UTF8.self)] { out += Array(name.utf8) } else { out += word }
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The LiveView: the last `defmodule …Live do` (a Store, if any, comes first).
    public static func liveModule(in source: String) -> String? {
        source.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("defmodule "), line.hasSuffix("Live do") else { return nil }
            return String(line.dropFirst(10).dropLast(3))
        }.last
    }
}
