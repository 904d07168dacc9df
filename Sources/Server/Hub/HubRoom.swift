/// The hub of one demo (docs/hub.md): its open tabs, what each subscribed to and tracks, the
/// store records and locks the tabs wrote, and hub time. Pure and synchronous: each change
/// returns what to send to whom, and the connection code does the sending, so every rule is
/// tested without a socket.
struct HubRoom {
    /// Milliseconds on a monotonic scale (the room subtracts its own start): injected so
    /// tests set the time.
    typealias Clock = @Sendable () -> Int

    /// One open tab.
    struct Tab {
        var user: String
        var topics: Set<String> = []
        /// Topic → the presence keys this tab tracks, each with its metas, in order.
        var presences: [String: [HubMessage.Presence]] = [:]
    }

    /// A store record as the last accepted write left it.
    struct Record: Equatable {
        var value: JSONValue
        var version: Int
    }

    /// A held lock and the tab holding it.
    struct HeldLock: Equatable {
        var lock: HubMessage.Lock
        var owner: String
    }

    /// The names a tab gets when its URL has no `user`: short, and never a simulated peer's.
    static let names = ["Iva", "Jo", "Kit", "Lou", "Max", "Ned", "Oli", "Pat"]

    private let clock: Clock
    private let origin: Int
    private(set) var tabs: [String: Tab] = [:]
    /// Tab ids in the order they joined: deliveries go out in that order.
    private(set) var order: [String] = []
    private var nextTab = 1
    private var subscribers: [String: [String]] = [:]
    private(set) var store: [String: Record] = [:]
    private(set) var locks: [String: HeldLock] = [:]

    init(clock: @escaping Clock) {
        self.clock = clock
        self.origin = clock()
    }

    /// Hub time: milliseconds since the room was made.
    var now: Int { clock() - origin }

    var isEmpty: Bool { tabs.isEmpty }

    // MARK: Joining and leaving

    /// A new tab: its id (`t1`, `t2`… in this room), its user (`user`, already checked, or
    /// the first free name), and its welcome.
    mutating func join(user: String?) -> (tab: String, user: String, deliveries: [HubDelivery]) {
        let tab = "t\(nextTab)"
        nextTab += 1
        let name = user ?? freeName()
        let welcome = JSONValue.obj(["t": .string("welcome"), "tab": .string(tab), "user": .string(name), "now": .int(now),
                                     "state": state()])
        tabs[tab] = Tab(user: name)
        order.append(tab)
        return (tab, name, HubDelivery.send(welcome, to: [tab]))
    }

    /// A tab went away: what the other tabs must see of it, as its process's monitor would
    /// send — its presences leave, its locks go with reason "down".
    mutating func leave(_ tab: String) -> [HubDelivery] {
        guard let gone = tabs.removeValue(forKey: tab) else { return [] }
        order.removeAll { $0 == tab }
        for topic in gone.topics { subscribers[topic]?.removeAll { $0 == tab } }
        var out: [HubDelivery] = []
        for (topic, entries) in gone.presences.sorted(by: { $0.key < $1.key }) where entries.contains(where: { !$0.metas.isEmpty }) {
            let diff = JSONValue.obj(["joins": .object([]), "leaves": Self.entries(entries)])
            out += HubDelivery.send(.obj(["t": .string("presence"), "topic": .string(topic), "diff": diff, "from": .string(tab)]), to: order)
        }
        let now = self.now
        for (name, held) in locks.sorted(by: { $0.key < $1.key }) where held.owner == tab {
            locks[name] = nil
            if Self.expired(held.lock, now: now) { continue }
            out += HubDelivery.send(.obj(["t": .string("lock"), "name": .string(name), "lock": .null, "reason": .string("down"),
                                          "from": .string(tab)]), to: order)
            let topic = "locks:\(name)"
            let payload = JSONValue.obj(["lock": .null, "holder": .string(held.lock.holder), "reason": .string("down")])
            out += HubDelivery.send(.obj(["t": .string("broadcast"), "topic": .string(topic), "msg": .string("lock_changed"),
                                          "payload": payload, "from": .string(tab)]), to: subscribers[topic] ?? [])
        }
        return out
    }

    /// The tabs of `user` (several tabs can be one user).
    func tabs(of user: String) -> [String] { order.filter { tabs[$0]?.user == user } }

    private func freeName() -> String {
        let taken = Set(tabs.values.map(\.user))
        if let name = Self.names.first(where: { !taken.contains($0) }) { return name }
        var number = 1
        while taken.contains("User \(number)") { number += 1 }
        return "User \(number)"
    }

