import Foundation

enum ManifestCoding {
    static func decode(_ text: String) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(text.utf8))
    }

    static func encode(_ manifest: Manifest) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(manifest)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
