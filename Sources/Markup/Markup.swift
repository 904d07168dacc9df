/// The HTML component DSL: nodes, symbolic expressions over assigns, and three back-ends.
public enum Markup {}
