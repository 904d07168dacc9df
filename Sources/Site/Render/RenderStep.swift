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
        let assets = context.assetPaths
        let library = context.theme.library
        let navigation = NavigationModel(pages: ordered, components: context.componentPages)
        let navByRoot = Dictionary(uniqueKeysWithValues: ["", "../"].map { root in
            (root, library.render(navigation.context(root: root), withTemplate: "nav") ?? "")
        })
        let site = PageModel.Site(pages: ordered)
        let files = ConcurrentResults<OutputFile>(count: ordered.count)
        let documents = context.documents
        let render: @Sendable (Int) -> Void = { index in
            let page = ordered[index]
            let document = documents[page.id]
            let root = PageLinks.root(of: page.outputPath)
            let body = library.render(PageModel(page: page, document: document, site: site).context(), withTemplate: "page") ?? ""
            let nav = Self.marking(page.outputPath, in: navByRoot[root] ?? "", root: root)
            let html = library.render(LayoutModel.context(title: page.frontMatter.title, description: page.frontMatter.summary,
                                                          root: root, assets: assets, nav: nav, body: body), withTemplate: "layout") ?? ""
            files.set(index, OutputFile(path: page.outputPath, text: html))
        }
        DispatchQueue.concurrentPerform(iterations: ordered.count, execute: render)
        for index in ordered.indices { if let file = files.get(index) { context.files.append(file) } }

        for component in context.componentPages {
            let body = library.render(ComponentPageModel.context(component), withTemplate: "component") ?? ""
            let nav = Self.marking(component.outputPath, in: navByRoot["../"] ?? "", root: "../")
            context.files.append(OutputFile(path: component.outputPath, text: library.render(LayoutModel.context(
                title: "\(component.name) component", description: component.doc, root: "../", assets: assets, nav: nav, body: body),
                withTemplate: "layout") ?? ""))
        }
        if !context.componentPages.isEmpty {
            let body = library.render(navigation.indexContext(), withTemplate: "components") ?? ""
            context.files.append(OutputFile(path: "components/index.html", text: library.render(LayoutModel.context(
                title: "Components", description: "The function components behind the demos, with their HEEx, HTML, CSS and hooks.",
                root: "../", assets: assets, nav: navByRoot["../"] ?? "", body: body), withTemplate: "layout") ?? ""))
        }

        let indexBody = library.render(navigation.indexContext(), withTemplate: "index") ?? ""
        let indexHTML = library.render(LayoutModel.context(title: "Real-time UX patterns for Phoenix LiveView",
            description: "A gallery of loading, presence, conflict, disconnection and feedback patterns for LiveView apps, with live demos.",
            root: "", assets: assets, nav: navByRoot[""] ?? "", body: indexBody, isIndex: true), withTemplate: "layout") ?? ""
        context.files.append(OutputFile(path: "index.html", text: indexHTML))
    }

    /// The shared sidebar with the current page's link marked `aria-current="page"`.
    static func marking(_ path: String, in nav: String, root: String) -> String {
        nav.replacingFirst("href=\"\(root)\(path)\"", with: "href=\"\(root)\(path)\" aria-current=\"page\"")
    }
}
