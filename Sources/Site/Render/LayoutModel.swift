/// The context of `layout.mustache`: the document shell every page shares.
enum LayoutModel {
    static func context(title: String, description: String, root: String, assets: [String: String],
                        nav: String, body: String, isIndex: Bool = false) -> [String: Any] {
        [
            "title": title,
            "description": description,
            "root": root,
            "isIndex": isIndex,
            "stylesheet": root + (assets["app.css"] ?? "assets/app.css"),
            "galleryScript": root + (assets["gallery.js"] ?? "assets/gallery.js"),
            "searchIndex": root + (assets["search-index.js"] ?? "assets/search-index.js"),
            "nav": nav,
            "body": body,
        ]
    }
}
