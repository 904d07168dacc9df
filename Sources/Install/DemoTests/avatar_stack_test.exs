# avatar-stack: peers are processes the test spawns, each one tab tracking itself on
# "viewers" as the LiveView's mount does (tab/3, close/2 and synced/1 of
# MyAppWeb.RealtimeDemoCase); a closed laptop is the test killing the tab. The debounce timer
# ("presence") is fired at once instead of waited for; the presence rules of L14.
defmodule MyAppWeb.AvatarStackLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @topic "viewers"
  @moduletag presence: @topic

  @palette ~w(#881337 #7c2d12 #713f12 #14532d #134e4a #0c4a6e #3730a3 #701a75)

  defp now, do: System.monotonic_time(:millisecond)

  defp stack(html) do
    html |> LazyHTML.from_fragment() |> LazyHTML.query("#viewers [data-user-id]")
    |> Enum.map(&{LazyHTML.attribute(&1, "data-user-id") |> hd(), LazyHTML.attribute(&1, "data-status") |> hd()})
  end

  test "a user with three tabs is one avatar and leaves with the last tab", %{conn: conn} do
    {:ok, view, html} = live(conn, "/avatar-stack")
    assert stack(html) == [{"You", "active"}]
    assert text(html, "#viewers [role=status]") == "1 person viewing"
    Process.sleep(2)
    ann = for _ <- 1..3, do: tab(@topic, "Ann")
    bo = tab(@topic, "Bo")
    html = synced(view)
    assert stack(html) == [{"You", "active"}, {"Ann", "active"}, {"Bo", "active"}]
    assert text(html, "#viewers [role=status]") == "3 people viewing"
    assert text(html, "#viewer-Ann") == "Ann: active (3 tabs)"
    Enum.each(Enum.take(ann, 2), &close(@topic, &1))
    html = synced(view)
    assert text(html, "#viewer-Ann") == "Ann: active"
    close(@topic, List.last(ann))
    html = synced(view)
    assert stack(html) == [{"You", "active"}, {"Bo", "active"}]
    assert Enum.map(assigns(view).users, & &1.id) == ["You", "Bo"]
    close(@topic, bo)
  end

  test "a burst of joins is one patch: nothing changes until the debounce fires", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/avatar-stack")
    Process.sleep(2)
    tabs = for n <- ~w(Ann Bo Cy Dee Eli Fay Gus Hal), do: tab(@topic, n)
    wait(fn -> "presence" in pending(view) end, "the view never got a presence_diff")
    assert render(view) |> stack() == [{"You", "active"}]
    {ref, _, _} = assigns(view).timers["presence"]
    assert Process.read_timer(ref) <= 400
    html = fire(view, "presence")
    assert Enum.map(stack(html), &elem(&1, 0)) == ~w(You Ann Bo Cy Dee)
    assert text(html, "#viewers [role=status]") == "9 people viewing"
    assert html |> LazyHTML.from_fragment() |> LazyHTML.query("#viewers span") |> Enum.map(&LazyHTML.text/1) |> Enum.member?("+4")
    # The same ids give the browser test's colours: rem(crc32(id), 8) over the palette.
    colours = %{"You" => "#3730a3", "Ann" => "#14532d", "Bo" => "#7c2d12", "Cy" => "#7c2d12", "Dee" => "#14532d"}
    for {id, colour} <- colours do
      assert Enum.at(@palette, rem(:erlang.crc32(id), 8)) == colour
      assert html |> LazyHTML.from_fragment() |> LazyHTML.query("#viewers-#{id}") |> LazyHTML.attribute("style") == ["--user-color: #{colour}"]
    end
    Enum.each(tabs, &close(@topic, &1))
  end

  test "a tab without pings is idle after 30 s, the tick finds it, and it leaves when its process goes", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/avatar-stack")
    Process.sleep(2)
    ann = tab(@topic, "Ann")
    # Bo's last ping was 29.8 s ago: active now, stale 200 ms later.
    bo = tab(@topic, "Bo", %{at: now() - 29_800})
    assert synced(view) |> stack() == [{"You", "active"}, {"Ann", "active"}, {"Bo", "active"}]
    Process.sleep(300)
    html = fire(view, "tick")
    assert stack(html) == [{"You", "active"}, {"Ann", "active"}, {"Bo", "idle"}]
    assert html |> LazyHTML.from_fragment() |> LazyHTML.query("#viewers-Bo [role=img]") |> LazyHTML.attribute("class") |> hd() =~ "opacity-75"
    assert "tick" in pending(view)
    # The closed laptop's connection times out: its process goes, and so does Bo.
    close(@topic, bo)
    assert synced(view) |> stack() == [{"You", "active"}, {"Ann", "active"}]
    close(@topic, ann)
  end

  test "the heartbeat refreshes the view's own meta; idle and away are the tabs' own statuses", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/avatar-stack")
    [%{at: before}] = MyAppWeb.Presence.list("viewers")["You"].metas
    Process.sleep(5)
    render_hook(view, "heartbeat", %{})
    [%{at: later}] = MyAppWeb.Presence.list("viewers")["You"].metas
    assert later > before
    ann = tab(@topic, "Ann", %{status: "idle"})
    bo = tab(@topic, "Bo", %{status: "away"})
    html = synced(view)
    assert stack(html) == [{"You", "active"}, {"Ann", "idle"}, {"Bo", "away"}]
    # A second, active tab makes Bo active: the most present tab decides.
    bo2 = tab(@topic, "Bo")
    assert synced(view) |> stack() == [{"You", "active"}, {"Ann", "idle"}, {"Bo", "active"}]
    Enum.each([ann, bo, bo2], &close(@topic, &1))
  end
end
