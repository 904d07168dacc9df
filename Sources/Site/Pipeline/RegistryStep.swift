import Install

/// Writes the kit as a registry other tools can read (step "registry"): `r/index.json` and
/// one `r/<name>.json` per component and demo, whose files hold what `rtux snippet` prints
/// (docs/registry.md; `rtux add --registry` reads it back).
struct RegistryStep: BuildStep {
    let name = "registry"

    func run(_ context: inout BuildContext) throws {
        do {
            // The registry is made from the component and demo libraries, which are part of the
            // program, and the demos' tests, which sit beside it (a rebuilt bundle need not change
            // the binary): the key holds their folder too.
            let make = { () throws -> OutputFiles in
                let items = try Registry.items()
                return OutputFiles(files: [OutputFile(path: "r/index.json", text: try Registry.json(Registry.index(items)))]
                    + (try items.map { OutputFile(path: "r/\($0.name).json", text: try Registry.json($0)) }))
            }
            let made = try context.cache.map { cache in
                var key = StepCache.key(name)
                key.addTree(try DemoTestFiles.folder())
                return try cache.value(for: key, produce: make)
            } ?? make()
            context.files += made.files
        } catch {
            context.diagnostics.append(Diagnostic(.error, path: "r/index.json", line: 0,
                                                  message: "cannot write the registry: \(error)", step: name))
        }
    }
}

/// Files a step makes together, as one cache entry.
struct OutputFiles: Packable {
    var files: [OutputFile]

    func pack(_ writer: inout PackWriter) {
        writer.int(files.count)
        for file in files {
            writer.string(file.path)
            writer.bytes(file.bytes)
        }
    }

    static func unpack(_ reader: inout PackReader) -> OutputFiles? {
        guard let count = reader.int(), count >= 0 else { return nil }
        var files: [OutputFile] = []
        for _ in 0..<count {
            guard let path = reader.string(), let bytes = reader.bytes() else { return nil }
            files.append(OutputFile(path: path, bytes: bytes))
        }
        return OutputFiles(files: files)
    }
}
