import Synchronization
import Testing
@testable import Server

/// A clock the test moves by hand.
final class ManualClock: Sendable {
    private let ms = Mutex(5000)
    func advance(_ by: Int) { ms.withLock { $0 += by } }
    var read: HubRoom.Clock { { [self] in ms.withLock { $0 } } }
}

/// The deliveries as `tab ← json` lines: whole outputs, in order, easy to read in a failure.
func lines(_ deliveries: [HubDelivery]) -> [String] { deliveries.map { "\($0.tab) ← \($0.text)" } }

/// A message as a tab would send it (the test's JSON must be valid).
func message(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> HubMessage {
    switch HubMessage.decode(text: Array(json.utf8)) {
    case .success(let message): return message
    case .failure(let close):
        Issue.record("\(json) was refused: \(close)", sourceLocation: sourceLocation)
        return .ping(id: .null)
    }
}

@Suite struct HubRoomTests {
    @Test("tabs get t1, t2…; without a user the first free name of the list, then User N; a name frees when its tab leaves")
    func names() {
        var room = HubRoom(clock: ManualClock().read)
        let first = room.join(user: nil), second = room.join(user: "Jo"), third = room.join(user: nil)
        #expect([first.tab, second.tab, third.tab] == ["t1", "t2", "t3"])
        // "Jo" is taken by the tab that asked for it, so the third tab skips it.
        #expect([first.user, second.user, third.user] == ["Iva", "Jo", "Kit"])
        _ = room.leave("t1")
        #expect(room.join(user: nil).user == "Iva")
        for name in ["Lou", "Max", "Ned", "Oli", "Pat"] { #expect(room.join(user: nil).user == name) }
        #expect(room.join(user: nil).user == "User 1")
        #expect(room.join(user: nil).user == "User 2")
        // Two tabs of one user: one presence key, several tabs.
        _ = room.join(user: "Jo")
        #expect(room.tabs(of: "Jo") == ["t2", "t12"])
    }

    @Test("the welcome carries hub time, the others' presences, written records and held locks")
    func welcome() {
        let clock = ManualClock()
        var room = HubRoom(clock: clock.read)
        clock.advance(1200)
        let ann = room.join(user: "Ann")
        #expect(lines(ann.deliveries) == [#"t1 ← {"t":"welcome","tab":"t1","user":"Ann","now":1200,"state":{"presence":{},"store":{},"locks":{}}}"#])
        _ = room.receive(message(#"{"t":"presence","topic":"viewers","diff":{"joins":{"Ann":{"metas":[{"name":"Ann","phx_ref":"t1.p1","at":1200}]}}}}"#), from: "t1")
        _ = room.receive(message(#"{"t":"store","name":"settings","value":{"email":"a@b.c","n":1.50},"version":3}"#), from: "t1")
        _ = room.receive(message(#"{"t":"lock","name":"record","lock":{"holder":"Ann","expires_at":61000},"reason":"taken"}"#), from: "t1")
        _ = room.receive(message(#"{"t":"lock","name":"old","lock":{"holder":"Ann","expires_at":2000},"reason":"taken"}"#), from: "t1")
        clock.advance(40050)
        let iva = room.join(user: nil)
        // The lock that expired at 2000 is not held any more; numbers are relayed as written (1.50).
        #expect(lines(iva.deliveries) == [#"t2 ← {"t":"welcome","tab":"t2","user":"Iva","now":41250,"state":{"presence":{"viewers":{"Ann":{"metas":[{"name":"Ann","phx_ref":"t1.p1","at":1200}]}}},"store":{"settings":{"value":{"email":"a@b.c","n":1.50},"version":3}},"locks":{"record":{"holder":"Ann","expires_at":61000}}}}"#])
    }

    @Test("a broadcast goes to the other tabs subscribed to its topic, with from, and nowhere else")
    func broadcast() {
        var room = HubRoom(clock: ManualClock().read)
        for _ in 1...4 { _ = room.join(user: nil) }
        for tab in ["t1", "t2", "t4"] { _ = room.receive(message(#"{"t":"subscribe","topic":"chat"}"#), from: tab) }
        // Subscribing twice changes nothing.
        #expect(room.receive(message(#"{"t":"subscribe","topic":"chat"}"#), from: "t2") == [])
        _ = room.receive(message(#"{"t":"subscribe","topic":"other"}"#), from: "t3")
        let sent = room.receive(message(#"{"t":"broadcast","topic":"chat","msg":"new","payload":{"body":"hi","n":[1,2.0e3,{"x":null}]}}"#), from: "t1")
        #expect(lines(sent) == [
            #"t2 ← {"t":"broadcast","topic":"chat","msg":"new","payload":{"body":"hi","n":[1,2.0e3,{"x":null}]},"from":"t1"}"#,
            #"t4 ← {"t":"broadcast","topic":"chat","msg":"new","payload":{"body":"hi","n":[1,2.0e3,{"x":null}]},"from":"t1"}"#,
        ])
        // A sender not subscribed still reaches the subscribers; nobody on a topic: nothing.
        #expect(lines(room.receive(message(#"{"t":"broadcast","topic":"other","msg":"m","payload":1}"#), from: "t2")) == [#"t3 ← {"t":"broadcast","topic":"other","msg":"m","payload":1,"from":"t2"}"#])
        #expect(room.receive(message(#"{"t":"broadcast","topic":"nobody","msg":"m","payload":1}"#), from: "t2") == [])
        // A tab that left is no subscriber any more.
        _ = room.leave("t4")
        #expect(lines(room.receive(message(#"{"t":"broadcast","topic":"chat","msg":"m","payload":null}"#), from: "t1")) == [#"t2 ← {"t":"broadcast","topic":"chat","msg":"m","payload":null,"from":"t1"}"#])
    }

    @Test("presence diffs are relayed to every other tab; a tab only leaves its own metas; closing leaves them all")
    func presence() {
        var room = HubRoom(clock: ManualClock().read)
        for _ in 1...3 { _ = room.join(user: nil) }
        let join = room.receive(message(#"{"t":"presence","topic":"viewers","diff":{"joins":{"Iva":{"metas":[{"phx_ref":"t1.p1","at":5}]}},"leaves":{}}}"#), from: "t1")
        #expect(lines(join) == [
            #"t2 ← {"t":"presence","topic":"viewers","diff":{"joins":{"Iva":{"metas":[{"phx_ref":"t1.p1","at":5}]}},"leaves":{}},"from":"t1"}"#,
            #"t3 ← {"t":"presence","topic":"viewers","diff":{"joins":{"Iva":{"metas":[{"phx_ref":"t1.p1","at":5}]}},"leaves":{}},"from":"t1"}"#,
        ])
        _ = room.receive(message(#"{"t":"presence","topic":"typing","diff":{"joins":{"Iva":{"metas":[{"phx_ref":"t1.p2"}]}}}}"#), from: "t1")
        _ = room.receive(message(#"{"t":"presence","topic":"viewers","diff":{"joins":{"Jo":{"metas":[{"phx_ref":"t2.p1"}]}}}}"#), from: "t2")
        // t2 tries to leave t1's meta: nothing applied, nothing relayed.
        #expect(room.receive(message(#"{"t":"presence","topic":"viewers","diff":{"leaves":{"Iva":{"metas":[{"phx_ref":"t1.p1"}]}}}}"#), from: "t2") == [])
        // An update is a leave plus a join; the relayed diff is what was applied.
        let update = room.receive(message(#"{"t":"presence","topic":"viewers","diff":{"joins":{"Iva":{"metas":[{"phx_ref":"t1.p3","at":9}]}},"leaves":{"Iva":{"metas":[{"phx_ref":"t1.p1"},{"phx_ref":"t9.p9"}]}}}}"#), from: "t1")
        #expect(lines(update).first == #"t2 ← {"t":"presence","topic":"viewers","diff":{"joins":{"Iva":{"metas":[{"phx_ref":"t1.p3","at":9}]}},"leaves":{"Iva":{"metas":[{"phx_ref":"t1.p1"}]}}},"from":"t1"}"#)
        #expect(lines(room.join(user: "Zed").deliveries) == [#"t4 ← {"t":"welcome","tab":"t4","user":"Zed","now":0,"state":{"presence":{"typing":{"Iva":{"metas":[{"phx_ref":"t1.p2"}]}},"viewers":{"Iva":{"metas":[{"phx_ref":"t1.p3","at":9}]},"Jo":{"metas":[{"phx_ref":"t2.p1"}]}}},"store":{},"locks":{}}}"#])
        #expect(lines(room.leave("t1")) == [
            #"t2 ← {"t":"presence","topic":"typing","diff":{"joins":{},"leaves":{"Iva":{"metas":[{"phx_ref":"t1.p2"}]}}},"from":"t1"}"#,
            #"t3 ← {"t":"presence","topic":"typing","diff":{"joins":{},"leaves":{"Iva":{"metas":[{"phx_ref":"t1.p2"}]}}},"from":"t1"}"#,
            #"t4 ← {"t":"presence","topic":"typing","diff":{"joins":{},"leaves":{"Iva":{"metas":[{"phx_ref":"t1.p2"}]}}},"from":"t1"}"#,
            #"t2 ← {"t":"presence","topic":"viewers","diff":{"joins":{},"leaves":{"Iva":{"metas":[{"phx_ref":"t1.p3","at":9}]}}},"from":"t1"}"#,
            #"t3 ← {"t":"presence","topic":"viewers","diff":{"joins":{},"leaves":{"Iva":{"metas":[{"phx_ref":"t1.p3","at":9}]}}},"from":"t1"}"#,
            #"t4 ← {"t":"presence","topic":"viewers","diff":{"joins":{},"leaves":{"Iva":{"metas":[{"phx_ref":"t1.p3","at":9}]}}},"from":"t1"}"#,
        ])
        // A tab that left everything it tracked leaves nothing behind when it closes.
        _ = room.receive(message(#"{"t":"presence","topic":"viewers","diff":{"leaves":{"Jo":{"metas":[{"phx_ref":"t2.p1"}]}}}}"#), from: "t2")
        #expect(room.leave("t2") == [])
    }

    @Test("a store write is accepted at the next version (or the first), else the sender gets what the server has")
    func store() {
        var room = HubRoom(clock: ManualClock().read)
        for _ in 1...2 { _ = room.join(user: nil) }
        #expect(lines(room.receive(message(#"{"t":"store","name":"doc","value":{"title":"A"},"version":4}"#), from: "t1")) == [#"t2 ← {"t":"store","name":"doc","value":{"title":"A"},"version":4,"from":"t1"}"#])
        #expect(lines(room.receive(message(#"{"t":"store","name":"doc","value":{"title":"B"},"version":5}"#), from: "t2")) == [#"t1 ← {"t":"store","name":"doc","value":{"title":"B"},"version":5,"from":"t2"}"#])
        // A stale write (t1 still at 4) and one that skips a version are refused.
        #expect(lines(room.receive(message(#"{"t":"store","name":"doc","value":{"title":"C"},"version":5}"#), from: "t1")) == [#"t1 ← {"t":"store","name":"doc","value":{"title":"B"},"version":5}"#])
        #expect(lines(room.receive(message(#"{"t":"store","name":"doc","value":{"title":"C"},"version":7}"#), from: "t1")) == [#"t1 ← {"t":"store","name":"doc","value":{"title":"B"},"version":5}"#])
        #expect(room.store["doc"] == HubRoom.Record(value: .obj(["title": .string("B")]), version: 5))
    }

    @Test("a lock another tab holds is refused; its own holder renews and releases it; expired, anyone takes it; closing releases it with reason down")
    func locks() {
        let clock = ManualClock()
        var room = HubRoom(clock: clock.read)
        for _ in 1...3 { _ = room.join(user: nil) }
        _ = room.receive(message(#"{"t":"subscribe","topic":"locks:record"}"#), from: "t2")
        #expect(lines(room.receive(message(#"{"t":"lock","name":"record","lock":{"holder":"Iva","expires_at":30000},"reason":"taken"}"#), from: "t1")) == [
            #"t2 ← {"t":"lock","name":"record","lock":{"holder":"Iva","expires_at":30000},"reason":"taken","from":"t1"}"#,
            #"t3 ← {"t":"lock","name":"record","lock":{"holder":"Iva","expires_at":30000},"reason":"taken","from":"t1"}"#,
        ])
        // Another tab can neither take nor release it.
        #expect(lines(room.receive(message(#"{"t":"lock","name":"record","lock":{"holder":"Jo","expires_at":31000},"reason":"taken"}"#), from: "t2")) == [#"t2 ← {"t":"lock","name":"record","lock":{"holder":"Iva","expires_at":30000}}"#])
        #expect(lines(room.receive(message(#"{"t":"lock","name":"record","lock":null,"reason":"released"}"#), from: "t3")) == [#"t3 ← {"t":"lock","name":"record","lock":{"holder":"Iva","expires_at":30000}}"#])
        // The holder renews it.
        #expect(room.receive(message(#"{"t":"lock","name":"record","lock":{"holder":"Iva","expires_at":40000},"reason":"renewed"}"#), from: "t1").count == 2)
        // Expired (hub time 40000 reached), another tab may take it.
        clock.advance(40000)
        #expect(room.receive(message(#"{"t":"lock","name":"record","lock":{"holder":"Jo","expires_at":70000},"reason":"taken"}"#), from: "t2").count == 2)
        #expect(room.locks["record"]?.owner == "t2")
        // A lock without expiry, released by its holder.
        _ = room.receive(message(#"{"t":"lock","name":"plain","lock":{"holder":"Kit"}}"#), from: "t3")
        #expect(lines(room.receive(message(#"{"t":"lock","name":"plain","lock":null,"reason":"released"}"#), from: "t3")) == [
            #"t1 ← {"t":"lock","name":"plain","lock":null,"reason":"released","from":"t3"}"#,
            #"t2 ← {"t":"lock","name":"plain","lock":null,"reason":"released","from":"t3"}"#,
        ])
        _ = room.receive(message(#"{"t":"subscribe","topic":"locks:record"}"#), from: "t3")
        #expect(lines(room.leave("t2")) == [
            #"t1 ← {"t":"lock","name":"record","lock":null,"reason":"down","from":"t2"}"#,
            #"t3 ← {"t":"lock","name":"record","lock":null,"reason":"down","from":"t2"}"#,
            #"t3 ← {"t":"broadcast","topic":"locks:record","msg":"lock_changed","payload":{"lock":null,"holder":"Jo","reason":"down"},"from":"t2"}"#,
        ])
        #expect(room.locks.isEmpty)
        #expect(lines(room.receive(message(#"{"t":"lock","name":"record","lock":{"holder":"Kit","expires_at":90000}}"#), from: "t3")) == [#"t1 ← {"t":"lock","name":"record","lock":{"holder":"Kit","expires_at":90000},"from":"t3"}"#])
    }

    @Test("a ping is answered with its id and hub time; a room whose tabs all left is empty")
    func pingAndEmpty() {
        let clock = ManualClock()
        var room = HubRoom(clock: clock.read)
        _ = room.join(user: nil)
        clock.advance(250)
        #expect(lines(room.receive(message(#"{"t":"ping","id":{"n":7}}"#), from: "t1")) == [#"t1 ← {"t":"pong","id":{"n":7},"now":250}"#])
        // A message from a tab the room does not know (already gone) does nothing.
        #expect(room.receive(message(#"{"t":"ping","id":1}"#), from: "t9") == [])
        _ = room.leave("t1")
        #expect(room.isEmpty)
        #expect(room.leave("t1") == [])
    }
}
