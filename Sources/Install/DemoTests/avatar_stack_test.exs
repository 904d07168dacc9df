# avatar-stack: peers are processes the test spawns, each one tab: it tracks itself on
# "viewers" as the LiveView's mount does, and a closed laptop is the test killing
# it (Presence then drops its meta, as at the socket's timeout). The debounce timer
# ("presence") is fired at once instead of waited for; the presence rules of L14.
# Nothing here may depend on how fast the tracker runs: a kill reaches the tracker as its
# own EXIT, after the test's DOWN, so close/1 waits until the tracker has dropped the pid
# (CI once read the list between two leaves), and every tab is killed when its test ends.
defmodule MyAppWeb.AvatarStackLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag presence: "viewers"

  @palette ~w(#881337 #7c2d12 #713f12 #14532d #134e4a #0c4a6e #3730a3 #701a75)

  defp now, do: System.monotonic_time(:millisecond)

  # One tab of `name`: a process tracking a meta like the view's, until it is killed.
  defp tab(name, meta \\ %{}) do
    test = self()

    pid =
      spawn(fn ->
        full = Map.merge(%{name: name, status: "active", at: now(), online_at: now()}, meta)
        {:ok, _} = MyAppWeb.Presence.track(self(), "viewers", name, full)
        send(test, {:tracked, self()})
        Process.sleep(:infinity)
      end)

    on_exit(fn -> Process.exit(pid, :kill) end)
    assert_receive {:tracked, ^pid}, 1000
    pid
  end

  defp close(pid) do
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    assert_receive {:DOWN, ^ref, _, _, _}
    wait(fn -> not tracked?(pid) end, "the tracker never dropped a killed tab")
  end

  defp tracked?(pid) do
    Enum.any?(Map.keys(MyAppWeb.Presence.list("viewers")), fn key ->
      Enum.any?(Phoenix.Tracker.get_by_key(MyAppWeb.Presence, "viewers", key), &(elem(&1, 0) == pid))
    end)
  end

  # The diffs reach the view through Presence's own process: wait until the debounce runs.
  defp synced(view) do
    wait(fn -> "presence" in pending(view) end, "the view never got a presence_diff")
    fire(view, "presence")
  end

  # Polls for up to 5 s; the budget is for a slow machine, the usual wait is a few ms.
  defp wait(ok?, why, tries \\ 500) do
    cond do
      ok?.() -> :ok
      tries == 0 -> flunk(why)
      true -> Process.sleep(10); wait(ok?, why, tries - 1)
    end
  end

  defp stack(html) do
    html |> LazyHTML.from_fragment() |> LazyHTML.query("#viewers [data-user-id]")
    |> Enum.map(&{LazyHTML.attribute(&1, "data-user-id") |> hd(), LazyHTML.attribute(&1, "data-status") |> hd()})
  end

  setup do
    # The last test's views and tabs leave through Presence asynchronously.
    wait(fn -> MyAppWeb.Presence.list("viewers") == %{} end,
      "an earlier test's tabs are still tracked: #{inspect(Map.keys(MyAppWeb.Presence.list("viewers")))}")
    :ok
  end

  test "a user with three tabs is one avatar and leaves with the last tab", %{conn: conn} do
    {:ok, view, html} = live(conn, "/avatar-stack")
    assert stack(html) == [{"You", "active"}]
    assert text(html, "#viewers [role=status]") == "1 person viewing"
    Process.sleep(2)
    ann = for _ <- 1..3, do: tab("Ann")
    bo = tab("Bo")
    html = synced(view)
    assert stack(html) == [{"You", "active"}, {"Ann", "active"}, {"Bo", "active"}]
    assert text(html, "#viewers [role=status]") == "3 people viewing"
    assert text(html, "#viewer-Ann") == "Ann: active (3 tabs)"
    Enum.each(Enum.take(ann, 2), &close/1)
    html = synced(view)
    assert text(html, "#viewer-Ann") == "Ann: active"
    close(List.last(ann))
    html = synced(view)
    assert stack(html) == [{"You", "active"}, {"Bo", "active"}]
    assert Enum.map(assigns(view).users, & &1.id) == ["You", "Bo"]
    close(bo)
  end

  test "a burst of joins is one patch: nothing changes until the debounce fires", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/avatar-stack")
    Process.sleep(2)
    tabs = for n <- ~w(Ann Bo Cy Dee Eli Fay Gus Hal), do: tab(n)
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
    Enum.each(tabs, &close/1)
  end

  test "a tab without pings is idle after 30 s, the tick finds it, and it leaves when its process goes", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/avatar-stack")
    Process.sleep(2)
    ann = tab("Ann")
    # Bo's last ping was 29.8 s ago: active now, stale 200 ms later.
    bo = tab("Bo", %{at: now() - 29_800})
    assert synced(view) |> stack() == [{"You", "active"}, {"Ann", "active"}, {"Bo", "active"}]
    Process.sleep(300)
    html = fire(view, "tick")
    assert stack(html) == [{"You", "active"}, {"Ann", "active"}, {"Bo", "idle"}]
    assert html |> LazyHTML.from_fragment() |> LazyHTML.query("#viewers-Bo [role=img]") |> LazyHTML.attribute("class") |> hd() =~ "opacity-75"
    assert "tick" in pending(view)
    # The closed laptop's connection times out: its process goes, and so does Bo.
    close(bo)
    assert synced(view) |> stack() == [{"You", "active"}, {"Ann", "active"}]
    close(ann)
  end

  test "the heartbeat refreshes the view's own meta; idle and away are the tabs' own statuses", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/avatar-stack")
    [%{at: before}] = MyAppWeb.Presence.list("viewers")["You"].metas
    Process.sleep(5)
    render_hook(view, "heartbeat", %{})
    [%{at: later}] = MyAppWeb.Presence.list("viewers")["You"].metas
    assert later > before
    ann = tab("Ann", %{status: "idle"})
    bo = tab("Bo", %{status: "away"})
    html = synced(view)
    assert stack(html) == [{"You", "active"}, {"Ann", "idle"}, {"Bo", "away"}]
    # A second, active tab makes Bo active: the most present tab decides.
    bo2 = tab("Bo")
    assert synced(view) |> stack() == [{"You", "active"}, {"Ann", "idle"}, {"Bo", "active"}]
    Enum.each([ann, bo, bo2], &close/1)
  end
end
