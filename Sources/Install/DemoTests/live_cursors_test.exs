# live-cursors: the throttle is the CursorThrottle hook's (browser tests); here, the hook's
# push (render_hook on #board) is relayed with broadcast_from to the other viewers, who draw
# it with live_cursor in the user's colour, and counted for a second; a leave removes the
# cursor. Peers are other LiveViews on "cursors"; the test broadcasts for them.
defmodule MyAppWeb.LiveCursorsLiveTest do
  use MyAppWeb.RealtimeDemoCase

  defp move(view, x, y), do: view |> element("#board") |> render_hook("cursor", %{"x" => x, "y" => y})
  defp peer(message, payload), do: Phoenix.PubSub.broadcast(MyApp.PubSub, "cursors", {message, payload})

  test "the board is the hook's, at most one push per 100 ms", %{conn: conn} do
    {:ok, view, html} = live(conn, "/live-cursors")
    assert has_element?(view, "#board[phx-hook$='CursorThrottle'][data-interval='100']")
    assert text(html, "#broadcast-rate") == "Broadcasts in the last second: 0"
    assert text(html, "#last-sent") == "Others have not seen your cursor yet."
  end

  test "a move goes to the other viewers, not back to the sender, and is counted for a second", %{conn: conn} do
    {:ok, me, _html} = live(conn, "/live-cursors")
    {:ok, other, _html} = live(conn, "/live-cursors")
    Phoenix.PubSub.subscribe(MyApp.PubSub, "cursors")
    move(me, 120, 64)
    html = move(me, 130, 70)
    assert_receive {:cursor, %{id: "You", name: "You", x: 120, y: 64}}
    assert_receive {:cursor, %{x: 130, y: 70}}
    assert text(html, "#broadcast-rate") == "Broadcasts in the last second: 2"
    assert text(html, "#broadcast-peak") == "Most in one second: 2"
    assert text(html, "#last-sent") == "Others last saw your cursor at 130, 70."
    # broadcast_from: the sender never draws its own cursor.
    refute has_element?(me, "#board [id^=cursor-]")
    assert has_element?(other, "#board #cursor-You[style*='translate(130px, 70px)']", "You")
    assert [%{id: "You", x: 130, y: 70}] = assigns(other).cursors
    # Each relay's send_after(1000) takes it off the count again; the peak stays.
    send(me.pid, {:relay_expired, %{}})
    send(me.pid, {:relay_expired, %{}})
    html = render(me)
    assert text(html, "#broadcast-rate") == "Broadcasts in the last second: 0"
    assert text(html, "#broadcast-peak") == "Most in one second: 2"
  end

  test "each peer's cursor in their palette colour with their name, one per peer; a leave removes it", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/live-cursors")
    peer(:cursor, %{id: "Ann", name: "Ann", x: 100, y: 50})
    peer(:cursor, %{id: "Bo", name: "Bo", x: 24, y: 96})
    peer(:cursor, %{id: "Ann", name: "Ann", x: 300, y: 180})
    html = render(view)
    assert ids(html, "#board [id^=cursor-]") == ["cursor-Ann", "cursor-Bo"]
    # rem(:erlang.crc32("Ann"), 8) == 3 and rem(:erlang.crc32("Bo"), 8) == 1 in UserColor's palette.
    assert has_element?(view, "#cursor-Ann[aria-hidden=true][style*='translate(300px, 180px)'][style*='--user-color: #14532d']", "Ann")
    assert has_element?(view, "#cursor-Bo[style*='--user-color: #7c2d12']", "Bo")
    peer(:leave, %{id: "Ann"})
    assert ids(render(view), "#board [id^=cursor-]") == ["cursor-Bo"]
    peer(:leave, %{id: "Nobody"})
    assert ids(render(view), "#board [id^=cursor-]") == ["cursor-Bo"]
  end
end
