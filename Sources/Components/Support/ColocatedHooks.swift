import Markup

/// LiveView 1.1's colocated hooks: each hook's code sits in a `<script
/// :type={Phoenix.LiveView.ColocatedHook} name=".Name">` beside the markup that names it,
/// and LiveView's compiler hands it to the JS bundle (Phoenix 1.8's app.js imports
/// `phoenix-colocated/<app>`), so users copy no hook into app.js.
///
/// In the tree a hook is named as the browser will see it, qualified with the module it
/// lives in (`RealtimeComponents.ConnectionBanner`): that is what Phoenix renders, so the
/// HTML back-end and the runtime agree with it; the HEEx printer writes it back as `.Name`.
enum ColocatedHooks {
    /// The `phx-hook` value of hook `name` colocated in `module`.
    static func qualified(_ name: String, in module: String) -> String { module + "." + name }

    /// The `phx-hook` value of a kit hook, colocated in the components module.
    static func kit(_ name: String) -> String { qualified(name, in: Snippets.defaultModule) }

    /// The script node of a hook whose source is `export const Name = {...}` (the form
    /// `--format js` prints): the same code with the hook as the module's default export.
    static func script(name: String, source: String) -> Node {
        .colocatedHook(name: name, source: source.replacing("export const \(name) = ", with: "export default "))
    }
}
