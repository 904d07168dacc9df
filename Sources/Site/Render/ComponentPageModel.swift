/// The context of `component.mustache`.
enum ComponentPageModel {
    static func context(_ page: ComponentPage) -> [String: Any] {
        [
            "name": page.name,
            "doc": page.doc,
            "stories": page.stories.enumerated().map { index, story in
                ["name": story.name, "slug": story.slug, "html": story.html, "snippet": story.snippet, "first": index == 0] as [String: Any]
            },
            "hasManyStories": page.stories.count > 1,
            "attrs": page.attrs,
            "hasAttrs": !page.attrs.isEmpty,
            "slots": page.slots,
            "hasSlots": !page.slots.isEmpty,
            "tabs": page.tabs.enumerated().map { index, tab in
                ["format": tab.format.rawValue, "label": tab.label, "code": tab.code, "isHTML": tab.format == .html, "first": index == 0] as [String: Any]
            },
            "hookName": page.hookName ?? "",
            "hasHook": page.hookName != nil,
            "hasCSS": page.hasCSS,
            "addLine": CodeBlock.addLine(component: page.name),
        ]
    }
}
