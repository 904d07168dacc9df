# load-more: the same pages as the browser test, through a real stream (L13).
defmodule MyAppWeb.LoadMoreLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.LoadMoreLive.Store

  defp rows(html), do: ids(html, "#orders li")

  test "20, 40, then the short page of 53 removes the button", %{conn: conn} do
    {:ok, view, html} = live(conn, "/load-more")
    assert length(rows(html)) == 20
    assert text(html, "#count") == "Showing 20 of 53"
    html = view |> element("#more") |> render_click()
    assert length(rows(html)) == 40
    html = view |> element("#more") |> render_click()
    assert length(rows(html)) == 53
    assert List.last(rows(html)) == "orders-53"
    refute has_element?(view, "#more")
    assert has_element?(view, "#end[role=status]", "That is all 53 orders.")
    assert %{shown: 53, more: false, failed: false} = Map.take(assigns(view), [:shown, :more, :failed])
    assert MyAppWeb.LoadMoreLive.Store.get(:requests) == [20, 40]
  end
end
