# mousemove-presence (the anti-pattern of live-cursors): the same board with the hook's
# interval at 0, so every mousemove is a push, and the server relays and counts every one.
defmodule MyAppWeb.MousemovePresenceLiveTest do
  use MyAppWeb.RealtimeDemoCase

  defp move(view, x, y), do: view |> element("#board") |> render_hook("cursor", %{"x" => x, "y" => y})

  test "the board pushes every mousemove, and each push is a broadcast to everyone else", %{conn: conn} do
    {:ok, me, _html} = live(conn, "/mousemove-presence")
    {:ok, other, _html} = live(conn, "/mousemove-presence")
    assert has_element?(me, "#board[phx-hook$='CursorThrottle'][data-interval='0']")
    Phoenix.PubSub.subscribe(MyApp.PubSub, "cursors")
    html = Enum.reduce(0..59, nil, fn i, _ -> move(me, i * 5, 96) end)
    for x <- Enum.map(0..59, &(&1 * 5)), do: assert_receive({:cursor, %{id: "You", x: ^x, y: 96}})
    assert text(html, "#broadcast-rate") == "Broadcasts in the last second: 60"
    assert text(html, "#last-sent") == "Others last saw your cursor at 295, 96."
    assert has_element?(other, "#cursor-You[style*='translate(295px, 96px)']", "You")
  end

  test "a leave removes the peer's cursor", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/mousemove-presence")
    Phoenix.PubSub.broadcast(MyApp.PubSub, "cursors", {:cursor, %{id: "Dan", name: "Dan", x: 160, y: 144}})
    assert has_element?(view, "#cursor-Dan[style*='--user-color: #701a75']", "Dan")
    Phoenix.PubSub.broadcast(MyApp.PubSub, "cursors", {:leave, %{id: "Dan"}})
    refute has_element?(view, "#cursor-Dan")
  end
end
