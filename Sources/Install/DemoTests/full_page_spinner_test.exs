# full-page-spinner (the bad side of skeletons): the server is skeletons' (load fills the rows,
# clear empties them); the anti-pattern is in the markup. The spinner and the hidden page are
# the load push's loading class on the root (JS.push loading:, L1), so the browser tests time
# them; here, that the markup ties the whole page to that class and the load loads.
defmodule MyAppWeb.FullPageSpinnerLiveTest do
  use MyAppWeb.RealtimeDemoCase

  test "the whole page hides and the one spinner shows under the root's loading class", %{conn: conn} do
    {:ok, view, html} = live(conn, "/full-page-spinner")
    [click] = html |> LazyHTML.from_fragment() |> LazyHTML.query("#load") |> LazyHTML.attribute("phx-click")
    assert [["push", %{"event" => "load", "loading" => "#full-page-spinner"}]] = Jason.decode!(click)
    assert has_element?(view, "#full-page-spinner > #page.phx-click-loading\\:hidden h1", "Full-page spinner")
    assert has_element?(view, "#page #primitives-title", "Primitives")
    assert has_element?(view, "#full-page-spinner > #page-spinner[role=status].hidden.phx-click-loading\\:grid", "Loading...")
    assert has_element?(view, "#page-spinner span[aria-hidden=true]")
    assert text(html, "#content-body") == "Nothing loaded yet."
  end

  test "load fills the table and clear empties it, as skeletons' server does", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/full-page-spinner")
    html = view |> element("#load") |> render_click()
    assert ids(html, "#content-body tbody tr") == ["row-1", "row-2", "row-3"]
    assert text(html, "#row-3 td:last-child") == "Viewer"
    assert length(assigns(view).rows) == 3

    html = view |> element("#clear") |> render_click()
    assert ids(html, "#content-body tbody tr") == []
    assert assigns(view).rows == nil
  end
end
