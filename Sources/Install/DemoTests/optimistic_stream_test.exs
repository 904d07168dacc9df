# optimistic-stream: the pending item is the OptimisticSend hook's (browser tests); here,
# the hook's push (render_hook on the form) stores the message and streams the real item
# with the client's ref, and a refused one (Store.unavailable) adds nothing and says so.
defmodule MyAppWeb.OptimisticStreamLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.OptimisticStreamLive.Store
  @moduletag store: Store

  defp send(view, body, ref), do: view |> element("#composer") |> render_hook("send", %{"body" => body, "ref" => ref})

  test "the form is the hook's, with a pending list the server never patches", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-stream")
    assert has_element?(view, "#composer[phx-hook][data-pending-list=pending] input[name=body]")
    assert has_element?(view, "#pending[phx-update=ignore]")
    assert has_element?(view, "#messages[phx-update=stream]")
  end

  test "each message is stored and streamed with its real id and the client's ref, in order", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-stream")
    html = Enum.reduce(1..10, nil, fn n, _ -> send(view, "m#{n}", "composer-#{n}") end)
    assert ids(html, "#messages li") == Enum.map(1..10, &"messages-#{&1}")
    assert has_element?(view, "#messages-3[data-ref=composer-3]", "m3")
    assert Enum.map(Store.get(:messages), & &1.body) == Enum.map(1..10, &"m#{&1}")
    # A reload shows what the server has and carries on with the next id.
    {:ok, view, _html} = live(conn, "/optimistic-stream")
    assert ids(send(view, "m11", "composer-1"), "#messages li") |> List.last() == "messages-11"
  end

  test "a refused message adds nothing and says so", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-stream")
    Store.unavailable(:messages)
    html = send(view, "Lunch at one?", "composer-1")
    assert ids(html, "#messages li") == []
    assert text(html, "#flash-error p") == "Your message was not sent. It is back in the box: press Send to try again."
  end
end
