# url-state: the tab and the region come from the URL (handle_params), whichever way the
# view is reached: a first load, a patch link, the region's push_patch, a copied link.
defmodule MyAppWeb.UrlStateLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.UrlStateLive.Store

  defp shown(html), do: ids(html, "#orders li")

  test "a copied link opens on its tab and region; unknown values fall back", %{conn: conn} do
    {:ok, view, html} = live(conn, "/url-state?tab=shipped&region=eu")
    assert shown(html) == ["order-1003", "order-1010"]
    assert has_element?(view, "#tab-shipped[aria-current=page]")
    assert has_element?(view, "#region-eu[aria-pressed=true]")
    {:ok, fallback, html} = live(conn, "/url-state?tab=admin&region=mars")
    assert has_element?(fallback, "#tab-open[aria-current=page]")
    assert has_element?(fallback, "#region-all[aria-pressed=true]")
    assert length(shown(html)) == 9
  end

  test "a patch link and the region's push_patch change the URL and the list", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/url-state")
    view |> element("#tab-cancelled") |> render_click()
    assert_patch(view, "/url-state?region=all&tab=cancelled")
    view |> element("#region-us") |> render_click()
    assert_patch(view, "/url-state?region=us&tab=cancelled")
    assert shown(render(view)) == ["order-1005"]
    assert %{tab: "cancelled", region: "us"} = assigns(view)
  end

  test "the reply draft is in the store: a new process (crash, reload) shows it", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/url-state?tab=shipped")
    view |> form("#reply-form", %{reply: "On its way"}) |> render_change()
    assert MyAppWeb.UrlStateLive.Store.get(:draft) == "On its way"
    {:ok, _again, html} = live(conn, "/url-state?tab=shipped")
    assert text(html, "#reply") == "On its way"
    assert shown(html) == ["order-1003", "order-1007", "order-1010"]
  end
end
