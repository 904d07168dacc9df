# skeleton-flash: the timing is the AntiFlash hook's (browser tests); the server renders
# the skeleton hidden, the timeline empty for the hook, and answers load and clear.
defmodule MyAppWeb.SkeletonFlashLiveTest do
  use MyAppWeb.RealtimeDemoCase

  test "skeleton hidden, timeline left to the hook; load fills the team, clear empties it", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/skeleton-flash")
    assert has_element?(view, "#content[phx-hook] #content-skeleton[hidden][data-skeleton]")
    assert has_element?(view, "#content ol#timeline[phx-update=ignore][data-timeline]")
    assert has_element?(view, "#content-body", "Nothing loaded yet.")
    html = view |> element("#content") |> render_hook("load", %{})
    assert ids(html, "#content-body li") == ["row-1", "row-2", "row-3"]
    view |> element("#clear") |> render_click()
    assert assigns(view).rows == nil
  end
end
