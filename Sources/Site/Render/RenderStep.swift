import Dispatch
import Mustache

/// Fills the Mustache layouts for the index and every page (step "render").
///
/// What is the same on every page (the navigation) is rendered once per folder depth and passed in as
/// a string: iterating a large section per page costs swift-mustache ~50 times more (DESIGN.md).
struct RenderStep: BuildStep {
    let name = "render"
    static let templates = ["layout", "page", "index", "nav", "component", "components", "demo"]

    func run(_ context: inout BuildContext) throws {
        let ordered = context.orderedPages
        let navigation = NavigationModel(pages: ordered, components: context.componentPages)
        let library = context.theme.library
        var navKey = StepCache.key("nav")
        navKey.add(context.theme.fingerprint)
        navigation.addInputs(to: &navKey)
        let navByRoot = Dictionary(uniqueKeysWithValues: ["", "../"].map { root in
            let make = { library.render(navigation.context(root: root), withTemplate: "nav") ?? "" }
            var key = navKey
            key.add(root)
            return (root, context.cache.map { $0.value(for: key, produce: make) } ?? make())
        })
        let shell = Shell(library: library, cache: context.cache, assets: context.assetPaths, navByRoot: navByRoot,
                          fingerprint: context.theme.fingerprint)
        let site = PageModel.Site(pages: ordered)
        let files = ConcurrentResults<OutputFile>(count: ordered.count)
        let documents = context.documents
        let render: @Sendable (Int) -> Void = { index in
            let page = ordered[index]
            let document = documents[page.id]
            let root = PageLinks.root(of: page.outputPath)
            let model = PageModel(page: page, document: document, site: site)
            files.set(index, OutputFile(path: page.outputPath, bytes: shell.page(
                template: "page", model.context(), inputs: model.addInputs,
                path: page.outputPath, title: page.frontMatter.title, description: page.frontMatter.summary, root: root)))
        }
        DispatchQueue.concurrentPerform(iterations: ordered.count, execute: render)
        for index in ordered.indices { if let file = files.get(index) { context.files.append(file) } }

        for component in context.componentPages {
            context.files.append(OutputFile(path: component.outputPath, bytes: shell.page(
                template: "component", ComponentPageModel.context(component), inputs: { $0.add(component.fingerprint) }, path: component.outputPath,
                title: "\(component.name) component", description: component.doc, root: "../")))
        }
        if !context.componentPages.isEmpty {
            context.files.append(OutputFile(path: "components/index.html", bytes: shell.page(
                template: "components", navigation.indexContext(), inputs: navigation.addInputs, path: nil, title: "Components",
                description: "The function components behind the demos, with their HEEx, HTML, CSS and hooks.", root: "../")))
        }
        context.files.append(OutputFile(path: "index.html", bytes: shell.page(
            template: "index", navigation.indexContext(), inputs: navigation.addInputs, path: nil, title: "Real-time UX patterns for Phoenix LiveView",
            description: "A gallery of loading, presence, conflict, disconnection and feedback patterns for LiveView apps, with live demos.",
            root: "", isIndex: true)))
    }

    /// A page in the layout, from the step cache when nothing it reads changed: the templates,
    /// the body's context, the shared sidebar and the asset names.
    struct Shell: Sendable {
        let library: MustacheLibrary
        let cache: StepCache?
        let assets: [String: String]
        let navByRoot: [String: String]
        let fingerprint: String
        /// Each sidebar's hash, taken once rather than once per page.
        let navKeys: [String: String]

        init(library: MustacheLibrary, cache: StepCache?, assets: [String: String], navByRoot: [String: String], fingerprint: String) {
            self.library = library
            self.cache = cache
            self.assets = assets
            self.navByRoot = navByRoot
            self.fingerprint = fingerprint
            navKeys = cache == nil ? [:] : navByRoot.mapValues { nav in
                var key = CacheKey("nav")
                key.add(nav)
                return key.hex
            }
        }

        /// `inputs`: adds what the body's context is made from to a key, when that is cheaper than
        /// hashing the context (the context is then only made on a miss).
        /// `path`: the file whose sidebar link is marked current (nil: none).
        func page(template: String, _ makeBody: @autoclosure () -> [String: Any], inputs: ((inout CacheKey) -> Void)? = nil, path: String?,
                  title: String, description: String, root: String, isIndex: Bool = false) -> [UInt8] {
            let nav = navByRoot[root] ?? ""
            func render() -> [UInt8] {
                let html = library.render(makeBody(), withTemplate: template) ?? ""
                let marked = path.map { RenderStep.marking($0, in: nav, root: root) } ?? nav
                return Array((library.render(LayoutModel.context(title: title, description: description, root: root, assets: assets,
                                                                 nav: marked, body: html, isIndex: isIndex), withTemplate: "layout") ?? "").utf8)
            }
            guard let cache else { return render() }
            var key = StepCache.key("render")
            key.add(fingerprint)
            [template, path ?? "", title, description, root, navKeys[root] ?? "", isIndex ? "index" : "page"].forEach { key.add($0) }
            for name in assets.keys.sorted() { key.add(name); key.add(assets[name] ?? "") }
            if let inputs { inputs(&key) } else { key.add(context: makeBody()) }
            return cache.value(for: key, produce: render)
        }
    }

    /// The shared sidebar with the current page's link marked `aria-current="page"`.
    static func marking(_ path: String, in nav: String, root: String) -> String {
        nav.replacingFirst("href=\"\(root)\(path)\"", with: "href=\"\(root)\(path)\" aria-current=\"page\"")
    }
}
