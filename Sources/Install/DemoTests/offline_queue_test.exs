# offline-queue: the queue and its replays are the hook's (browser tests); the server's
# part is that each idempotency key is applied exactly once, whichever process sends it.
defmodule MyAppWeb.OfflineQueueLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.OfflineQueueLive.Store

  alias MyAppWeb.OfflineQueueLive.Store

  defp scan(view, key, parcel), do: render_hook(view, "scan", %{"key" => key, "parcel" => parcel})

  test "five scans, each replayed twice, are applied five times", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/offline-queue")
    scans = [{"k1", "A"}, {"k2", "B"}, {"k3", "C"}, {"k4", "A"}, {"k5", "B"}]
    for {key, parcel} <- scans, do: scan(view, key, parcel)
    for {key, parcel} <- scans, do: scan(view, key, parcel)
    html = render(view)
    assert text(html, "#applied") == "Scans recorded: 5"
    assert text(html, "#scans") == "ABCAB" # one letter per li, no space between
    assert Store.get(:scans) == ["A", "B", "C", "A", "B"]
    assert Store.get(:keys) == ["k1", "k2", "k3", "k4", "k5"]
  end

  test "the same key pushed twice applies once, and the push still gets its reply", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/offline-queue")
    scan(view, "k1", "A")
    assert_reply(view, %{ok: true})
    scan(view, "k1", "A")
    assert_reply(view, %{ok: true})
    assert Store.get(:scans) == ["A"]
  end

  test "a key applied by one process is not applied again by another", %{conn: conn} do
    {:ok, first, _html} = live(conn, "/offline-queue")
    scan(first, "k1", "A")
    # Another tab, or the remount after a crash or a reload: a new process, the same store.
    {:ok, second, html} = live(conn, "/offline-queue")
    assert text(html, "#applied") == "Scans recorded: 1"
    html = scan(second, "k1", "A")
    assert text(html, "#applied") == "Scans recorded: 1"
    assert text(scan(second, "k2", "B"), "#scans") == "AB"
  end

  test "the queue count is the hook's: the server renders it once and never patches it", %{conn: conn} do
    {:ok, view, html} = live(conn, "/offline-queue")
    assert has_element?(view, "#queue[phx-update=ignore][role=status][data-queue-count]", "Nothing queued")
    assert has_element?(view, "#outbox[phx-hook][data-outbox='rtux:offline-queue:outbox']")
    assert ids(html, "#outbox [data-event=scan]") == ["scan-a", "scan-b", "scan-c"]
  end
end
