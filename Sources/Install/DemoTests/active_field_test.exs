# active-field: the browser test's scenario with real Presence (L14). Peers are processes the
# test spawns, each one tab tracking itself on "ticket" as the LiveView's mount does; a peer's
# focus and blur are Presence.update/4 on that tab's meta (what the peer's own LiveView does
# with its focus_field), and a closed laptop is the test killing the tab (Presence drops its
# meta, as at the socket's timeout). The debounce timer ("presence") is fired at once instead
# of waited for. The throttle is the FieldFocus hook's (browser tests); here, that the form
# carries it. The tabs are MyAppWeb.RealtimeDemoCase's presence helpers, as in the avatar-stack test.
defmodule MyAppWeb.ActiveFieldLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @topic "ticket"
  @moduletag presence: @topic

  @palette ~w(#881337 #7c2d12 #713f12 #14532d #134e4a #0c4a6e #3730a3 #701a75)
  @fields ~w(title summary owner due)
  # A tab's meta has the field as the LiveView's mount tracks it: none focused yet.
  @unfocused %{field: nil}

  defp now, do: System.monotonic_time(:millisecond)

  # The tab's own focus or blur: its meta's field (and `at`, as the LiveView's handler does).
  defp focus(pid, name, field) do
    {:ok, _} = MyAppWeb.Presence.update(pid, @topic, name, &Map.merge(&1, %{field: field, at: now()}))
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

  test "a peer's focus badges that field with their name in their colour; blur takes it away", %{conn: conn} do
    {:ok, view, html} = live(conn, "/active-field")
    only(html, %{})
    assert has_element?(view, "#ticket[phx-hook$='FieldFocus'][data-every='500']")
    assert ids(html, "#ticket [role=status]") == Enum.map(@fields, &"editors-#{&1}")
    ann = tab(@topic, "Ann", @unfocused)
    bo = tab(@topic, "Bo", @unfocused)
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
    Enum.each([ann, bo], &close(@topic, &1))
  end

  test "closing a tab takes its field away; a user's tabs are one user with a badge per field", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/active-field")
    bo1 = tab(@topic, "Bo", %{field: "owner"})
    bo2 = tab(@topic, "Bo", %{field: "owner"})
    html = synced(view)
    only(html, %{"owner" => ["Bo"]})
    assert [%{id: "Bo", tabs: 2, focus: ["owner"]}] = Enum.reject(assigns(view).users, &(&1.id == "You"))
    # A blur lost in one tab (a frozen tab): both fields are reported, each once.
    focus(bo2, "Bo", "summary")
    only(synced(view), %{"owner" => ["Bo"], "summary" => ["Bo"]})
    close(@topic, bo2)
    only(synced(view), %{"owner" => ["Bo"]})
    # The last tab goes (a leave, or a closed laptop at its timeout): so does the badge.
    close(@topic, bo1)
    html = synced(view)
    only(html, %{})
    assert Enum.map(assigns(view).users, & &1.id) == ["You"]
  end

  test "the local focus is this tab's meta, allow-listed, and never badges its own page", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/active-field")
    ann = tab(@topic, "Ann", @unfocused)
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
    close(@topic, ann)
  end

  test "a tab without pings is idle after 30 s, its badge faded, and goes with its process", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/active-field")
    Process.sleep(2)
    # Ann's last ping was 29.8 s ago: active now, stale 200 ms later.
    ann = tab(@topic, "Ann", %{field: "title", at: now() - 29_800})
    assert synced(view) |> badges() |> Map.get("title") == [{"Ann", "active", "Being edited by Ann"}]
    Process.sleep(300)
    html = fire(view, "tick")
    assert badges(html)["title"] == [{"Ann", "idle", "Being edited by Ann"}]
    assert html |> LazyHTML.from_fragment() |> LazyHTML.query("#editors-title [data-user-id]") |> LazyHTML.attribute("class") |> hd() =~
             "opacity-75"
    close(@topic, ann)
    only(synced(view), %{})
  end
end
