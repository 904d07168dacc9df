/// Writes everything into a staging folder and swaps it in as the output folder (step "write").
struct WriteStep: BuildStep {
    let name = "write"

    func run(_ context: inout BuildContext) throws {
        do {
            try OutputFolder.write(context.files, to: context.options.outputDirectory)
        } catch {
            context.diagnostics.append(Diagnostic(.error, path: context.options.outputDirectory, line: 0, message:
                "cannot write the output (the previous output is untouched): \(error)", step: name))
        }
    }
}
