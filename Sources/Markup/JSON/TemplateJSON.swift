/// The template JSON back-end: the tree with expressions kept symbolic, for the
/// browser runtime (schema in docs/template-json.md). Object keys are sorted, so the
/// same tree always gives the same bytes.
public enum TemplateJSON {
    /// The schema version written as `"v"`.
    public static let version = 1

    /// A document `{"root": [...], "v": 1}` for nodes.
    public static func document(_ nodes: [Node]) -> String {
        JSONWriter.string(.map(["v": .int(version), "root": .list(nodes.map(node))]))
    }

    /// A document for a component: its body plus its attr defaults, so the runtime can
    /// start from the same assigns a Phoenix call would.
    public static func document(_ component: FunctionComponent) -> String {
        JSONWriter.string(.map([
            "v": .int(version),
            "name": .string(component.name),
            "defaults": .map(component.defaultAssigns),
            "root": .list(component.body.map(node)),
        ]))
    }

    /// The document as a value, for embedding in a larger JSON document (a demo's).
    public static func documentValue(_ nodes: [Node]) -> AssignValue {
        .map(["v": .int(version), "root": .list(nodes.map(node))])
    }

    /// An expression as its JSON value (`{"get": [...]}`), for demo handler ops.
    public static func value(of expr: Expr) -> AssignValue { expression(expr) }

    static func node(_ node: Node) -> AssignValue {
        switch node {
        case .element(let element):
            var object: [String: AssignValue] = ["el": .string(element.name)]
            if !element.attributes.isEmpty { object["a"] = .list(element.attributes.map(attribute)) }
            if !element.children.isEmpty { object["c"] = .list(element.children.map(Self.node)) }
            return .map(object)
        case .text(let expr):
            return ["text": expression(expr)]
        case .raw(let html):
            return ["raw": .string(html)]
        case .fragment(let children):
            return ["fragment": .list(children.map(Self.node))]
        case .conditional(let condition, let then, let otherwise):
            var object: [String: AssignValue] = ["if": expression(condition), "then": .list(then.map(Self.node))]
            if !otherwise.isEmpty { object["else"] = .list(otherwise.map(Self.node)) }
            return .map(object)
        case .loop(let variable, let list, let body):
            return ["for": .string(variable), "in": expression(list), "c": .list(body.map(Self.node))]
        case .stream(let name, let variable, let body):
            return ["stream": .string(name), "as": .string(variable), "c": .list(body.map(Self.node))]
        case .slot(let name):
            return ["slot": .string(name)]
        case .call(let call):
            return callNode(call)
        case .colocatedHook:
            return ["fragment": .list([])] // renders nothing, as in Phoenix; the runtime has its own hooks
        }
    }

    private static func callNode(_ call: ComponentCall) -> AssignValue {
        let component = call.component
        // Split as Phoenix does: declared attrs become assigns, the others go into the rest
        // map (or are dropped when the callee takes none). The runtime cannot tell them apart
        // itself: a required attr has no entry in `defaults`.
        let declared = call.attributes.filter { attribute in component.attrs.contains { $0.name == attribute.name } }
        // Sorted by name: the rest map's order, as a small Elixir map iterates it (H5).
        let undeclared = call.attributes.filter { attribute in !component.attrs.contains { $0.name == attribute.name } }
            .sorted { $0.name < $1.name }
        func pairs(_ list: [(name: String, value: Expr)]) -> AssignValue {
            .list(list.map { .list([.string($0.name), expression($0.value)]) })
        }
        var object: [String: AssignValue] = [
            "call": .string(component.name),
            "defaults": .map(component.defaultAssigns),
            "c": .list(component.body.map(node)),
        ]
        if !declared.isEmpty { object["a"] = pairs(declared) }
        if let rest = component.restAttr {
            object["rest"] = .string(rest.name)
            if !undeclared.isEmpty { object["ra"] = pairs(undeclared) }
        }
        if !call.slots.isEmpty {
            object["slots"] = .map(Dictionary(call.slots.map { ($0.name, AssignValue.list($0.content.map(node))) },
                                              uniquingKeysWith: { first, _ in first }))
        }
        return .map(object)
    }

    private static func attribute(_ attribute: Attribute) -> AssignValue {
        switch attribute.value {
        case .value(let expr): .list([.string(attribute.name), expression(expr)])
        case .classList(let entries): .list([.string("class"), ["class": .list(entries.map(expression))]])
        case .rest(let assign): ["rest": .string(assign)]
        }
    }

    /// `expr` as a plain path (struct fields folded in), when it is one.
    private static func path(_ expr: Expr) -> Expr? {
        switch expr {
        case .assign, .variable, .param: expr
        case .field(let base, let key): path(base)?.dot(key)
        default: nil
        }
    }

