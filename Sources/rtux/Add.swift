import ArgumentParser
import Foundation
import Install

extension Rtux {
    /// `rtux add`: puts kit components (with the ones they call, their colocated hooks and
    /// their app.css lines) and demos' LiveViews with their tests into a Phoenix 1.8 app.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add components (and demos' LiveViews with --demo) to a Phoenix 1.8 app.",
            discussion: """
                Components go into one module (lib/my_app_web/components/realtime_components.ex by default), \
                with the components they call; their hooks are colocated; app.css gets their keyframes and \
                LiveView variants once. A file you changed since rtux wrote it is kept and the difference shown \
                (--force replaces it). Nothing is written when anything fails. rtux keeps what it wrote in .rtux/manifest.json.
                """
        )

        @Argument(help: "Component names, e.g. typing_indicator connection_banner.")
        var names: [String] = []

        @Option(help: "The Phoenix app's folder (the one with mix.exs).")
        var app: String

        @Option(help: "The module the components go into (default: <App>Web.RealtimeComponents).")
        var module: String?

        @Option(help: "A demo id to add as a LiveView with its Phoenix.LiveViewTest (repeatable).")
        var demo: [String] = []

        @Option(help: "A registry folder (the r/ that `rtux build` writes) to take the items from instead of this rtux.")
        var registry: String?

        @Flag(help: "List every file and line it would write, and write nothing.")
        var dryRun = false

        @Flag(help: "Replace what you changed in files rtux wrote.")
        var force = false

        func validate() throws {
            if names.isEmpty && demo.isEmpty { throw ValidationError("Name a component (or --demo ID); `rtux snippet --list` lists them.") }
        }

        func run() throws {
            do throws(AddError) {
                let folder = try AppFolder(app)
                let items: [RegistryItem]
                if let registry {
                    items = try Install.Registry.load(folder: registry)
                } else {
                    do { items = try Install.Registry.items() } catch let error as AddError { throw error } catch {
                        throw AddError("cannot print the kit's snippets: \(error)")
                    }
                }
                let planner = AddPlanner(project: folder.project, registry: items, module: module, force: force, read: folder.read)
                let plan = try planner.plan(components: names, demos: demo)
                // Reported after the writes: a run that fails has written nothing and lists nothing.
                if !dryRun { try folder.apply(plan) }
                report(plan)
            } catch {
                Terminal.error("error: \(error.description)")
                throw ExitCode(1)
            }
        }

        private func report(_ plan: AddPlan) {
            let verb = dryRun ? "would " : ""
            for write in plan.writes {
                let lines = write.old == nil ? write.new.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "+ \($0)" }
                                             : LineDiff.lines(from: write.old ?? "", to: write.new)
                print("\(verb)\(write.old == nil ? "create" : "update") \(write.path)")
                if dryRun { lines.forEach { print("    " + $0) } }
            }
            for kept in plan.kept {
                print("kept \(kept.path): you changed \(kept.what) since rtux wrote it, so it is kept (- yours, + rtux's; --force replaces it):")
                kept.diff.forEach { print("    " + $0) }
            }
            if plan.writes.isEmpty && plan.kept.isEmpty { print("nothing to change: \(app) already has all of it") }
            plan.notes.forEach { print($0) }
        }
    }
}
