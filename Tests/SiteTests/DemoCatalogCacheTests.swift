import Foundation
import Testing
@testable import Site

/// The demo catalog kept beside the output must read back as exactly what was printed, and
/// never be read by another program or from a damaged file.
@Suite struct DemoCatalogCacheTests {
    @Test func theLibraryReadsBackWhole() throws {
        let library = try DemoCatalog.library()
        let bytes = DemoCatalogCache.encode(library)
        let back = try #require(DemoCatalogCache.decode(bytes))
        #expect(DemoCatalogCache.encode(back) == bytes)
        #expect(back.entries.map(\.id) == library.entries.map(\.id))
        #expect(back.entries.first?.snippets.map(\.text) == library.entries.first?.snippets.map(\.text))
        #expect(back.pairs.count == library.pairs.count)
    }

    @Test func anotherProgramsOrADamagedFileIsNotRead() throws {
        let bytes = DemoCatalogCache.encode(try DemoCatalog.library())
        var other = PackWriter()
        other.string("another program")
        #expect(DemoCatalogCache.decode(other.bytes + Array(bytes.dropFirst(8 + StepCache.programKey.utf8.count))) == nil)
        #expect(DemoCatalogCache.decode(Array(bytes.dropLast(5))) == nil)
        #expect(DemoCatalogCache.decode(bytes + [0]) == nil)
    }

    @Test func aSecondBuildReadsTheFileTheFirstWrote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rtux-catalog-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var made = 0
        let make = { () -> DemoCatalog in made += 1; return DemoCatalog(ids: ["a", "b"]) }
        _ = DemoCatalogCache.catalog(in: folder, make: make)
        let again = DemoCatalogCache.catalog(in: folder, make: make)
        #expect(made == 1)
        #expect(again.entries.map(\.id) == ["a", "b"])
    }
}
