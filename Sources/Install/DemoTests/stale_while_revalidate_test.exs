# stale-while-revalidate: the saved copy comes as a connect param (put_connect_params stands in
# for app.js's LiveSocket params); render_async waits for the fresh fetch.
defmodule MyAppWeb.StaleWhileRevalidateLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.StaleWhileRevalidateLive.Store
  alias MyAppWeb.StaleWhileRevalidateLive.Store

  @saved %{"open" => "9", "waiting" => "2", "oldest" => "1 day", "extra" => "ignored"}

  defp figures(html), do: for(i <- 1..3, do: text(html, "#tickets-body div:nth-child(#{i}) dd"))
  defp source(html), do: html |> LazyHTML.from_fragment() |> LazyHTML.query("#tickets-body") |> LazyHTML.attribute("data-source")

  defp state(view) do
    %{cached: cached, tickets: t} = assigns(view)
    %{cached: cached != nil, loading: t.loading != nil, ok: t.ok?, failed: t.failed != nil}
  end

  test "the saved copy at once, marked Updating..., then the fresh data replaces it", %{conn: conn} do
    {:ok, view, html} = conn |> put_connect_params(%{"cache" => @saved}) |> live("/stale-while-revalidate")
    assert figures(html) == ["9", "2", "1 day"] and source(html) == ["cache"]
    assert text(html, "#updating") == "Updating..."
    refute html =~ "tickets-skeleton"
    html = render_async(view)
    assert figures(html) == ["12", "5", "3 days"] and source(html) == ["server"]
    assert ids(html, "#tickets-body[data-fresh][data-open='12'][data-oldest='3 days']") == ["tickets-body"]
    assert text(html, "#updating") == ""
    assert state(view) == %{cached: true, loading: false, ok: true, failed: false}
  end

  test "a first visit (nothing saved) shows the skeleton; Clear saved copy goes back to it", %{conn: conn} do
    {:ok, view, html} = live(conn, "/stale-while-revalidate")
    assert ids(html, "#tickets-skeleton") == ["tickets-skeleton"] and text(html, "#updating") == ""
    assert figures(render_async(view)) == ["12", "5", "3 days"]
    html = view |> element("#clear-cache") |> render_click()
    assert_push_event(view, "clear-cache", %{})
    assert ids(html, "#tickets-skeleton") == ["tickets-skeleton"]
    # (The assigns are not read here: the task may have finished already.)
    assert source(render_async(view)) == ["server"]
    assert state(view) == %{cached: false, loading: false, ok: true, failed: false}
  end

  test "a failed refresh keeps the saved copy and says it may be out of date", %{conn: conn} do
    Store.unavailable(:tickets)
    {:ok, view, _html} = conn |> put_connect_params(%{"cache" => @saved}) |> live("/stale-while-revalidate")
    html = render_async(view)
    assert figures(html) == ["9", "2", "1 day"] and source(html) == ["cache"]
    assert text(html, "#stale[role=alert]") == "Could not refresh: this may be out of date."
    assert state(view) == %{cached: true, loading: false, ok: false, failed: true}
  end

  test "with nothing saved, a failure offers Retry", %{conn: conn} do
    Store.unavailable(:tickets)
    {:ok, view, _html} = live(conn, "/stale-while-revalidate")
    assert text(render_async(view), "#tickets-failed[role=alert] p") == "The tickets could not be loaded."
    Store.unavailable(:tickets, false)
    view |> element("#retry") |> render_click()
    assert figures(render_async(view)) == ["12", "5", "3 days"]
  end
end
