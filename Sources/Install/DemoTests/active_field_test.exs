# active-field: the browser test's scenario with real Presence (L14). Peers are processes the
# test spawns, each one tab tracking itself on "ticket" as the LiveView's mount does; a peer's
# focus and blur are Presence.update/4 on that tab's meta (what the peer's own LiveView does
# with its focus_field), and a closed laptop is the test killing the tab (Presence drops its
# meta, as at the socket's timeout). The debounce timer ("presence") is fired at once instead
# of waited for. The throttle is the FieldFocus hook's (browser tests); here, that the form
# carries it. As in the avatar-stack test, nothing may depend on how fast the tracker runs.
defmodule MyAppWeb.ActiveFieldLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag presence: "ticket"

  @palette ~w(#881337 #7c2d12 #713f12 #14532d #134e4a #0c4a6e #3730a3 #701a75)
  @fields ~w(title summary owner due)

  defp now, do: System.monotonic_time(:millisecond)

  defp tab(name, meta \\ %{}) do
    test = self()

    pid =
      spawn(fn ->
        full = Map.merge(%{name: name, status: "active", field: nil, at: now(), online_at: now()}, meta)
        {:ok, _} = MyAppWeb.Presence.track(self(), "ticket", name, full)
        send(test, {:tracked, self()})
        Process.sleep(:infinity)
      end)

    on_exit(fn -> Process.exit(pid, :kill) end)
    assert_receive {:tracked, ^pid}, 1000
    pid
  end

  # The tab's own focus or blur: its meta's field (and `at`, as the LiveView's handler does).
  defp focus(pid, name, field) do
    {:ok, _} = MyAppWeb.Presence.update(pid, "ticket", name, &Map.merge(&1, %{field: field, at: now()}))
  end

  defp close(pid) do
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    assert_receive {:DOWN, ^ref, _, _, _}
    wait(fn -> not tracked?(pid) end, "the tracker never dropped a killed tab")
  end

  defp tracked?(pid) do
    Enum.any?(Map.keys(MyAppWeb.Presence.list("ticket")), fn key ->
      Enum.any?(Phoenix.Tracker.get_by_key(MyAppWeb.Presence, "ticket", key), &(elem(&1, 0) == pid))
    end)
  end

  defp synced(view) do
    wait(fn -> "presence" in pending(view) end, "the view never got a presence_diff")
    fire(view, "presence")
  end

  defp wait(ok?, why, tries \\ 500) do
    cond do
      ok?.() -> :ok
      tries == 0 -> flunk(why)
      true -> Process.sleep(10); wait(ok?, why, tries - 1)
    end
  end

  # Field => [{user id, status, text}] of the badges on it, as the browser test reads them.
  defp badges(html) do
    doc = LazyHTML.from_fragment(html)

    Map.new(@fields, fn f ->
      {f,
       doc |> LazyHTML.query("#editors-#{f} [data-user-id]")
       |> Enum.map(&{hd(LazyHTML.attribute(&1, "data-user-id")), hd(LazyHTML.attribute(&1, "data-status")),
                     &1 |> LazyHTML.text() |> String.split() |> Enum.join(" ")})}
    end)
  end

  defp only(html, on) do
    assert Map.new(badges(html), fn {f, list} -> {f, Enum.map(list, &elem(&1, 0))} end) ==
             Map.new(@fields, &{&1, Map.get(on, &1, [])})
  end

  setup do
    wait(fn -> MyAppWeb.Presence.list("ticket") == %{} end,
      "an earlier test's tabs are still tracked: #{inspect(Map.keys(MyAppWeb.Presence.list("ticket")))}")
    :ok
  end

  test "a peer's focus badges that field with their name in their colour; blur takes it away", %{conn: conn} do
    {:ok, view, html} = live(conn, "/active-field")
    only(html, %{})
    assert has_element?(view, "#ticket[phx-hook$='FieldFocus'][data-every='500']")
    assert ids(html, "#ticket [role=status]") == Enum.map(@fields, &"editors-#{&1}")
    ann = tab("Ann")
    bo = tab("Bo")
    synced(view)
    focus(ann, "Ann", "title")
    focus(bo, "Bo", "due")
    html = synced(view)
    only(html, %{"title" => ["Ann"], "due" => ["Bo"]})
    assert badges(html)["title"] == [{"Ann", "active", "Being edited by Ann"}]
    # The browser test's colours: rem(crc32(id), 8) over the palette.
    for {id, field} <- [{"Ann", "title"}, {"Bo", "due"}] do
      colour = Enum.at(@palette, rem(:erlang.crc32(id), 8))
      assert html |> LazyHTML.from_fragment() |> LazyHTML.query("#editors-#{field} [data-user-id]") |> LazyHTML.attribute("style") ==
               ["--user-color: #{colour}"]
    end
    assert Map.new(assigns(view).users, &{&1.id, &1.focus}) == %{"You" => [], "Ann" => ["title"], "Bo" => ["due"]}
    focus(ann, "Ann", nil)
    only(synced(view), %{"due" => ["Bo"]})
    Enum.each([ann, bo], &close/1)
  end

  test "closing a tab takes its field away; a user's tabs are one user with a badge per field", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/active-field")
    bo1 = tab("Bo", %{field: "owner"})
    bo2 = tab("Bo", %{field: "owner"})
    html = synced(view)
    only(html, %{"owner" => ["Bo"]})
    assert [%{id: "Bo", tabs: 2, focus: ["owner"]}] = Enum.reject(assigns(view).users, &(&1.id == "You"))
    # A blur lost in one tab (a frozen tab): both fields are reported, each once.
    focus(bo2, "Bo", "summary")
    only(synced(view), %{"owner" => ["Bo"], "summary" => ["Bo"]})
    close(bo2)
    only(synced(view), %{"owner" => ["Bo"]})
    # The last tab goes (a leave, or a closed laptop at its timeout): so does the badge.
    close(bo1)
    html = synced(view)
    only(html, %{})
    assert Enum.map(assigns(view).users, & &1.id) == ["You"]
  end

  test "the local focus is this tab's meta, allow-listed, and never badges its own page", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/active-field")
    ann = tab("Ann")
    synced(view)
    render_hook(view, "focus_field", %{"field" => "title"})
    assert [%{field: "title"}] = MyAppWeb.Presence.list("ticket")["You"].metas
    html = synced(view)
    only(html, %{})
    assert Enum.find(assigns(view).users, &(&1.id == "You")).focus == ["title"]
    render_hook(view, "focus_field", %{"field" => "password"})
    assert [%{field: nil}] = MyAppWeb.Presence.list("ticket")["You"].metas
    render_hook(view, "focus_field", %{"field" => "due"})
    render_hook(view, "focus_field", %{"field" => nil})
    assert [%{field: nil, name: "You", status: "active"}] = MyAppWeb.Presence.list("ticket")["You"].metas
    close(ann)
  end

  test "a tab without pings is idle after 30 s, its badge faded, and goes with its process", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/active-field")
    Process.sleep(2)
    # Ann's last ping was 29.8 s ago: active now, stale 200 ms later.
    ann = tab("Ann", %{field: "title", at: now() - 29_800})
    assert synced(view) |> badges() |> Map.get("title") == [{"Ann", "active", "Being edited by Ann"}]
    Process.sleep(300)
    html = fire(view, "tick")
    assert badges(html)["title"] == [{"Ann", "idle", "Being edited by Ann"}]
    assert html |> LazyHTML.from_fragment() |> LazyHTML.query("#editors-title [data-user-id]") |> LazyHTML.attribute("class") |> hd() =~
             "opacity-75"
    close(ann)
    only(synced(view), %{})
  end
end
