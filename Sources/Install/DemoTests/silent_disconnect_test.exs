# silent-disconnect (the bad side of "silent failure on disconnect"): the same invoice as
# requires-connection with nothing that reacts to the connection — no phx-disconnected /
# phx-connected bindings, no "(offline)" labels, no banner. What a dropped click does (nothing,
# L7) is the browser tests'; here, that the markup has none of the remedies and the actions work.
defmodule MyAppWeb.SilentDisconnectLiveTest do
  use MyAppWeb.RealtimeDemoCase

  test "nothing in the page reacts to the connection", %{conn: conn} do
    {:ok, view, html} = live(conn, "/silent-disconnect")
    refute html =~ "phx-disconnected"
    refute html =~ "phx-connected"
    refute has_element?(view, "[data-offline-label]")
    refute has_element?(view, "[data-requires-connection]")
    refute has_element?(view, "#banner")
    assert has_element?(view, "#approve", "Approve invoice")
  end

  test "approve twice and archive: the same status text and server state as requires-connection", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/silent-disconnect")
    view |> element("#approve") |> render_click()
    view |> element("#approve") |> render_click()
    html = view |> element("#archive") |> render_click()
    assert text(html, "#status") == "Approved 2 times · archived"
    assert %{approved: 2, archived: true} = assigns(view)
  end
end
