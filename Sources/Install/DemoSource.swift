import Foundation

/// A demo's LiveView as `rtux snippet ID --format elixir` prints it (for `MyApp`, and the
/// kit imported as `RealtimeComponents`), moved into the user's app, and the ExUnit test
/// `rtux add --demo` writes beside it.
public enum DemoSource {
    /// The source with the app's module names: `MyAppWeb` → the web module, `MyApp.` → the
    /// app module, and the kit's module the one `rtux add` wrote the components into.
    public static func adapt(_ source: String, project: MixProject, module: String) -> String {
        let placeholder = "\u{1}WEB\u{1}"
        return source
            .replacingAll("import RealtimeComponents\n", with: "import \(module)\n")
            .replacingAll("MyAppWeb", with: placeholder)
            .replacingAll("MyApp.", with: project.appModule + ".")
            .replacingAll(placeholder, with: project.webModule)
    }

    /// The LiveView: the last `defmodule …Live do` (a Store, if any, comes first).
    public static func liveModule(in source: String) -> String? {
        source.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("defmodule "), line.hasSuffix("Live do") else { return nil }
            return String(line.dropFirst(10).dropLast(3))
        }.last
    }

    /// The first literal `id="…"` of the render, which the first-render test looks for.
    public static func rootID(in source: String) -> String? {
        guard let render = source.range(of: "~H\"\"\"") else { return nil }
        var rest = source[render.upperBound...]
        while let found = rest.range(of: " id=\"") {
            let value = rest[found.upperBound...].prefix { $0 != "\"" }
            if !value.isEmpty, value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) { return String(value) }
            rest = rest[found.upperBound...]
        }
        return nil
    }

    /// The demo's first action: the first event its render sends on a click (`phx-click="name"`)
    /// whose handler ignores the params (so an empty map is what a press sends it). Nil when
    /// there is none, or when the view navigates away (a press would end the test's view).
    public static func firstAction(in source: String) -> String? {
        if source.contains("push_navigate") || source.contains("redirect(") { return nil }
        for line in source.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("def handle_event(\"") else { continue }
            let rest = trimmed.dropFirst(18)
            let name = rest.prefix { $0 != "\"" }
            let after = rest.dropFirst(name.count + 1)
            guard after.hasPrefix(", _params, socket)") || after.hasPrefix(", _, socket)") else { continue }
            if !name.isEmpty, source.contains("phx-click=\"\(name)\"") { return String(name) }
        }
        return nil
    }

    /// A `Phoenix.LiveViewTest` test of the demo's main path: served at `/ID`, it mounts
    /// (static render, then connected) and renders its root; then its first action, where the
    /// first render offers it; a Store is started per test.
    public static func test(id: String, live: String, stores: [String], rootID: String?, action: String? = nil,
                            project: MixProject) -> String {
        var out = """
            # Written by `rtux add --demo \(id)`: the \(id) demo's LiveView, served at /\(id) (add the
            # route `rtux add` printed), mounts over a real LiveView connection and renders its view.
            defmodule \(live)Test do
              use \(project.webModule).ConnCase, async: false

              import Phoenix.LiveViewTest

            """
        if !stores.isEmpty {
            let starts = stores.map { "    unless Process.whereis(\($0)), do: start_supervised!(\($0))\n" }.joined()
            out += """

                  # The demo's data: started per test unless the application already supervises it.
                  setup do
                """ + starts + """
                    :ok
                  end

                """
        }
        out += """

              test "\(id) mounts at /\(id) and renders its view", %{conn: conn} do
                conn = get(conn, "/\(id)")
                assert html_response(conn, 200) =~ "data-phx-main"

                {:ok, view, html} = live(conn)
                assert is_binary(html)

            """
        if let rootID {
            out += "    assert has_element?(view, \"#\(rootID)\")\n"
        } else {
            out += "    assert render(view) =~ \"<\"\n"
        }
        out += "  end\n"
        if let action {
            let root = rootID.map { "    assert has_element?(view, \"#\($0)\")\n" } ?? ""
            out += """

                  test "\(id): its first action, \(action), is handled and the view renders on", %{conn: conn} do
                    {:ok, view, _html} = live(conn, "/\(id)")
                    # Pressed where the first render offers it (some buttons appear only later).
                    if has_element?(view, ~s([phx-click="\(action)"])) do
                      assert render_click(view, "\(action)", %{}) =~ "<"
                    end

                \(root)  end

                """
        }
        out += "end\n"
        return out
    }
}
