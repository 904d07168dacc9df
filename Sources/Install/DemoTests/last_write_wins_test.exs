# last-write-wins: the same form saving without a version. Bea's save (made here through
# the Store, as her LiveView would) is overwritten by the user's, and nothing says so.
defmodule MyAppWeb.LastWriteWinsLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.LastWriteWinsLive.Store

  @moduletag store: Store

  @original %{name: "Apollo", description: "Landing page for the spring launch.", owner: "Dana"}
  @mine "Spring launch page, now with the pricing table."

  test "the user's save replaces Bea's write and says only Saved", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/last-write-wins")
    refute has_element?(view, "#settings input[name=lock_version]")
    view |> form("#settings", %{description: @mine}) |> render_change()
    %{value: value, version: version} = Store.read(:settings)
    bea = %{value | name: "Apollo Relaunch"}
    {:ok, 2} = Store.write(:settings, bea, version)
    {:ok, _} = Store.update(:history, fn history -> history ++ [%{who: "Bea", version: 2, fields: bea}] end)

    html = view |> form("#settings") |> render_submit()
    assert Store.read(:settings) == %{value: %{@original | description: @mine}, version: 3}
    assert Enum.map(Store.get(:history), &{&1.version, &1.who, &1.fields.name}) ==
             [{1, "Dana", "Apollo"}, {2, "Bea", "Apollo Relaunch"}, {3, "You", "Apollo"}]
    assert text(html, "#notice") == "Saved as v3."
    assert text(html, "#version") == "v3"
    refute html =~ "role=\"alert\""
    assert ids(html, "#history li") == ["history-v1", "history-v2", "history-v3"]
  end
end
