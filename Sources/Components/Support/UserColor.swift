import Markup

/// A user's colour: a stable hash of their id over a fixed palette of 8 (PATTERNS.md,
/// presence rules). CRC-32 because a HEEx template can compute it too
/// (`:erlang.crc32/1`), so the Phoenix app and the gallery agree on every colour.
enum UserColor {
    /// Tailwind 900-ish shades: white text passes WCAG AA (4.5:1) on each, also when an idle avatar is
    /// faded to 75% opacity over a white or a zinc-900 page.
    static let palette = ["#881337", "#7c2d12", "#713f12", "#14532d", "#134e4a", "#0c4a6e", "#3730a3", "#701a75"]

    /// The colour for the user id at `id`.
    static func of(_ id: Expr) -> Expr { .pick(palette, .hashIndex(id, palette.count)) }

    /// `--user-color: <colour>` for a `style` attribute; classes read it as `(--user-color)`.
    static func style(_ id: Expr) -> Expr { "--user-color: \(of(id))" }
}
