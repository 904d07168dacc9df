# optimistic-locking: a save names the lock_version its form was loaded from, and a stale
# one ({:error, :stale}) changes nothing and shows both versions. Bea is another browser's
# LiveView; here the test makes her save as that process would, through the Store.
defmodule MyAppWeb.OptimisticLockingLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.OptimisticLockingLive.Store

  @moduletag store: Store

  @original %{name: "Apollo", description: "Landing page for the spring launch.", owner: "Dana"}
  @mine "Spring launch page, now with the pricing table."

  defp bea_saves(changes) do
    %{value: value, version: version} = Store.read(:settings)
    value = Map.merge(value, changes)
    {:ok, new_version} = Store.write(:settings, value, version)
    {:ok, _} = Store.update(:history, fn history -> history ++ [%{who: "Bea", version: new_version, fields: value}] end)
  end

  defp typed(view, description) do
    view |> form("#settings", %{description: description}) |> render_change()
  end

  defp record, do: Store.read(:settings)
  defp history, do: Enum.map(Store.get(:history), &{&1.version, &1.who})

  defp stale_save(conn) do
    {:ok, view, html} = live(conn, "/optimistic-locking")
    assert text(html, "#version") == "v1"
    typed(view, @mine)
    bea_saves(%{name: "Apollo Relaunch"})
    html = view |> form("#settings") |> render_submit()
    {view, html}
  end

  test "a save on the version it started from goes through and moves the version on", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-locking")
    assert has_element?(view, "#settings input[type=hidden][name=lock_version][value='1']")
    typed(view, @mine)
    html = view |> form("#settings") |> render_submit()
    assert text(html, "#version") == "v2"
    assert text(html, "#notice") == "Saved as v2."
    assert record() == %{value: %{@original | description: @mine}, version: 2}
    assert history() == [{1, "Dana"}, {2, "You"}]
  end

  test "a stale save is refused, keeps what was typed and shows both versions", %{conn: conn} do
    {view, html} = stale_save(conn)
    assert record() == %{value: %{@original | name: "Apollo Relaunch"}, version: 2}
    assert history() == [{1, "Dana"}, {2, "Bea"}]
    assert text(html, "#conflict-title") == "Updated by someone else — your changes are preserved."
    assert has_element?(view, "#conflict[role=alert]")
    assert text(html, "#conflict-name .mine") == "Apollo"
    assert text(html, "#conflict-name .theirs") == "Apollo Relaunch"
    assert text(html, "#conflict-description .mine") == @mine
    assert text(html, "#description") == @mine
    assert text(html, "#version") == "v1"
    refute has_element?(view, "#save")
    assert %{conflict: true, theirs_version: 2, lock_version: 1} = assigns(view)
  end

  test "Keep mine writes the user's values on the current version", %{conn: conn} do
    {view, _html} = stale_save(conn)
    html = view |> element("#keep-mine") |> render_click()
    assert record() == %{value: %{@original | description: @mine}, version: 3}
    assert history() == [{1, "Dana"}, {2, "Bea"}, {3, "You"}]
    assert text(html, "#version") == "v3"
    refute has_element?(view, "#conflict")
  end

  test "Take theirs loads the server's record and writes nothing", %{conn: conn} do
    {view, _html} = stale_save(conn)
    html = view |> element("#take-theirs") |> render_click()
    assert record().version == 2
    assert history() == [{1, "Dana"}, {2, "Bea"}]
    assert text(html, "#version") == "v2"
    assert %{name: "Apollo Relaunch", description: "Landing page for the spring launch.", conflict: false} = assigns(view)
    assert has_element?(view, "#name[value='Apollo Relaunch']")
  end

  test "Merge fields takes the user's changed fields and the server's others", %{conn: conn} do
    {view, _html} = stale_save(conn)
    view |> element("#merge-fields") |> render_click()
    assert record() == %{value: %{@original | name: "Apollo Relaunch", description: @mine}, version: 3}
    assert history() == [{1, "Dana"}, {2, "Bea"}, {3, "You"}]
  end

  test "resolving is stale too when Bea saved again: the panel moves to her newer record", %{conn: conn} do
    {view, _html} = stale_save(conn)
    bea_saves(%{owner: "Bea"})
    html = view |> element("#keep-mine") |> render_click()
    assert record().version == 3
    assert text(html, "#conflict-owner .theirs") == "Bea"
    assert assigns(view).theirs_version == 3
    view |> element("#keep-mine") |> render_click()
    assert record() == %{value: %{@original | description: @mine}, version: 4}
  end

  test "after a remount, the recovered form's older lock_version still shows the conflict (L9)", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-locking")
    typed(view, @mine)
    # Bea saves while the user is offline; the rejoin is a new process, which loads v2.
    bea_saves(%{name: "Apollo Relaunch"})
    {:ok, fresh, _html} = live(conn, "/optimistic-locking")
    assert assigns(fresh).lock_version == 2
    recovered = %{"name" => "Apollo", "description" => @mine, "owner" => "Dana", "lock_version" => "1",
                  "base_name" => "Apollo", "base_description" => @original.description, "base_owner" => "Dana"}
    html = render_change(fresh, "edit", recovered)
    assert text(html, "#conflict-title") == "Updated by someone else — your changes are preserved."
    assert text(html, "#description") == @mine
    # The form keeps saying v1 (as sent), so a second remount's recovery shows the conflict again.
    assert text(html, "#version") == "v1"
    assert has_element?(fresh, "#settings input[name=lock_version][value='1']")
    {:ok, third, _html} = live(conn, "/optimistic-locking")
    assert render_change(third, "edit", recovered) |> text("#conflict-name .theirs") == "Apollo Relaunch"
    # A save naming the form's version is refused like any stale one.
    third |> form("#settings") |> render_submit()
    assert record().version == 2
    fresh |> element("#merge-fields") |> render_click()
    assert record() == %{value: %{@original | name: "Apollo Relaunch", description: @mine}, version: 3}
  end

  test "an edit from the same version is only an edit", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-locking")
    html = typed(view, @mine)
    refute has_element?(view, "#conflict")
    assert text(html, "#description") == @mine
    assert record().version == 1
  end
end
