/// Every demo's hub room, and each open tab's outbox (the queue its connection writes from).
///
/// One actor for all rooms: a change is a few dictionary operations and one JSON encoding,
/// while the costly parts — reading and checking frames, writing them to sockets — run on
/// each connection's own task, outside the actor. Sends never wait for a socket: a
/// delivery is a `yield` into the tab's bounded outbox, so a slow tab cannot hold up a room.
actor HubRooms {
    /// How many messages may wait for one tab before the hub gives up on it (1013): about
    /// four seconds of a busy room (200 tabs × 10 broadcasts/s), and a bound on memory.
    static let queueLimit = 8192

    /// A tab's place: its room and its id there.
    struct TabKey: Hashable, Sendable {
        var demo: String
        var tab: String
    }

    /// What a joining connection gets: its tab, its user, what to write to its socket, and
    /// the close the hub itself asks for (the tab fell behind).
    struct Joined: Sendable {
        var key: TabKey
        var user: String
        var outbox: AsyncStream<String>
        var ending: AsyncStream<HubClose>
    }

    /// A tab's two queues, as the room writes into them.
    private struct Outlet {
        var outbox: AsyncStream<String>.Continuation
        var ending: AsyncStream<HubClose>.Continuation
    }

    private struct Room {
        var model: HubRoom
        var outlets: [String: Outlet] = [:]
    }

    private let clock: HubRoom.Clock
    private var rooms: [String: Room] = [:]

    init(clock: @escaping HubRoom.Clock = HubRooms.monotonicMilliseconds) {
        self.clock = clock
    }

    /// Milliseconds since the process's first use of the hub (rooms count from their own start).
    @Sendable static func monotonicMilliseconds() -> Int {
        let elapsed = start.duration(to: .now).components
        return Int(elapsed.seconds) * 1000 + Int(elapsed.attoseconds / 1_000_000_000_000_000)
    }

    private static let start = ContinuousClock.now

    /// A new tab in `request.demo`'s room (made on first use); its welcome is already queued.
    func join(_ request: HubRequest) -> Joined {
        var room = rooms[request.demo] ?? Room(model: HubRoom(clock: clock))
        let (tab, user, deliveries) = room.model.join(user: request.user)
        let (outbox, outboxInput) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingOldest(Self.queueLimit))
        let (ending, endingInput) = AsyncStream.makeStream(of: HubClose.self, bufferingPolicy: .bufferingOldest(1))
        room.outlets[tab] = Outlet(outbox: outboxInput, ending: endingInput)
        rooms[request.demo] = room
        deliver(deliveries, in: request.demo)
        return Joined(key: TabKey(demo: request.demo, tab: tab), user: user, outbox: outbox, ending: ending)
    }

    /// A message from a tab: applied to its room, the results queued to their tabs.
    func receive(_ message: HubMessage, from key: TabKey) {
        guard var room = rooms[key.demo] else { return }
        let deliveries = room.model.receive(message, from: key.tab)
        rooms[key.demo] = room
        deliver(deliveries, in: key.demo)
    }

    /// A tab's connection ended: the others see it leave; its queues end; an empty room
    /// goes (so memory returns to where it was once the tabs are closed).
    func leave(_ key: TabKey) {
        guard var room = rooms[key.demo] else { return }
        let deliveries = room.model.leave(key.tab)
        if let outlet = room.outlets.removeValue(forKey: key.tab) {
            outlet.outbox.finish()
            outlet.ending.finish()
        }
        if room.model.isEmpty {
            rooms[key.demo] = nil
        } else {
            rooms[key.demo] = room
            deliver(deliveries, in: key.demo)
        }
    }

    var roomCount: Int { rooms.count }
    var tabCount: Int { rooms.values.reduce(0) { $0 + $1.outlets.count } }

    private func deliver(_ deliveries: [HubDelivery], in demo: String) {
        for delivery in deliveries {
            guard let outlet = rooms[demo]?.outlets[delivery.tab] else { continue }
            if case .dropped = outlet.outbox.yield(delivery.text) {
                // The tab is too far behind to stay consistent: end it rather than let it
                // miss messages silently. Nothing more is queued for it; it closes with 1013.
                outlet.outbox.finish()
                outlet.ending.yield(.tooSlow)
            }
        }
    }
}
