# connection-states: the classes and the attempts are the client's (L6, L8; browser tests).
# The server renders the hook's containers empty, marked phx-update="ignore", and answers pings.
defmodule MyAppWeb.ConnectionStatesLiveTest do
  use MyAppWeb.RealtimeDemoCase

  test "the hook's lists are rendered empty and left to it", %{conn: conn} do
    {:ok, view, html} = live(conn, "/connection-states")
    assert has_element?(view, "#conn-log[phx-hook]")
    assert has_element?(view, "#classes[role=status][phx-update=ignore][data-classes]")
    for id <- ["changes", "attempts"] do
      assert has_element?(view, "ol##{id}[phx-update=ignore][data-#{id}]")
      assert ids(html, "##{id} li") == []
    end
  end

  test "ping counts the pings answered", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/connection-states")
    view |> element("#ping") |> render_click()
    html = view |> element("#ping") |> render_click()
    assert text(html, "#pings") == "Pings answered: 2"
    assert assigns(view).pings == 2
  end
end
