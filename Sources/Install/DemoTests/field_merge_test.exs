# field-merge: a stale save ({:error, :stale}) is merged field by field against the values
# the form was loaded from. Bea is another browser's LiveView; here the test makes her save
# as that process would, through the Store. The four per-field cases, then resolving.
defmodule MyAppWeb.FieldMergeLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.FieldMergeLive.Store

  @moduletag store: Store

  @original %{name: "Apollo", description: "Landing page for the spring launch.", owner: "Dana"}
  @mine "Spring launch page, now with the pricing table."
  @none %{name: false, description: false, owner: false}

  defp bea_saves(changes) do
    %{value: value, version: version} = Store.read(:settings)
    value = Map.merge(value, changes)
    {:ok, new_version} = Store.write(:settings, value, version)
    {:ok, _} = Store.update(:history, fn history -> history ++ [%{who: "Bea", version: new_version, fields: value}] end)
  end

  defp record, do: Store.read(:settings)
  defp history, do: Enum.map(Store.get(:history), &{&1.version, &1.who})

  # The user types `mine` (phx-change), Bea saves `theirs`, then the user saves.
  defp stale_save(conn, mine, theirs) do
    {:ok, view, _html} = live(conn, "/field-merge")
    view |> form("#settings", mine) |> render_change()
    bea_saves(theirs)
    html = view |> form("#settings") |> render_submit()
    {view, html}
  end

  test "a save on the version it started from is a plain write", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/field-merge")
    view |> form("#settings", %{description: @mine}) |> render_change()
    html = view |> form("#settings") |> render_submit()
    assert text(html, "#notice") == "Saved as v2."
    assert record() == %{value: %{@original | description: @mine}, version: 2}
  end

  test "a field only the user changed keeps the user's value", %{conn: conn} do
    {view, _html} = stale_save(conn, %{description: @mine}, %{name: "Apollo Relaunch"})
    assert record().value.description == @mine
    assert assigns(view).conflict == @none
  end

  test "a field only the server changed takes the server's value, in one write", %{conn: conn} do
    {view, html} = stale_save(conn, %{owner: "Eli"}, %{description: "Landing page for the spring relaunch."})
    assert record() == %{value: %{@original | description: "Landing page for the spring relaunch.", owner: "Eli"}, version: 3}
    assert history() == [{1, "Dana"}, {2, "Bea"}, {3, "You"}]
    assert text(html, "#notice") == "Merged with v2 and saved as v3."
    assert text(html, "#description") == "Landing page for the spring relaunch."
    refute has_element?(view, "[id^=conflict-]")
  end

  test "a field both changed differently is a conflict on that field only", %{conn: conn} do
    {view, html} = stale_save(conn, %{description: @mine, owner: "Eli"}, %{name: "Apollo Relaunch", owner: "Bea"})
    # Nothing is written.
    assert record() == %{value: %{@original | name: "Apollo Relaunch", owner: "Bea"}, version: 2}
    assert history() == [{1, "Dana"}, {2, "Bea"}]
    assert ids(html, "[id^=conflict-]") == ["conflict-owner"]
    assert text(html, "#conflict-owner .mine") == "Eli"
    assert text(html, "#conflict-owner .theirs") == "Bea"
    assert has_element?(view, "#keep-mine-owner[aria-label='Keep mine for Owner']")
    assert has_element?(view, "#take-theirs-owner[aria-label='Take theirs for Owner']")
    assert has_element?(view, "#name[value='Apollo Relaunch']")
    assert text(html, "#description") == @mine
    assert text(html, "#version") == "v2"
    assert %{conflict: %{name: false, description: false, owner: true}, lock_version: 2} = assigns(view)
  end

  test "a field both changed to the same value is no conflict", %{conn: conn} do
    {view, _html} = stale_save(conn, %{owner: "Bea"}, %{owner: "Bea"})
    assert record() == %{value: %{@original | owner: "Bea"}, version: 3}
    assert assigns(view).conflict == @none
  end

  test "after choosing, Save writes once on the current version", %{conn: conn} do
    {view, _html} = stale_save(conn, %{description: @mine, owner: "Eli"}, %{owner: "Bea"})
    html = view |> element("#take-theirs-owner") |> render_click()
    refute has_element?(view, "#conflict-owner")
    assert history() == [{1, "Dana"}, {2, "Bea"}]
    assert has_element?(view, "#owner[value='Bea']")
    assert text(html, "#version") == "v2"
    html = view |> form("#settings") |> render_submit()
    assert record() == %{value: %{@original | description: @mine, owner: "Bea"}, version: 3}
    assert history() == [{1, "Dana"}, {2, "Bea"}, {3, "You"}]
    assert text(html, "#notice") == "Saved as v3."
  end

  test "Keep mine leaves the user's value for the save", %{conn: conn} do
    {view, _html} = stale_save(conn, %{owner: "Eli"}, %{owner: "Bea"})
    view |> element("#keep-mine-owner") |> render_click()
    view |> form("#settings") |> render_submit()
    assert record() == %{value: %{@original | owner: "Eli"}, version: 3}
  end

  test "after a remount, the recovered form's base is what the merge compares against (L9)", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/field-merge")
    view |> form("#settings", %{description: @mine}) |> render_change()
    bea_saves(%{name: "Apollo Relaunch"})
    {:ok, fresh, _html} = live(conn, "/field-merge")
    recovered = %{"name" => "Apollo", "description" => @mine, "owner" => "Dana", "lock_version" => "1",
                  "base_name" => "Apollo", "base_description" => @original.description, "base_owner" => "Dana"}
    render_change(fresh, "edit", recovered)
    fresh |> form("#settings") |> render_submit()
    # Without the recovered base, the name would read as the user's change back to "Apollo".
    assert record() == %{value: %{@original | name: "Apollo Relaunch", description: @mine}, version: 3}
  end
end
