@testable import Components
import Markup
import Testing

/// Each op's two meanings (docs/demo-json.md): its JSON for the runtime and its Elixir in a
/// callback, side by side, one row per op.
@Suite struct DemoOpTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let op: Op
        let json: String
        let elixir: String
        var testDescription: String { json }
    }

    static let id = Expr.param("id")

    static let rows: [Row] = [
        Row(op: .set("likes", Expr.assign("likes").plus(1)),
            json: #"{"assign":"likes","value":{"l":{"get":["likes"]},"op":"+","r":{"lit":1}}}"#,
            elixir: "socket = assign(socket, :likes, socket.assigns.likes + 1)"),
        Row(op: .append("toasts", .object(["id": id])),
            json: #"{"append":"toasts","value":{"obj":{"id":{"param":["id"]}}}}"#,
            elixir: "socket = update(socket, :toasts, fn toasts -> toasts ++ [%{id: id}] end)"),
        Row(op: .prepend("toasts", id),
            json: #"{"prepend":"toasts","value":{"param":["id"]}}"#,
            elixir: "socket = update(socket, :toasts, fn toasts -> [id | toasts] end)"),
        Row(op: .remove("typers", .param("user")),
            json: #"{"remove":"typers","value":{"param":["user"]}}"#,
            elixir: "socket = update(socket, :typers, fn typers -> Enum.reject(typers, &(&1 == user)) end)"),
        Row(op: .removeWhere("items", "id", equals: id),
            json: #"{"equals":{"param":["id"]},"field":"id","remove_where":"items"}"#,
            elixir: "socket = update(socket, :items, fn items -> Enum.reject(items, &(&1[:id] == id)) end)"),
        Row(op: .updateWhere("items", "id", equals: id, set: ["hidden": true]),
            json: #"{"equals":{"param":["id"]},"field":"id","set":{"hidden":{"lit":true}},"update_where":"items"}"#,
            elixir: "socket = update(socket, :items, fn items -> Enum.map(items, fn entry -> if entry[:id] == id, do: Map.merge(entry, %{hidden: true}), else: entry end) end)"),
        Row(op: .removeWhere("items", "id", equals: id, store: true),
            json: #"{"equals":{"param":["id"]},"field":"id","remove_where":"items","store":true}"#,
            elixir: "{:ok, _} = Store.update(:items, fn items -> Enum.reject(items, &(&1[:id] == id)) end)"),
        Row(op: .streamInsert("msgs", item: .variable("msg"), at: 0, limit: 50),
            json: #"{"at":0,"item":{"var":["msg"]},"limit":50,"stream_insert":"msgs"}"#,
            elixir: "socket = stream_insert(socket, :msgs, msg, at: 0, limit: 50)"),
        Row(op: .streamDelete("msgs", item: .variable("msg")),
            json: #"{"item":{"var":["msg"]},"stream_delete":"msgs"}"#,
            elixir: "socket = stream_delete(socket, :msgs, msg)"),
        Row(op: .streamReset("msgs"),
            json: #"{"stream_reset":"msgs"}"#,
            elixir: "socket = stream(socket, :msgs, [], reset: true)"),
        Row(op: .sendAfter(5_000, "commit", payload: ["id": id], key: "commit:\(id)"),
            json: #"{"key":{"concat":[{"lit":"commit:"},{"param":["id"]}]},"msg":"commit","payload":{"id":{"param":["id"]}},"send_after":5000}"#,
            elixir: #"socket = schedule(socket, "commit:#{id}", {:commit, %{id: id}}, 5000)"#),
        Row(op: .sendAfter(1_000, "tick"),
            json: #"{"msg":"tick","payload":{},"send_after":1000}"#,
            elixir: "Process.send_after(self(), {:tick, %{}}, 1000)"),
        Row(op: .cancel(key: "commit:\(id)"),
            json: #"{"cancel":{"concat":[{"lit":"commit:"},{"param":["id"]}]}}"#,
            elixir: #"socket = cancel_timer(socket, "commit:#{id}")"#),
        Row(op: .reply(["ok": true]),
            json: #"{"reply":{"ok":{"lit":true}}}"#,
            elixir: ""),
        Row(op: .flash("error", "Could not delete"),
            json: #"{"msg":{"lit":"Could not delete"},"put_flash":"error"}"#,
            elixir: #"socket = put_flash(socket, :error, "Could not delete")"#),
        Row(op: .clearFlash("info"),
            json: #"{"clear_flash":"info"}"#,
            elixir: "socket = clear_flash(socket, :info)"),
        Row(op: .clearFlash(nil),
            json: #"{"clear_flash":true}"#,
            elixir: "socket = clear_flash(socket)"),
        Row(op: .pushEvent("highlight", payload: ["id": id]),
            json: #"{"payload":{"id":{"param":["id"]}},"push_event":"highlight"}"#,
            elixir: #"socket = push_event(socket, "highlight", %{id: id})"#),
        Row(op: .subscribe("typing"),
            json: #"{"subscribe":"typing"}"#,
            elixir: #"if connected?(socket), do: Phoenix.PubSub.subscribe(MyApp.PubSub, "typing")"#),
        Row(op: .broadcast("typing", "typing", payload: ["user": .assign("me")], exceptSelf: true),
            json: #"{"broadcast":"typing","from":true,"msg":"typing","payload":{"user":{"get":["me"]}}}"#,
            elixir: #"Phoenix.PubSub.broadcast_from(MyApp.PubSub, self(), "typing", {:typing, %{user: socket.assigns.me}})"#),
        Row(op: .broadcast("room", "joined"),
            json: #"{"broadcast":"room","msg":"joined","payload":{}}"#,
            elixir: #"Phoenix.PubSub.broadcast(MyApp.PubSub, "room", {:joined, %{}})"#),
        Row(op: .track("room", key: .assign("me"), meta: ["status": "active"]),
            json: #"{"key":{"get":["me"]},"meta":{"status":{"lit":"active"}},"track":"room"}"#,
            elixir: #"if connected?(socket), do: {:ok, _} = MyAppWeb.Presence.track(self(), "room", socket.assigns.me, %{status: "active"})"#),
        Row(op: .presenceUpdate("room", key: .assign("me"), meta: ["status": "idle"]),
            json: #"{"key":{"get":["me"]},"meta":{"status":{"lit":"idle"}},"presence_update":"room"}"#,
            elixir: #"MyAppWeb.Presence.update(self(), "room", socket.assigns.me, &Map.merge(&1, %{status: "idle"}))"#),
        Row(op: .untrack("room", key: .assign("me")),
            json: #"{"key":{"get":["me"]},"untrack":"room"}"#,
            elixir: #"MyAppWeb.Presence.untrack(self(), "room", socket.assigns.me)"#),
        Row(op: .presenceRead("room", into: "users"),
            json: #"{"into":"users","presence_read":"room"}"#,
            elixir: #"socket = assign(socket, :users, MyAppWeb.Presence.list("room"))"#),
        Row(op: .presenceSync("users", diff: .param("diff")),
            json: #"{"diff":{"param":["diff"]},"presence_sync":"users"}"#,
            elixir: "socket = assign(socket, :users, socket.assigns.users |> Map.merge(diff.joins) |> Map.drop(Map.keys(diff.leaves)))"),
        Row(op: .storeRead("items", into: "items"),
            json: #"{"into":"items","store_read":"items"}"#,
            elixir: "socket = assign(socket, :items, Store.get(:items))"),
        Row(op: .storeReadAs("doc", as: "doc"),
            json: #"{"as":"doc","store_read":"doc"}"#,
            elixir: "doc = Store.read(:doc)"),
        Row(op: .bind("item", Expr.assign("items").find("id", equals: id)),
            json: #"{"let":"item","value":{"equals":{"param":["id"]},"field":"id","find":{"get":["items"]}}}"#,
            elixir: "item = Enum.find(socket.assigns.items, &(&1[:id] == id))"),
        Row(op: .when(Expr.param("user").notEquals(.assign("me"))) { Op.append("typers", .param("user")) },
            json: #"{"if":{"l":{"param":["user"]},"op":"!=","r":{"get":["me"]}},"then":[{"append":"typers","value":{"param":["user"]}}]}"#,
            elixir: """
                socket =
                  if user != socket.assigns.me do
                    update(socket, :typers, fn typers -> typers ++ [user] end)
                  else
                    socket
                  end
                """),
        Row(op: .storeWrite("doc", value: .param("text"), version: .param("version"),
                            ok: [.set("saved", true)], stale: [.flash("error", "Changed by someone else")]),
            json: #"{"ok":[{"assign":"saved","value":{"lit":true}}],"stale":[{"msg":{"lit":"Changed by someone else"},"put_flash":"error"}],"store_write":"doc","value":{"param":["text"]},"version":{"param":["version"]}}"#,
            elixir: """
                socket =
                  case Store.write(:doc, text, version) do
                    {:ok, _version} ->
                      assign(socket, :saved, true)

                    {:error, :stale} ->
                      put_flash(socket, :error, "Changed by someone else")
                  end
                """),
        Row(op: .takeLock("billing", holder: .assign("me"), ttl: .store("lock_ttl"), ok: { Op.set("editing", true) },
                          taken: { Op.set("notice", "\(.variable("holder")) is editing") }),
            json: #"{"as":"holder","holder":{"get":["me"]},"lock_take":"billing","ok":[{"assign":"editing","value":{"lit":true}}],"taken":[{"assign":"notice","value":{"concat":[{"var":["holder"]},{"lit":" is editing"}]}}],"ttl":{"store":"lock_ttl"}}"#,
            elixir: """
                socket =
                  case Locks.take("billing", socket.assigns.me, Store.get(:lock_ttl)) do
                    :ok ->
                      assign(socket, :editing, true)

                    {:error, {:locked_by, holder}} ->
                      assign(socket, :notice, "#{holder} is editing")
                  end
                """),
        Row(op: .takeLock("billing", holder: .variable("peer.name"), ttl: 5_000, ok: { Op.set("editing", true) }),
            json: #"{"as":"holder","holder":{"var":["peer","name"]},"lock_take":"billing","ok":[{"assign":"editing","value":{"lit":true}}],"ttl":{"lit":5000}}"#,
            elixir: """
                socket =
                  case Locks.take("billing", peer[:name], 5000) do
                    :ok ->
                      assign(socket, :editing, true)

                    {:error, {:locked_by, _holder}} ->
                      socket
                  end
                """),
        Row(op: .renewLock("billing", ttl: 30_000, ok: { Op.sendAfter(2_000, "renew_lock", key: "renew") },
                           lost: { Op.set("editing", false) }),
            json: #"{"lock_renew":"billing","lost":[{"assign":"editing","value":{"lit":false}}],"ok":[{"key":{"lit":"renew"},"msg":"renew_lock","payload":{},"send_after":2000}],"ttl":{"lit":30000}}"#,
            elixir: """
                socket =
                  case Locks.renew("billing", 30000) do
                    :ok ->
                      schedule(socket, "renew", {:renew_lock, %{}}, 2000)

                    {:error, :not_held} ->
                      assign(socket, :editing, false)
                  end
                """),
        Row(op: .renewLock("billing", ttl: 30_000),
            json: #"{"lock_renew":"billing","ttl":{"lit":30000}}"#,
            elixir: #"Locks.renew("billing", 30000)"#),
        Row(op: .lockRelease("billing", reason: "saved"),
            json: #"{"lock_release":"billing","reason":{"lit":"saved"}}"#,
            elixir: #":ok = Locks.release("billing", "saved")"#),
        Row(op: .lockRead("billing", into: "lock"),
            json: #"{"into":"lock","lock_read":"billing"}"#,
            elixir: #"socket = assign(socket, :lock, Locks.get("billing"))"#),
        Row(op: .storeWrite("job", value: .param("job"), version: nil, ok: [], stale: []),
            json: #"{"store_write":"job","value":{"param":["job"]}}"#,
            elixir: "{:ok, _version} = Store.write(:job, job)"),
        Row(op: .streamAppend("feed", items: .param("page"), limit: -60),
            json: #"{"items":{"param":["page"]},"limit":-60,"stream":"feed"}"#,
            elixir: "socket = stream(socket, :feed, page, limit: -60)"),
        Row(op: .startAsync("export", from: "orders", value: Expr.length(.variable("orders"))),
            json: #"{"from":"orders","start_async":"export","value":{"len":{"var":["orders"]}}}"#,
            elixir: """
                socket =
                  start_async(socket, :export, fn ->
                    with {:ok, orders} <- Store.fetch(:orders) do
                      {:ok, length(orders)}
                    end
                  end)
                """),
        Row(op: .startWrite("save", record: "notifications", value: .assign("enabled")),
            json: #"{"start_async":"save","value":{"get":["enabled"]},"write":"notifications"}"#,
            elixir: """
                notifications = socket.assigns.enabled
                socket =
                  start_async(socket, :save, fn ->
                    Store.update(:notifications, fn _ -> notifications end)
                  end)
                """),
        Row(op: .cancelTask("export"),
            json: #"{"cancel_async":"export","task":true}"#,
            elixir: "socket = cancel_async(socket, :export)"),
        Row(op: .startAsync("refresh", from: "tickets"),
            json: #"{"from":"tickets","start_async":"refresh","value":{"var":["tickets"]}}"#,
            elixir: """
                socket =
                  start_async(socket, :refresh, fn ->
                    Store.fetch(:tickets)
                  end)
                """),
        Row(op: .streamAppend("feed", items: .param("page"), limit: 60, atStart: true),
            json: #"{"at":0,"items":{"param":["page"]},"limit":60,"stream":"feed"}"#,
            elixir: "socket = stream(socket, :feed, Enum.reverse(page), at: 0, limit: 60)"),
        Row(op: .streamAppend("items", items: Expr.slice(.store("items"), start: .assign("shown"), count: 20)),
            json: #"{"items":{"count":{"lit":20},"slice":{"store":"items"},"start":{"get":["shown"]}},"stream":"items"}"#,
            elixir: "socket = stream(socket, :items, Enum.slice(Store.get(:items), socket.assigns.shown, 20))"),
        Row(op: .once(keys: "keys", key: .param("key")) { Op.append("scans", .param("parcel"), store: true) } seen: { Op.set("dup", true) },
            json: #"{"apply_once":"keys","key":{"param":["key"]},"seen":[{"assign":"dup","value":{"lit":true}}],"then":[{"append":"scans","store":true,"value":{"param":["parcel"]}}]}"#,
            elixir: """
                socket =
                  case Store.apply_once(:keys, key, :scans, fn scans -> scans ++ [parcel] end) do
                    {:ok, _} ->
                      socket

                    :seen ->
                      assign(socket, :dup, true)
                  end
                """),
        Row(op: .assignAsync("report", from: "report", value: .object(["n": .variable("n"), "total": .variable("report.total")])),
            json: #"{"assign_async":"report","from":"report","value":{"obj":{"n":{"var":["n"]},"total":{"var":["report","total"]}}}}"#,
            elixir: """
                socket =
                  assign_async(socket, :report, fn ->
                    with {:ok, report} <- Store.fetch(:report) do
                      {:ok, %{report: %{n: n, total: report[:total]}}}
                    end
                  end)
                """),
        Row(op: .assignAsync("report", from: "reports", reset: true),
            json: #"{"assign_async":"report","from":"reports","reset":true,"value":{"var":["report"]}}"#,
            elixir: """
                socket =
                  assign_async(socket, :report, fn ->
                    with {:ok, report} <- Store.fetch(:reports) do
                      {:ok, %{report: report}}
                    end
                  end, reset: true)
                """),
        Row(op: .cancelAsync("report"),
            json: #"{"cancel_async":"report"}"#,
            elixir: "socket = cancel_async(socket, socket.assigns.report)"),
    ]

    @Test("JSON meaning", arguments: rows)
    func json(_ row: Row) {
        #expect(JSONWriter.string(DemoJSON.op(row.op)) == row.json)
    }

    @Test("Elixir meaning", arguments: rows)
    func elixir(_ row: Row) {
        let printed = ElixirOps(style: .callback(.atoms)).statements([row.op]).joined(separator: "\n")
        #expect(printed == row.elixir)
    }

    @Test func everyOpKindHasARow() {
        // Adding an op means adding both meanings and a row here.
        let kinds = Set(Self.rows.map { row -> String in
            guard case .map(let object) = DemoJSON.op(row.op) else { return "" }
            return ["assign", "append", "prepend", "remove", "remove_where", "update_where", "stream_insert", "stream", "stream_delete",
                    "stream_reset", "send_after", "cancel", "reply", "put_flash", "clear_flash", "push_event", "subscribe",
                    "broadcast", "track", "untrack", "presence_update", "presence_read", "presence_sync", "store_read", "store_write", "apply_once", "let", "if",
                    "assign_async", "cancel_async", "start_async", "lock_take", "lock_renew", "lock_release", "lock_read"]
                .first { object[$0] != nil } ?? ""
        })
        #expect(kinds.count == 35)
    }

    @Test func everyErrorPathFollowsAStoreWrite() {
        // The Elixir printer branches on the first op's {:ok, _} / {:error, _}: a handler
        // with onFailure must start with the write that can fail.
        for demo in DemoLibrary.all {
            for handler in demo.demo.events + demo.demo.infos where !handler.onFailure.isEmpty {
                #expect(handler.ops.first.map(ElixirOps.writesStore) == true, "\(demo.id): \(handler.name)")
            }
        }
    }

    @Test func aPipelineSplitsWhereAStepReadsWhatAnEarlierOneWrote() {
        let printed = ElixirOps(style: .callback(.atoms)).statements([
            .set("a", 1), .set("b", 2), .set("c", Expr.assign("a").plus(1)),
        ])
        #expect(printed == ["socket =", "  socket", "  |> assign(:a, 1)", "  |> assign(:b, 2)",
                            "socket = assign(socket, :c, socket.assigns.a + 1)"])
    }

    @Test func elixirOfEveryRowParses() throws {
        // Inside a function, so the statements are checked as Elixir code.
        let body = Self.rows.map { row in
            ElixirOps(style: .callback(.atoms)).statements([row.op]).map { "  " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
        let result = try ElixirSyntaxTests.parse("defmodule OpRows do\n def run(socket, id, user, text, version, msg, diff, key, parcel) do\n\(body)\n  socket\n end\nend\n")
        #expect(result.status == 0, "\(result.output)")
    }
}
