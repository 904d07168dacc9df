import Testing
@testable import Server

@Suite struct HubMessageTests {
    private func refusal(_ text: String) -> HubClose? {
        if case .failure(let close) = HubMessage.decode(text: Array(text.utf8)) { return close }
        return nil
    }

    @Test("every message of the protocol decodes to its typed form")
    func messages() throws {
        #expect(message(#"{"t":"subscribe","topic":"chat"}"#) == .subscribe(topic: "chat"))
        #expect(message(#"{"t":"broadcast","topic":"chat","msg":"new","payload":[1,"a"]}"#) == .broadcast(topic: "chat", msg: "new", payload: .array([.number("1"), .string("a")])))
        #expect(message(#"{"t":"broadcast","topic":"chat","msg":"new"}"#) == .broadcast(topic: "chat", msg: "new", payload: .null))
        #expect(message(#"{"t":"presence","topic":"v","diff":{"joins":{"Jo":{"metas":[{"phx_ref":"t1.p1"}]}}}}"#)
                == .presence(topic: "v", joins: [.init(key: "Jo", metas: [.obj(["phx_ref": .string("t1.p1")])])], leaves: []))
        #expect(message(#"{"t":"store","name":"doc","value":null,"version":0}"#) == .store(name: "doc", value: .null, version: 0))
        #expect(message(#"{"t":"lock","name":"r","lock":null,"reason":"released"}"#) == .lock(name: "r", lock: nil, reason: .string("released")))
        let lock = HubMessage.Lock(value: .obj(["holder": .string("Jo"), "expires_at": .number("1.5e3")]), holder: "Jo", expiresAt: 1500)
        #expect(message(#"{"t":"lock","name":"r","lock":{"holder":"Jo","expires_at":1.5e3}}"#) == .lock(name: "r", lock: lock, reason: nil))
        #expect(message(#"{"t":"ping","id":"x"}"#) == .ping(id: .string("x")))
    }

    @Test("close codes: 1007 for what is not a JSON object, 1008 for unknown types and wrong fields, 1009 over 16 KiB")
    func closes() {
        for text in ["", "nope", "[1,2]", "\"s\"", "42", "{\"t\":", "{\"t\":\"ping\"} x", "{'t':1}", "{\"a\":01}"] {
            #expect(refusal(text)?.code == 1007, "\(text)")
        }
        #expect(refusal("[1]") == HubClose(code: 1007, reason: "not a JSON object"))
        #expect(refusal(String(repeating: "[", count: 100) + String(repeating: "]", count: 100))?.reason == "not JSON: nested deeper than 64 levels at byte 64")
        #expect(HubMessage.decode(text: [0x7B, 0xFF, 0x7D]) == .failure(.invalid("not UTF-8 text")))
        #expect(refusal(#"{"t":"x"}"#) == HubClose(code: 1008, reason: #"unknown message type "x""#))
        #expect(refusal(#"{"topic":"a"}"#) == HubClose(code: 1008, reason: #"no "t""#))
        #expect(refusal(#"{"t":7}"#) == HubClose(code: 1008, reason: #""t" must be a string"#))
        #expect(refusal(#"{"t":"subscribe","topic":3}"#) == HubClose(code: 1008, reason: #""topic" must be a string"#))
        #expect(refusal(#"{"t":"broadcast","topic":"a","msg":{}}"#) == HubClose(code: 1008, reason: #""msg" must be a string"#))
        #expect(refusal(#"{"t":"presence","topic":"a","diff":[]}"#) == HubClose(code: 1008, reason: #""diff" must be an object"#))
        #expect(refusal(#"{"t":"presence","topic":"a","diff":{"joins":{"k":{"metas":{}}}}}"#)?.code == 1008)
        #expect(refusal(#"{"t":"presence","topic":"a","diff":{"leaves":{"k":{"metas":[{"ref":1}]}}}}"#)?.code == 1008)
        #expect(refusal(#"{"t":"store","name":"a","value":1,"version":"2"}"#) == HubClose(code: 1008, reason: #""version" must be a non-negative integer"#))
        #expect(refusal(#"{"t":"store","name":"a","value":1,"version":1.5}"#)?.code == 1008)
        #expect(refusal(#"{"t":"store","name":"a","version":1}"#) == HubClose(code: 1008, reason: #"no "value""#))
        #expect(refusal(#"{"t":"lock","name":"a","lock":"me"}"#) == HubClose(code: 1008, reason: #""lock" must be an object or null"#))
        #expect(refusal(#"{"t":"lock","name":"a","lock":{"holder":1}}"#) == HubClose(code: 1008, reason: #""lock.holder" must be a string"#))
        #expect(refusal(#"{"t":"lock","name":"a","lock":{"holder":"x","expires_at":"soon"}}"#)?.code == 1008)
        let big = #"{"t":"broadcast","topic":"a","msg":"m","payload":""# + String(repeating: "x", count: 16 * 1024) + #""}"#
        #expect(refusal(big) == HubClose(code: 1009, reason: "message of \(big.utf8.count) bytes is over 16 KiB"))
        // Exactly 16 KiB is allowed.
        let fits = #"{"t":"ping","id":""# + String(repeating: "x", count: 16 * 1024 - 20) + #""}"#
        #expect(fits.utf8.count == 16 * 1024)
        #expect(refusal(fits) == nil)
        #expect(HubClose.binary.code == 1003)
    }

    @Test("JSON is relayed as written: number text, key order, escapes; strings are escaped on the way out")
    func json() throws {
        let text = #"{"b":1.10,"a":-0,"big":123456789012345678901234567890,"e":1E-7,"s":"q\"\\\/\n\t\u0001\u00e9\ud83d\ude00","n":null,"t":true,"f":false,"x":[],"o":{}}"#
        let value = try JSONValue.parse(Array(text.utf8))
        #expect(value.text == #"{"b":1.10,"a":-0,"big":123456789012345678901234567890,"e":1E-7,"s":"q\"\\/\n\t\u0001é😀","n":null,"t":true,"f":false,"x":[],"o":{}}"#)
        #expect(try JSONValue.parse(Array(value.text.utf8)) == value)
        // A lone surrogate (JSON.parse allows it) becomes U+FFFD instead of failing the frame.
        #expect(try JSONValue.parse(Array(#""\ud800x""#.utf8)) == .string("\u{FFFD}x"))
        // Duplicate keys are kept; lookups see the last, as JSON.parse does.
        #expect(try JSONValue.parse(Array(#"{"k":1,"k":2}"#.utf8))["k"] == .number("2"))
    }
}
