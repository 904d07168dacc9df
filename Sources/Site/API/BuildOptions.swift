/// Where a build reads from and writes to, as the user named the paths.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// Warnings (broken links, unplaced demos) fail the build.
    public var strict: Bool
    /// Keep Tailwind's and esbuild's outputs beside the output folder (`.output.rtux-cache`) and reuse
    /// them while their inputs are unchanged.
    public var cache: Bool
    /// Also bundle the tab's side of the multi-tab hub (`__rtux/hub-link.js`, docs/hub.md): only
    /// `rtux serve` has a hub, so only its builds carry it; a built gallery stays as it was.
    public var hubLink: Bool

    public init(contentDirectory: String = "Content", templatesDirectory: String = "Templates",
                outputDirectory: String = "output", strict: Bool = false, cache: Bool = false, hubLink: Bool = false) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.strict = strict
        self.cache = cache
        self.hubLink = hubLink
    }
}
