import Markup

/// Pages of a store list into a stream of the same name (load-more, infinite-scroll): the
/// next `perPage` records after `@shown` are appended (L13), then `shown` and `more` (some
/// are left) follow.
enum Paging {
    /// The next page: `Enum.slice(Store.get(:record), @shown, perPage)`.
    static func page(_ record: String, perPage: Int) -> Expr {
        .slice(.store(record), start: .assign("shown"), count: .literal(.int(perPage)))
    }

    static func next(_ record: String, perPage: Int) -> [Op] {
        let page = page(record, perPage: perPage)
        return [
            Op.streamAppend(record, items: page),
            Op.set("shown", Expr.length(page).plus(.assign("shown"))),
            Op.set("more", Expr.length(.store(record)).greaterThan(.assign("shown"))),
        ]
    }
}
