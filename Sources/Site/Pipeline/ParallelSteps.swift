import Dispatch

/// Runs steps that do not read the pages (the external tools of "assets" and "demo files") each on
/// its own copy of the context while the page steps run, then merges what they made. Tailwind and
/// esbuild take about as long as all the Markdown of a thousand pages; on two cores they overlap.
struct ParallelSteps: BuildStep {
    let name: String
    /// Steps that need only options, theme and catalogs, and add only files, asset paths, sizes and diagnostics.
    let background: [any BuildStep]
    let foreground: [any BuildStep]

    func run(_ context: inout BuildContext) throws {
        let filesAtStart = context.files.count, diagnosticsAtStart = context.diagnostics.count
        // After load errors only the page checks run: they report more errors; the tools would only add noise.
        let background = context.hasErrors ? [] : background
        let boxes = background.map { _ in ContextBox(context) }
        let threads = zip(background, boxes).map { step, box in
            BackgroundThread {
                let start = DispatchTime.now()
                do { try step.run(&box.context) } catch { box.failure = error }
                box.context.timings.append((step.name, start.secondsSince))
            }
        }
        var caught: (any Error)?
        for step in foreground {
            let start = DispatchTime.now()
            do { try step.run(&context) } catch { caught = error; break }
            context.timings.append((step.name, start.secondsSince))
        }
        threads.forEach { $0.join() }
        if let caught { throw caught }
        for box in boxes {
            if let failure = box.failure { throw failure }
            let made = box.context
            context.files += made.files.dropFirst(filesAtStart)
            context.assetPaths.merge(made.assetPaths) { _, new in new }
            context.demoSizes.files.merge(made.demoSizes.files) { _, new in new }
            context.demoSizes.runtime = [context.demoSizes.runtime, made.demoSizes.runtime].compactMap { $0 }.max()
            context.diagnostics += made.diagnostics.dropFirst(diagnosticsAtStart)
            context.timings += made.timings.suffix(1)
        }
    }
}

/// A background copy of the context, handed to one other thread and read only after it is done.
private final class ContextBox: @unchecked Sendable {
    var context: BuildContext
    var failure: (any Error)?
    init(_ context: BuildContext) { self.context = context }
}

extension DispatchTime {
    var secondsSince: Double { Double(DispatchTime.now().uptimeNanoseconds - uptimeNanoseconds) / 1e9 }
}
