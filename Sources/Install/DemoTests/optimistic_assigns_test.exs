# optimistic-assigns: the click's reply already has the new value (the assigns), the task
# saves it; render_async waits for it; Store.unavailable fails the save, which puts back
# the confirmed value with a flash. A suspended Store holds the task mid-save.
defmodule MyAppWeb.OptimisticAssignsLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.OptimisticAssignsLive.Store
  @moduletag store: Store

  test "the reply shows the new value and Saving...; the task's answer confirms it", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-assigns")
    :sys.suspend(Store)
    html = view |> element("#notify") |> render_click()
    assert has_element?(view, "#notify[role=switch][aria-checked=true]")
    assert text(html, "#saving") == "Saving..."
    :sys.resume(Store)
    html = render_async(view)
    assert text(html, "#saving") == ""
    assert text(html, "#confirmed") == "Saved on the server: on"
    assert Store.get(:notifications) == true
  end

  test "a failed save puts back the confirmed value and says so", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-assigns")
    Store.unavailable(:notifications)
    view |> element("#notify") |> render_click()
    html = render_async(view)
    assert has_element?(view, "#notify[aria-checked=false]")
    assert text(html, "#flash-error p") == "Could not save. Email notifications are back off."
    assert Store.get(:notifications) == false
  end
end