    static func expression(_ expr: Expr) -> AssignValue {
        switch expr {
        case .literal(let value): ["lit": value]
        case .assign(let path): ["get": .list(path.map { .string($0) })]
        case .variable(let path): ["var": .list(path.map { .string($0) })]
        case .compare(let op, let l, let r): ["op": .string(op.rawValue), "l": expression(l), "r": expression(r)]
        case .arithmetic(let op, let l, let r): ["op": .string(op.rawValue), "l": expression(l), "r": expression(r)]
        case .and(let l, let r): ["op": "&&", "l": expression(l), "r": expression(r)]
        case .or(let l, let r): ["op": "||", "l": expression(l), "r": expression(r)]
        case .not(let e): ["not": expression(e)]
        case .conditional(let c, let a, let b): ["cond": expression(c), "then": expression(a), "else": expression(b)]
        case .concat(let parts): ["concat": .list(parts.map(expression))]
        case .length(let e): ["len": expression(e)]
        case .take(let e, let n): ["take": expression(e), "n": .int(n)]
        case .at(let e, let i): ["at": expression(e), "i": .int(i)]
        case .pick(let options, let index): ["pick": .list(options.map { .string($0) }), "i": expression(index)]
        case .hashIndex(let e, let n): ["hash": expression(e), "mod": .int(n)]
        case .presenceUsers(let e, let stale, let focus):
            if let focus { ["presence_users": expression(e), "stale": .int(stale), "focus": .string(focus)] }
            else { ["presence_users": expression(e), "stale": .int(stale)] }
        case .first(let e): ["first": expression(e)]
        // A struct's field reads like a map's key: the same path form (the runtime has no
        // structs); only Elixir prints it differently. The runtime knows no "field" form: a
        // field of something other than a path fails loudly at its first render.
        case .field(let e, let key):
            if let path = Self.path(e)?.dot(key) { expression(path) } else { ["field": expression(e), "key": .string(key)] }
        case .rangeTo(let e): ["range": expression(e)]
        case .js(let commands): ["js": .list(commands.map(jsCommand))]
        case .param(let path): ["param": .list(path.map { .string($0) })]
        case .object(let fields): ["obj": .map(fields.mapValues(expression))]
        case .list(let items): ["list": .list(items.map(expression))]
        case .contains(let list, let value): ["has": expression(list), "value": expression(value)]
        case .find(let list, let field, let value):
            ["find": expression(list), "field": .string(field), "equals": expression(value)]
        case .store(let name): ["store": .string(name)]
        case .version(let name): ["version": .string(name)]
        case .now: ["now": .map([:])]
        case .staticChanged: ["static_changed": .map([:])]
        case .connectParam(let path): ["param": .list(path.map { .string($0) })]
        case .query(let fields): ["query": .map(fields.mapValues(expression))]
        case .slice(let list, let start, let count): ["slice": expression(list), "start": expression(start), "count": expression(count)]
        case .textLength(let e): ["len": expression(e)]
        }
    }

    private static func jsCommand(_ command: JSCommand) -> AssignValue {
        func withTarget(_ object: [String: AssignValue], _ to: Expr?) -> AssignValue {
            var copy = object
            if let to { copy["to"] = expression(to) }
            return .map(copy)
        }
        switch command {
        case .push(let event, let value, let loading):
            var object: [String: AssignValue] = ["cmd": "push", "event": .string(event)]
            if !value.isEmpty { object["value"] = .map(value.mapValues(expression)) }
            if let loading { object["loading"] = expression(loading) }
            return .map(object)
        case .hide(let to, let transition):
            return withTarget(["cmd": "hide"].merging(transition.map { ["transition": .string($0)] } ?? [:]) { $1 }, to)
        case .show(let to, let transition):
            return withTarget(["cmd": "show"].merging(transition.map { ["transition": .string($0)] } ?? [:]) { $1 }, to)
        case .dispatch(let event, let to):
            return withTarget(["cmd": "dispatch", "event": .string(event)], to)
        case .addClass(let names, let to):
            return withTarget(["cmd": "add_class", "names": .string(names)], to)
        case .removeClass(let names, let to):
            return withTarget(["cmd": "remove_class", "names": .string(names)], to)
        case .toggleClass(let names, let to):
            return withTarget(["cmd": "toggle_class", "names": .string(names)], to)
        case .setAttribute(let name, let value, let to):
            return withTarget(["cmd": "set_attr", "attr": .list([.string(name), .string(value)])], to)
        case .removeAttribute(let name, let to):
            return withTarget(["cmd": "remove_attr", "attr": .string(name)], to)
        case .transition(let classes, let to):
            return withTarget(["cmd": "transition", "transition": .string(classes)], to)
        }
    }
}
