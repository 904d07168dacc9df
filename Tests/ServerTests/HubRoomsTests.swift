import Testing
@testable import Server

@Suite struct HubRoomsTests {
    @Test("deliveries reach the tabs' outboxes; a room goes when its last tab leaves")
    func outboxes() async {
        let rooms = HubRooms(clock: ManualClock().read)
        let first = await rooms.join(HubRequest(demo: "chat", user: "Ann"))
        let second = await rooms.join(HubRequest(demo: "chat", user: nil))
        let elsewhere = await rooms.join(HubRequest(demo: "other", user: nil))
        #expect([first.key.tab, second.key.tab, elsewhere.key.tab] == ["t1", "t2", "t1"])
        #expect(await rooms.roomCount == 2)
        await rooms.receive(.subscribe(topic: "chat"), from: first.key)
        await rooms.receive(.broadcast(topic: "chat", msg: "m", payload: .int(1)), from: second.key)
        await rooms.leave(second.key)
        await rooms.leave(first.key)
        var firstOutbox = first.outbox.makeAsyncIterator()
        #expect(await firstOutbox.next()?.hasPrefix(#"{"t":"welcome","tab":"t1","user":"Ann""#) == true)
        #expect(await firstOutbox.next() == #"{"t":"broadcast","topic":"chat","msg":"m","payload":1,"from":"t2"}"#)
        // Leaving ends the outbox, and the room once it is empty; the other demo's room stays.
        #expect(await firstOutbox.next() == nil)
        #expect(await rooms.roomCount == 1)
        #expect(await rooms.tabCount == 1)
        await rooms.leave(elsewhere.key)
        #expect(await rooms.roomCount == 0)
    }

    @Test("a tab that does not read is ended with 1013 once its queue is full, and the others go on")
    func slowTab() async {
        let rooms = HubRooms(clock: ManualClock().read)
        let slow = await rooms.join(HubRequest(demo: "chat", user: nil))
        let reader = await rooms.join(HubRequest(demo: "chat", user: nil))
        let sender = await rooms.join(HubRequest(demo: "chat", user: nil))
        await rooms.receive(.subscribe(topic: "chat"), from: slow.key)
        await rooms.receive(.subscribe(topic: "chat"), from: reader.key)
        var readerOutbox = reader.outbox.makeAsyncIterator()
        _ = await readerOutbox.next()  // welcome
        // The welcome is one of the slow tab's queued messages: the limit is reached here.
        for n in 1..<HubRooms.queueLimit {
            await rooms.receive(.broadcast(topic: "chat", msg: "m", payload: .int(n)), from: sender.key)
            _ = await readerOutbox.next()
        }
        var ending = slow.ending.makeAsyncIterator()
        await rooms.receive(.broadcast(topic: "chat", msg: "m", payload: .int(0)), from: sender.key)
        #expect(await ending.next() == .tooSlow)
        #expect(await readerOutbox.next() == #"{"t":"broadcast","topic":"chat","msg":"m","payload":0,"from":"t3"}"#)
        // What was queued before the limit is still there for the slow tab, then nothing.
        var slowOutbox = slow.outbox.makeAsyncIterator()
        var queued = 0
        while await slowOutbox.next() != nil { queued += 1 }
        #expect(queued == HubRooms.queueLimit)
    }
}
