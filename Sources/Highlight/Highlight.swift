/// Build-time syntax highlighting of code blocks into escaped HTML spans.
public enum Highlight {}
