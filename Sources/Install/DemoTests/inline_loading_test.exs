# inline-loading: the busy state is the client's loading class (L1-L3, browser tests);
# the button carries both labels and the icon, and the export answers with a flash.
defmodule MyAppWeb.InlineLoadingLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.InlineLoadingLive.Store

  test "the button holds the icon, the spinner and both labels; no phx-disable-with", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/inline-loading")
    assert has_element?(view, "#export svg[data-icon][aria-hidden=true]")
    assert has_element?(view, "#export span.phx-click-loading\\:invisible", "Export CSV")
    assert has_element?(view, "#export [data-busy].invisible", "Exporting...")
    assert has_element?(view, "#export [data-busy] span[aria-hidden=true]")
    refute has_element?(view, "#export[phx-disable-with]")
  end

  test "an export is stored and flashed", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/inline-loading")
    html = view |> element("#export") |> render_click()
    assert text(html, "#flash-info p") == "Exported 120 orders to orders.csv"
    assert text(html, "#exports") == "Exports so far: 1"
    assert length(MyAppWeb.InlineLoadingLive.Store.get(:exports)) == 1
  end

  test "a failed export (Store.unavailable) says so and stores nothing", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/inline-loading")
    MyAppWeb.InlineLoadingLive.Store.unavailable(:exports)
    html = view |> element("#export") |> render_click()
    assert text(html, "#flash-error p") == "The export failed. Please try again."
    assert text(html, "#exports") == "Exports so far: 0"
    assert MyAppWeb.InlineLoadingLive.Store.get(:exports) == []
  end
end
