import Markup

extension Expr {
    /// `Enum.at(self, i)`.
    func at(_ i: Int) -> Expr { .at(self, i) }
}
