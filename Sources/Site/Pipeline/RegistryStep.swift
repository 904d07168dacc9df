import Install

/// Writes the kit as a registry other tools can read (step "registry"): `r/index.json` and
/// one `r/<name>.json` per component and demo, whose files hold what `rtux snippet` prints
/// (docs/registry.md; `rtux add --registry` reads it back).
struct RegistryStep: BuildStep {
    let name = "registry"

    func run(_ context: inout BuildContext) throws {
        do {
            let items = try Registry.items()
            context.files.append(OutputFile(path: "r/index.json", text: try Registry.json(Registry.index(items))))
            for item in items {
                context.files.append(OutputFile(path: "r/\(item.name).json", text: try Registry.json(item)))
            }
        } catch {
            context.diagnostics.append(Diagnostic(.error, path: "r/index.json", line: 0,
                                                  message: "cannot write the registry: \(error)", step: name))
        }
    }
}
