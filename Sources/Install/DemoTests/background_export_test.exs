# background-export: start_async answers the click at once (the busy state is @exporting),
# handle_async ends it with a flash; render_async waits for the task, Store.unavailable is
# the failure switch, a suspended Store holds the task while the page keeps answering.
defmodule MyAppWeb.BackgroundExportLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.BackgroundExportLive.Store
  @moduletag store: Store

  test "the click is answered at once with a busy button; the task's count comes back as a flash", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/background-export")
    :sys.suspend(Store)
    html = view |> element("#export") |> render_click()
    assert has_element?(view, "#export[disabled][aria-busy=true]", "Exporting...")
    assert text(html, "#exports") == "Exports so far: 0"
    :sys.resume(Store)
    html = render_async(view)
    refute has_element?(view, "#export[disabled]")
    assert text(html, "#flash-info p") == "Exported 120 orders to orders.csv"
    assert text(html, "#exports") == "Exports so far: 1"
  end

  test "the view keeps answering while the task waits; each export counts the orders of its start", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/background-export")
    :sys.suspend(Store)
    view |> element("#export") |> render_click()
    # The task waits on the suspended Store; the view itself is free to render.
    assert text(render(view), "#export") == "Exporting..."
    :sys.resume(Store)
    assert text(render_async(view), "#flash-info p") == "Exported 120 orders to orders.csv"
    html = view |> element("#add-order") |> render_click()
    assert text(html, "#orders") == "Orders: 121"
    view |> element("#export") |> render_click()
    assert text(render_async(view), "#flash-info p") == "Exported 121 orders to orders.csv"
    assert length(Store.get(:orders)) == 121
  end

  test "a failed task restores the button and says so", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/background-export")
    Store.unavailable(:orders)
    view |> element("#export") |> render_click()
    html = render_async(view)
    refute has_element?(view, "#export[disabled]")
    assert text(html, "#flash-error p") == "The export failed. Please try again."
    assert text(html, "#exports") == "Exports so far: 0"
  end

  test "Cancel kills the task: the button is back at once and no result or error follows", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/background-export")
    refute has_element?(view, "#cancel-export")
    :sys.suspend(Store)
    view |> element("#export") |> render_click()
    html = view |> element("#cancel-export") |> render_click()
    :sys.resume(Store)
    assert text(html, "#flash-info p") == "Export cancelled."
    refute has_element?(view, "#export[disabled]")
    html = render_async(view)
    assert text(html, "#flash-info p") == "Export cancelled."
    refute has_element?(view, "#flash-error")
    assert text(html, "#exports") == "Exports so far: 0"
  end
end
