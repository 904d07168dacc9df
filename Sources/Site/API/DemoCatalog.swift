/// The demos a build can place, by id. The demo definitions live in `Components`; the CLI hands them in.
public struct DemoCatalog: Sendable {
    public var ids: [String]

    public init(ids: [String] = []) {
        self.ids = ids
    }
}
