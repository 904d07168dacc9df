import Foundation

/// The hand-written `Phoenix.LiveViewTest` of every demo and the case template they share
/// (`Sources/Install/DemoTests`, a resource of this target): what `rtux add --demo` ships and
/// the registry lists, and what Tests/phoenix/run.sh runs against every printed demo, so the
/// test a user gets is the one that passed. Written for `MyApp`/`MyAppWeb`, as the snippets are.
public enum DemoTestFiles {
    public static let caseTemplateName = "realtime_demo_case.ex"
    /// Where the case template goes in the app: phx.new compiles test/support in the test env.
    public static let caseTemplateTarget = "test/support/realtime_demo_case.ex"

    /// The demo's test (`<id with underscores>_test.exs`); nil when the demo has none yet.
    public static func test(demo id: String) throws(AddError) -> String? {
        let path = (try folder() as NSString).appendingPathComponent(id.replacingAll("-", with: "_") + "_test.exs")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try read(path)
    }

    public static func caseTemplate() throws(AddError) -> String {
        try read((try folder() as NSString).appendingPathComponent(caseTemplateName))
    }

    /// The folder the files are read from, found once.
    public static func folder() throws(AddError) -> String { try located.get() }

    private static func read(_ path: String) throws(AddError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AddError("\(path): cannot read rtux's demo test; reinstall rtux (the folder beside its binary is incomplete)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// SwiftPM copies the folder into a bundle beside the binary (`rtux_Install.resources` on
    /// Linux, `rtux_Install.bundle` on macOS). Its generated `Bundle.module` would stop the
    /// program with a fatalError when a copied binary came without it; this looks in the same
    /// places (beside the executable, symlinks resolved, and the main bundle) and says what to do.
    private static let located: Result<String, AddError> = {
        var places: [String] = []
        if let executable = Bundle.main.executableURL {
            places.append(executable.resolvingSymlinksInPath().deletingLastPathComponent().path)
            places.append(executable.deletingLastPathComponent().path)
        }
        places.append(Bundle.main.bundlePath)
        if let resources = Bundle.main.resourcePath { places.append(resources) }
        return locate(in: places)
    }()

    /// The DemoTests folder of the first resource bundle found in `places`.
    static func locate(in places: [String]) -> Result<String, AddError> {
        var tried: [String] = []
        for place in places {
            for name in ["rtux_Install.resources", "rtux_Install.bundle"] {
                let path = (place as NSString).appendingPathComponent(name)
                guard !tried.contains(path) else { continue }
                tried.append(path)
                if let bundle = Bundle(path: path), let url = bundle.url(forResource: "DemoTests", withExtension: nil) {
                    return .success(url.path)
                }
            }
        }
        return .failure(AddError("rtux's demo tests are missing: no rtux_Install.resources/DemoTests beside the rtux binary (looked in "
            + tried.joined(separator: ", ") + "); copy that folder along with the binary, or run the one `swift build` made"))
    }
}
