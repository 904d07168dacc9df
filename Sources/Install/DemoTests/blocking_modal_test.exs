# blocking-modal (the bad side of inline-loading): the server is inline-loading's (a store
# write that can fail, then a flash); the anti-pattern is in the markup. The modal is the
# export push's loading class on the root (JS.push loading:, L1), on from the click and off
# only with that push's ack (L2), so a lost reply keeps it up until the 30 s timeout (L8,
# browser tests). Here: the markup ties the modal to that class, and the export answers.
defmodule MyAppWeb.BlockingModalLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.BlockingModalLive.Store
  @moduletag store: Store

  test "the modal dialog shows only under the root's loading class", %{conn: conn} do
    {:ok, view, html} = live(conn, "/blocking-modal")
    [click] = html |> LazyHTML.from_fragment() |> LazyHTML.query("#export") |> LazyHTML.attribute("phx-click")
    assert [["push", %{"event" => "export", "loading" => "#blocking-modal"}]] = Jason.decode!(click)
    assert has_element?(view, "#blocking-modal > #export-wait.hidden.phx-click-loading\\:grid")
    assert has_element?(view, "#export-wait [role=dialog][aria-modal=true][aria-labelledby=export-dialog-title]")
    assert text(html, "#export-dialog-title") == "Exporting... please wait"
    assert has_element?(view, "#export-dialog span[aria-hidden=true]")
    assert has_element?(view, "#export svg[data-icon][aria-hidden=true]")
  end

  test "an export is stored and flashed", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/blocking-modal")
    html = view |> element("#export") |> render_click()
    assert text(html, "#flash-info p") == "Exported 120 orders to orders.csv"
    assert text(html, "#exports") == "Exports so far: 1"
    assert length(Store.get(:exports)) == 1
  end

  test "a failed export (Store.unavailable) says so and stores nothing", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/blocking-modal")
    Store.unavailable(:exports)
    html = view |> element("#export") |> render_click()
    assert text(html, "#flash-error p") == "The export failed. Please try again."
    assert text(html, "#exports") == "Exports so far: 0"
    assert Store.get(:exports) == []
  end
end
