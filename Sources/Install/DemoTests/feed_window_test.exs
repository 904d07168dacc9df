# feed-window: the pushes of LiveView's own viewport hook (render_hook on the stream
# container, as phx-viewport-bottom / -top send them), the window of 60 the stream limits
# keep, a stale edge ignored, and each binding off at its end of the list.
defmodule MyAppWeb.FeedWindowLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.FeedWindowLive.Store

  defp rows(html), do: ids(html, "#posts li")
  defp posts(range), do: Enum.map(range, &"posts-#{&1}")
  defp bottom(view, id), do: view |> element("#posts") |> render_hook("next_page", %{"id" => id})
  defp top(view, params), do: view |> element("#posts") |> render_hook("prev_page", params)

  test "scrolling down keeps 60 posts on the page, and the end switches the bottom binding off", %{conn: conn} do
    {:ok, view, html} = live(conn, "/feed-window")
    assert rows(html) == posts(1..20)
    assert has_element?(view, "#posts[phx-update=stream][phx-viewport-bottom=next_page]")
    refute has_element?(view, "#posts[phx-viewport-top]")
    for id <- ["posts-20", "posts-40"], do: bottom(view, id)
    html = bottom(view, "posts-60")
    assert rows(html) == posts(21..80)
    assert text(html, "#window") == "Posts 21–80 of 200 on the page"
    assert has_element?(view, "#posts[phx-viewport-top=prev_page]")
    html = Enum.reduce(4..9, html, fn n, _ -> bottom(view, "posts-#{n * 20}") end)
    assert rows(html) == posts(141..200)
    refute has_element?(view, "#posts[phx-viewport-bottom]")
    assert has_element?(view, "#end[role=status]", "You have reached the end: all 200 posts.")
  end

  test "a second push about the same edge loads nothing; scrolling up brings earlier posts back", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/feed-window")
    for id <- ["posts-20", "posts-40", "posts-60"], do: bottom(view, id)
    html = bottom(view, "posts-60")
    assert rows(html) == posts(21..80), "the edge moved to posts-80: a late push about posts-60 is stale"
    # LiveView sends the top event twice when the list's top shows (once with _overran).
    top(view, %{"id" => "posts-21", "_overran" => true})
    html = top(view, %{"id" => "posts-21"})
    assert rows(html) == posts(1..60)
    assert text(html, "#window") == "Posts 1–60 of 200 on the page"
    refute has_element?(view, "#posts[phx-viewport-top]")
    html = top(view, %{"id" => "posts-1"})
    assert rows(html) == posts(1..60), "nothing before the first post"
  end
end
