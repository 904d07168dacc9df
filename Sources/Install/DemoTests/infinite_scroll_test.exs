# infinite-scroll: the InfiniteScroll hook's pushes (render_hook on the sentinel), page by page,
# to the end; hiding the feed removes the sentinel, showing it starts the stream over.
defmodule MyAppWeb.InfiniteScrollLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.InfiniteScrollLive.Store

  defp rows(html), do: ids(html, "#posts li")

  test "20 at first, 20 more per sentinel push, then the end says so", %{conn: conn} do
    {:ok, view, html} = live(conn, "/infinite-scroll")
    assert length(rows(html)) == 20
    assert has_element?(view, "#feed[data-scroll-root] #sentinel[phx-hook][data-event=load_more][data-margin='200']")
    html = Enum.reduce(1..4, html, fn _, _ -> view |> element("#sentinel") |> render_hook("load_more", %{}) end)
    assert length(rows(html)) == 100 and List.last(rows(html)) == "posts-100"
    refute has_element?(view, "#sentinel")
    assert has_element?(view, "#end[role=status]", "You have reached the end: all 100 posts.")
    assert MyAppWeb.InfiniteScrollLive.Store.get(:requests) == [20, 40, 60, 80]
  end

  test "Hide feed removes the list and its sentinel; Show feed starts again from the top", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/infinite-scroll")
    view |> element("#sentinel") |> render_hook("load_more", %{})
    html = view |> element("#toggle") |> render_click()
    refute html =~ ~s(id="feed")
    html = view |> element("#toggle") |> render_click()
    assert length(rows(html)) == 20 and text(html, "#count") == "Showing 20 of 100"
    assert has_element?(view, "#sentinel")
  end
end
