import Foundation

/// What `rtux add` reads from an app's `mix.exs`: the OTP app name, and from it the
/// module names Phoenix's generator derives (`:my_app` → `MyApp`, `MyAppWeb`, `lib/my_app_web`).
public struct MixProject: Equatable, Sendable {
    /// The OTP app (`my_app`).
    public let app: String

    public init(app: String) { self.app = app }

    /// The `app:` of `def project`, or nil when the text names none (not a mix project).
    public static func parse(_ text: String) -> MixProject? {
        guard text.contains("use Mix.Project"), let project = text.range(of: "def project") else { return nil }
        // The first `app: :name` keyword after `def project`, on its own line (as phx.new
        // writes it) or inside a one-line list.
        var rest = text[project.upperBound...]
        while let found = rest.range(of: "app:") {
            let before = rest[..<found.lowerBound].last
            let value = rest[found.upperBound...].drop { $0 == " " }
            rest = rest[found.upperBound...]
            guard before.map({ !$0.isLetter && !$0.isNumber && $0 != "_" }) ?? true, value.first == ":" else { continue }
            let atom = value.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if let first = atom.first, first.isLowercase { return MixProject(app: String(atom)) }
        }
        return nil
    }

    /// `my_app` → `MyApp`, as Phoenix's `Macro.camelize` does for the generator.
    public static func camelize(_ name: String) -> String {
        name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `MyApp.Web.Thing` → `my_app/web/thing`: where Elixir projects keep a module's file.
    public static func underscore(_ module: String) -> String {
        module.split(separator: ".").map { part in
            let chars = Array(part)
            var out = ""
            for (i, c) in chars.enumerated() {
                // As Macro.underscore: `MyApp` → `my_app`, `UI` → `ui`, `HTTPServer` → `http_server`.
                if c.isUppercase, i > 0,
                   !chars[i - 1].isUppercase || (i + 1 < chars.count && chars[i + 1].isLowercase) { out += "_" }
                out += c.lowercased()
            }
            return out
        }.joined(separator: "/")
    }

    public var appModule: String { Self.camelize(app) }
    public var webModule: String { appModule + "Web" }
    /// `my_app_web`, the folder under lib/ (and the `{{web_dir}}` of registry targets).
    public var webDirectory: String { app + "_web" }
}
