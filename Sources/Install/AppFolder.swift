import Foundation

/// The Phoenix app `rtux add` writes into: found by its `mix.exs`, read and written all or nothing.
public struct AppFolder: Sendable {
    public let root: String
    public let project: MixProject

    /// The app at `root`; an error naming what is missing when it is not a Phoenix app.
    public init(_ root: String) throws(AddError) {
        self.root = root
        let mix = (root as NSString).appendingPathComponent("mix.exs")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw AddError("\(root): no such folder; pass --app the folder of your Phoenix app (the one with mix.exs)")
        }
        guard let data = FileManager.default.contents(atPath: mix) else {
            throw AddError("\(root) is not a Phoenix app: it has no mix.exs; pass --app the folder `mix phx.new` made")
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let project = MixProject.parse(text) else {
            throw AddError("\(mix): no `app: :name` in `def project`; rtux add needs a mix project made by `mix phx.new`")
        }
        guard text.contains(":phoenix_live_view") || text.contains("phoenix_live_view") else {
            throw AddError("\(mix): the app does not depend on :phoenix_live_view; rtux add puts LiveView components into a Phoenix 1.8 app")
        }
        self.project = project
        let web = (root as NSString).appendingPathComponent("lib/\(project.webDirectory)")
        guard FileManager.default.fileExists(atPath: web) else {
            throw AddError("\(root) is not a Phoenix app: no lib/\(project.webDirectory)/ for :\(project.app); pass --app the folder `mix phx.new` made")
        }
    }

    /// A file's text, relative to the app; nil when there is none.
    public func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: absolute(path)).map { String(decoding: $0, as: UTF8.self) }
    }

    func absolute(_ path: String) -> String { (root as NSString).appendingPathComponent(path) }

    /// Writes every file of the plan, or none: each goes to a temporary file beside its target
    /// first; only when all are written are they renamed into place. On any failure the
    /// temporary files and the folders made for them are removed, and the error names the file.
    public func apply(_ plan: AddPlan) throws(AddError) {
        let fm = FileManager.default
        var staged: [(temp: String, target: String)] = []
        var madeFolders: [String] = []
        func rollback() {
            for entry in staged { try? fm.removeItem(atPath: entry.temp) }
            for folder in madeFolders.reversed() { try? fm.removeItem(atPath: folder) }
        }
        for write in plan.writes {
            let target = absolute(write.path)
            let temp = target + ".rtux-new"
            do {
                var missing: [String] = []
                var folder = (target as NSString).deletingLastPathComponent
                while !fm.fileExists(atPath: folder) { missing.append(folder); folder = (folder as NSString).deletingLastPathComponent }
                for made in missing.reversed() {
                    try fm.createDirectory(atPath: made, withIntermediateDirectories: false)
                    madeFolders.append(made)
                }
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw AddError("\(write.path) is a folder")
                }
                try Data(write.new.utf8).write(to: URL(fileURLWithPath: temp))
                staged.append((temp, target))
            } catch {
                rollback()
                throw AddError("cannot write \(write.path) in \(root) (\(Self.reason(error))); nothing was written: make it writable and run again")
            }
        }
        for (index, entry) in staged.enumerated() {
            if rename(entry.temp, entry.target) != 0 {
                let reason = String(cString: strerror(errno))
                for later in staged[index...] { try? fm.removeItem(atPath: later.temp) }
                throw AddError("cannot replace \(entry.target) (\(reason)); the files before it were written, the rest not: run again")
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        if let add = error as? AddError { return add.description }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
