/// The component library and demo definitions, written in the Markup DSL.
public enum Components {}
