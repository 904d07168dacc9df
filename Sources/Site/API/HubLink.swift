/// Where `rtux serve`'s builds put the tab's side of the multi-tab hub (docs/hub.md).
public enum HubLink {
    /// A classic script, not a module: it must have run before a demo's inline script boots,
    /// and module scripts run only after the page is parsed.
    public static let path = "__rtux/hub-link.js"
}
