// Readable constructors for expressions, so component files read like templates:
// `.assign("user.name").equals("Ann")` rather than nested enum cases.

extension Expr {
    /// `@path`, written with dots: `assign("user.name")` is `@user.name`.
    public static func assign(_ dotted: String) -> Expr {
        .assign(dotted.split(separator: ".").map(String.init))
    }

    /// A loop variable path, written with dots: `variable("user.id")` is `user.id`.
    public static func variable(_ dotted: String) -> Expr {
        .variable(dotted.split(separator: ".").map(String.init))
    }

    /// An event param or message payload path, written with dots: `param("id")`.
    public static func param(_ dotted: String) -> Expr {
        .param(dotted.split(separator: ".").map(String.init))
    }

    /// `value in self`.
    public func contains(_ value: Expr) -> Expr { .contains(self, value: value) }

    /// The first element of this list whose `field` equals `value`, or `nil`.
    public func find(_ field: String, equals value: Expr) -> Expr { .find(self, field: field, equals: value) }

    /// `self == other`.
    public func equals(_ other: Expr) -> Expr { .compare(.equal, self, other) }
    /// `self != other`.
    public func notEquals(_ other: Expr) -> Expr { .compare(.notEqual, self, other) }
    /// `self > other`.
    public func greaterThan(_ other: Expr) -> Expr { .compare(.greater, self, other) }
    /// `self >= other`.
    public func atLeast(_ other: Expr) -> Expr { .compare(.greaterOrEqual, self, other) }
    /// `self < other`.
    public func lessThan(_ other: Expr) -> Expr { .compare(.less, self, other) }
    /// `self <= other`.
    public func atMost(_ other: Expr) -> Expr { .compare(.lessOrEqual, self, other) }
    /// `self && other`.
    public func and(_ other: Expr) -> Expr { .and(self, other) }
    /// `self || other`.
    public func or(_ other: Expr) -> Expr { .or(self, other) }
    /// `!self`.
    public var negated: Expr { .not(self) }
    /// `self + other`.
    public func plus(_ other: Expr) -> Expr { .arithmetic(.plus, self, other) }
    /// `self - other`.
    public func minus(_ other: Expr) -> Expr { .arithmetic(.minus, self, other) }
    /// `length(self)`.
    public var count: Expr { .length(self) }
    /// `if(self, do: a, else: b)`.
    public func then(_ a: Expr, else b: Expr) -> Expr { .conditional(self, then: a, else: b) }
    /// `self.key` on a path; other expressions cannot be extended and stay as they are.
    public func dot(_ key: String) -> Expr {
        switch self {
        case .assign(let path): .assign(path + [key])
        case .variable(let path): .variable(path + [key])
        case .param(let path): .param(path + [key])
        default: self
        }
    }
    /// A struct's field, `self.key` in Elixir too (see `Expr.field`).
    public func structField(_ key: String) -> Expr { .field(self, key) }
}

extension Expr: ExpressibleByStringInterpolation {
    /// Builds `"#{a} and #{b}"` from a Swift interpolation of expressions.
    public struct StringInterpolation: StringInterpolationProtocol {
        var parts: [Expr] = []
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { parts.append(.literal(.string(literal))) }
        }
        public mutating func appendInterpolation(_ expr: Expr) { parts.append(expr) }
    }

    public init(stringInterpolation: StringInterpolation) {
        let parts = stringInterpolation.parts
        if parts.count == 1, case .literal(.string) = parts[0] {
            self = parts[0]
        } else {
            self = .concat(parts)
        }
    }
}