    /// What a joining tab needs of the others: presences, written records, held locks.
    private func state() -> JSONValue {
        var topics: [String: [HubMessage.Presence]] = [:]
        for tab in order {
            for (topic, entries) in tabs[tab]?.presences ?? [:] {
                for entry in entries where !entry.metas.isEmpty {
                    if let index = topics[topic, default: []].firstIndex(where: { $0.key == entry.key }) {
                        topics[topic]?[index].metas += entry.metas
                    } else {
                        topics[topic, default: []].append(entry)
                    }
                }
            }
        }
        let presence = JSONValue.object(topics.sorted { $0.key < $1.key }.map { .init($0.key, Self.entries($0.value)) })
        let records = JSONValue.object(store.sorted { $0.key < $1.key }.map {
            .init($0.key, .obj(["value": $0.value.value, "version": .int($0.value.version)]))
        })
        let now = self.now
        let held = JSONValue.object(locks.sorted { $0.key < $1.key }.filter { !Self.expired($0.value.lock, now: now) }.map {
            .init($0.key, $0.value.lock.value)
        })
        return .obj(["presence": presence, "store": records, "locks": held])
    }

    // MARK: Messages

    /// A message from `tab`: the state it changes, and what goes to whom.
    mutating func receive(_ message: HubMessage, from tab: String) -> [HubDelivery] {
        guard tabs[tab] != nil else { return [] }
        switch message {
        case .subscribe(let topic):
            if tabs[tab]?.topics.insert(topic).inserted == true { subscribers[topic, default: []].append(tab) }
            return []
        case .broadcast(let topic, let msg, let payload):
            let message = JSONValue.obj(["t": .string("broadcast"), "topic": .string(topic), "msg": .string(msg), "payload": payload,
                                         "from": .string(tab)])
            return HubDelivery.send(message, to: (subscribers[topic] ?? []).lazy.filter { $0 != tab })
        case .presence(let topic, let joins, let leaves):
            return presence(topic: topic, joins: joins, leaves: leaves, from: tab)
        case .store(let name, let value, let version):
            if let record = store[name], version != record.version + 1 {
                return HubDelivery.send(.obj(["t": .string("store"), "name": .string(name), "value": record.value,
                                              "version": .int(record.version)]), to: [tab])
            }
            store[name] = Record(value: value, version: version)
            return HubDelivery.send(.obj(["t": .string("store"), "name": .string(name), "value": value, "version": .int(version),
                                          "from": .string(tab)]), to: others(tab))
        case .lock(let name, let lock, let reason):
            if let held = locks[name], held.owner != tab, !Self.expired(held.lock, now: now) {
                return HubDelivery.send(.obj(["t": .string("lock"), "name": .string(name), "lock": held.lock.value]), to: [tab])
            }
            locks[name] = lock.map { HeldLock(lock: $0, owner: tab) }
            var message: [JSONValue.Member] = [.init("t", .string("lock")), .init("name", .string(name)),
                                               .init("lock", lock?.value ?? .null)]
            if let reason { message.append(.init("reason", reason)) }
            message.append(.init("from", .string(tab)))
            return HubDelivery.send(.object(message), to: others(tab))
        case .ping(let id):
            return HubDelivery.send(.obj(["t": .string("pong"), "id": id, "now": .int(now)]), to: [tab])
        }
    }

    /// Joins add (or replace, by `phx_ref`) metas of this tab, then leaves remove this tab's
    /// metas only; the diff relayed is what was applied, so a tab cannot make the others drop
    /// a meta it does not own.
    private mutating func presence(topic: String, joins: [HubMessage.Presence], leaves: [HubMessage.Presence], from tab: String) -> [HubDelivery] {
        var entries = tabs[tab]?.presences[topic] ?? []
        for join in joins {
            let index = entries.firstIndex { $0.key == join.key } ?? {
                entries.append(.init(key: join.key, metas: []))
                return entries.count - 1
            }()
            for meta in join.metas {
                let ref = meta["phx_ref"]
                entries[index].metas.removeAll { $0["phx_ref"] == ref }
                entries[index].metas.append(meta)
            }
        }
        var applied: [HubMessage.Presence] = []
        for leave in leaves {
            guard let index = entries.firstIndex(where: { $0.key == leave.key }) else { continue }
            var left: [JSONValue] = []
            for meta in leave.metas {
                let ref = meta["phx_ref"]
                guard let at = entries[index].metas.firstIndex(where: { $0["phx_ref"] == ref }) else { continue }
                entries[index].metas.remove(at: at)
                left.append(meta)
            }
            if !left.isEmpty { applied.append(.init(key: leave.key, metas: left)) }
        }
        entries.removeAll { $0.metas.isEmpty }
        tabs[tab]?.presences[topic] = entries.isEmpty ? nil : entries
        guard !joins.isEmpty || !applied.isEmpty else { return [] }
        let diff = JSONValue.obj(["joins": Self.entries(joins), "leaves": Self.entries(applied)])
        return HubDelivery.send(.obj(["t": .string("presence"), "topic": .string(topic), "diff": diff, "from": .string(tab)]), to: others(tab))
    }

    private func others(_ tab: String) -> [String] { order.filter { $0 != tab } }

    /// `{key: {"metas": [...]}}`, the shape of a diff's side and of a presence state.
    private static func entries(_ entries: [HubMessage.Presence]) -> JSONValue {
        .object(entries.map { .init($0.key, .obj(["metas": .array($0.metas)])) })
    }

    private static func expired(_ lock: HubMessage.Lock, now: Int) -> Bool {
        lock.expiresAt.map { $0 <= Double(now) } ?? false
    }
}
