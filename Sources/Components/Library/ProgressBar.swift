import Markup

/// `progress_bar`: a determinate progress bar with its label and percentage.
enum ProgressBar {
    static let template = FunctionComponent(
        name: "progress_bar",
        doc: "Renders a progress bar for a long operation, fed with a percentage (0–100).",
        attrs: [
            AttrDecl("value", .integer, required: true, doc: "Percent done, 0 to 100."),
            AttrDecl("label", .string, default: "Progress", doc: "What the operation is."),
            AttrDecl("rest", .global),
        ]
    ) {
        div(.class("w-full space-y-1"), .rest) {
            div(.class("flex justify-between text-sm " + Styles.muted)) {
                span { text(.assign("label")) }
                span { text(.assign("value")); "%" }
            }
            div(.class("h-2 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-700"), .role(.progressbar),
                .aria(.label, .assign("label")), .aria(.valuemin, "0"), .aria(.valuemax, "100"),
                .aria(.valuenow, .assign("value"))) {
                div(.class("h-full rounded-full bg-indigo-600 transition-[width] duration-300 motion-reduce:transition-none dark:bg-indigo-400"),
                    .style("width: \(.assign("value"))%"))
            }
        }
    }

    static let definition = ComponentDefinition(template, stories: [
        Story("just started", ["value": 0, "label": "Exporting"]),
        Story("started", ["value": 10, "label": "Exporting"]),
        Story("halfway", ["value": 50, "label": "Exporting"]),
        Story("almost done", ["value": 90, "label": "Exporting"]),
        Story("complete", ["value": 100, "label": "Exported"]),
    ])
}
