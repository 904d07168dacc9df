@testable import Markup
import Testing

/// Renders nodes to HTML with assigns.
func html(_ assigns: Assigns = [:], @NodeBuilder _ content: () -> [Node]) -> String {
    HTMLRenderer.string(content(), assigns: assigns)
}

/// Prints nodes as a HEEx template without the final newline.
func heex(@NodeBuilder _ content: () -> [Node]) -> String {
    var text = HEExTemplate().text(content())
    if text.hasSuffix("\n") { text.removeLast() }
    return text
}

/// Renders a node list to HTML with assigns.
func html(_ assigns: Assigns, _ nodes: [Node]) -> String {
    HTMLRenderer.string(nodes, assigns: assigns)
}

/// Prints a node list as HEEx without the final newline.
func heex(_ nodes: [Node]) -> String {
    var text = HEExTemplate().text(nodes)
    if text.hasSuffix("\n") { text.removeLast() }
    return text
}
