import Testing
@testable import Server

@Suite struct HubRequestTests {
    @Test("the demo id and an optional user come from the path and the query")
    func valid() {
        #expect(HubRequest.parse("/__rtux/hub/chat-1") == .success(HubRequest(demo: "chat-1", user: nil)))
        #expect(HubRequest.parse("/__rtux/hub/chat?user=Ann%20Lee") == .success(HubRequest(demo: "chat", user: "Ann Lee")))
        #expect(HubRequest.parse("/__rtux/hub/chat?x=1&user=Jo_2+B-c") == .success(HubRequest(demo: "chat", user: "Jo_2 B-c")))
        #expect(HubRequest.parse("/__rtux/hub/chat?user=%C3%89lo") == .success(HubRequest(demo: "chat", user: "Élo")))
        #expect(HubRequest.parse("/__rtux/hub/" + String(repeating: "a", count: 64)) == .success(HubRequest(demo: String(repeating: "a", count: 64), user: nil)))
    }

    @Test("a bad demo id or user is refused (400, no upgrade)")
    func invalid() {
        let badID = HubRequest.Refusal("the demo id must be 1–64 of a-z, 0-9 and -")
        let badUser = HubRequest.Refusal("user must be 1–32 of letters, digits, space, _ and -")
        for target in ["/__rtux/hub/", "/__rtux/hub/Chat", "/__rtux/hub/a/b", "/__rtux/hub/a%2Fb", "/__rtux/hub/a.b", "/__rtux/hub/" + String(repeating: "a", count: 65), "/__rtux/hub/?user=x"] {
            #expect(HubRequest.parse(target) == .failure(badID), "\(target)")
        }
        for target in ["/__rtux/hub/chat?user=", "/__rtux/hub/chat?user", "/__rtux/hub/chat?user=a%3Cb", "/__rtux/hub/chat?user=%ZZ", "/__rtux/hub/chat?user=" + String(repeating: "x", count: 33), "/__rtux/hub/chat?user=a.b"] {
            #expect(HubRequest.parse(target) == .failure(badUser), "\(target)")
        }
        #expect(!HubRequest.isHub("/__rtux/events"))
    }
}
