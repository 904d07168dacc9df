import Components
import Foundation
import Markup
import Testing

/// Converts story assigns into the evaluator's values (maps sorted as small Elixir maps are).
func evalue(_ v: AssignValue) -> EValue {
    switch v {
    case .string(let s): .str(s)
    case .int(let i): .int(i)
    case .double(let d): .float(d)
    case .bool(let b): .bool(b)
    case .null: .nil
    case .list(let items): .list(items.map(evalue))
    case .map(let m): .makeMap(m.map { ($0.key, evalue($0.value)) })
    }
}

/// The package root, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The evaluator's view of the whole `--all` module: every component as Phoenix would compile it.
func moduleComponents() throws -> [String: EComponent] { try parsedModule.get() }

/// The kit's components and Phoenix.Component's that demos call: what a demo's render can reach.
func callableComponents() throws -> [String: EComponent] { try parsedCallable.get() }

// Parsed once: the module text is a constant of the build, and the evaluator's values are immutable.
nonisolated(unsafe) private let parsedModule = Result { try ModuleParser.components(in: Snippets.module()) }
nonisolated(unsafe) private let parsedCallable = Result {
    try parsedModule.get().merging(ModuleParser.components(in: phoenixComponents)) { kit, _ in kit }
}

/// Phoenix.Component's own components that demos call, written as LiveView 1.2 defines them
/// (`async_result/1`: a `cond` on the AsyncResult, in this order), so the evaluator checks
/// the runtime's mirror (`PhoenixAsyncResult`) against Phoenix's rule, not against itself.
private let phoenixComponents = #"""
defmodule Phoenix.Component do
  attr :assign, :any, required: true
  slot :loading
  slot :failed
  slot :inner_block, required: true

  def async_result(assigns) do
    ~H"""
    <%= if @assign.ok? do %>{render_slot(@inner_block)}<% else %><%= if @assign.loading do %>{render_slot(@loading)}<% else %><%= if @assign.failed do %>{render_slot(@failed)}<% end %><% end %><% end %>
    """
  end
end
"""#

/// What the HEEx of `component` renders for `story`, by the independent evaluator.
func evaluatedHEEx(_ component: ComponentDefinition, _ story: Story) throws -> String {
    let components = try moduleComponents()
    let slots = story.slots.mapValues { HTMLRenderer.string($0, assigns: [:]) }
    return try HEExRenderer(components: components)
        .render(component: component.name, assigns: story.assigns.mapValues(evalue), slots: slots)
}

/// Asserts two HTML strings are the same document modulo insignificant whitespace,
/// comparing class values as token lists.
func expectSameHTML(_ actual: String, _ expected: String, _ comment: String,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        let a = try HTMLTokenizer.tokens(actual)
        let b = try HTMLTokenizer.tokens(expected)
        #expect(a == b, "\(comment)\nHTML back-end: \(actual)\nHEEx evaluator: \(expected)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(comment): \(error)\n\(actual)\n\(expected)", sourceLocation: sourceLocation)
    }
}

/// Every (component, story) pair, for parameterised tests.
let allStories: [(ComponentDefinition, Story)] = ComponentLibrary.all.flatMap { c in c.stories.map { (c, $0) } }
