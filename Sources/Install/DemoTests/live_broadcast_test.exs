# live-broadcast: peers are other LiveViews broadcasting {:changed, ...} on "settings"; here the
# test broadcasts for them. The 500 ms debounce is the client's (L15; browser tests); here each
# edit event is one debounced change.
defmodule MyAppWeb.LiveBroadcastLiveTest do
  use MyAppWeb.RealtimeDemoCase

  alias MyAppWeb.LiveBroadcastLive.Store
  @moduletag store: Store

  @seed %{name: "Apollo", description: "Landing page for the spring launch.", owner: "Dana"}

  defp ann(field, value), do: Phoenix.PubSub.broadcast(MyApp.PubSub, "settings", {:changed, %{field: field, new_value: value, by: "Ann"}})

  test "an edit writes only its field to the store and is broadcast to the others", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/live-broadcast")
    Phoenix.PubSub.subscribe(MyApp.PubSub, "settings")
    view |> element("#settings") |> render_change(%{"_target" => ["name"], "name" => "Apex", "description" => @seed.description, "owner" => "Dana"})
    assert Store.get(:settings) == %{@seed | name: "Apex"}
    assert_receive {:changed, %{field: "name", by: "You", new_value: "Apex"}}
    assert text(render(view), "#notice") == "Saved."
  end

  test "a peer's change to another field shows with its author until the 1 s timer", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/live-broadcast")
    view |> element("#name") |> render_focus()
    ann("description", "Relaunch")
    assert has_element?(view, "#description[data-changed=Ann]", "Relaunch")
    assert text(render(view), "#changed-description") == "changed by Ann"
    refute has_element?(view, "#pending-description")
    send(view.pid, {:unmark, %{field: "description"}})
    refute has_element?(view, "#description[data-changed]")
    assert text(render(view), "#changed-description") == ""
  end

  test "a peer's change to the focused field keeps the user's value; Show takes theirs", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/live-broadcast")
    view |> element("#description") |> render_focus()
    view |> element("#settings") |> render_change(%{"_target" => ["description"], "name" => "Apollo", "description" => "Mine", "owner" => "Dana"})
    ann("description", "Relaunch")
    assert has_element?(view, "#description", "Mine")
    assert text(render(view), "#pending-description") == "Ann changed this field · Show"
    view |> element("#description") |> render_blur()
    view |> element("#show-description[aria-label=\"Show Ann's description\"]") |> render_click()
    assert has_element?(view, "#description", "Relaunch")
    refute has_element?(view, "#pending-description")
    assert Store.get(:settings).description == "Relaunch"
  end
end
