# js-commands: the instant change is the client's (JS.toggle_class, or the push's loading
# class; browser tests); here, each star's push carries the state asked for, the server
# saves it or (Store.unavailable) refuses with a flash, and renders its own state.
defmodule MyAppWeb.JsCommandsLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.JsCommandsLive.Store
  @moduletag store: Store

  test "the sticky star toggles its class before the push; the other one only pushes", %{conn: conn} do
    {:ok, view, html} = live(conn, "/js-commands")
    assert html =~ ~s(&quot;toggle_class&quot;,{&quot;names&quot;:[&quot;starred&quot;],&quot;to&quot;:&quot;#star-a&quot;})
    refute has_element?(view, "#star-b[phx-click*=toggle_class]")
    assert has_element?(view, "#star-b [data-next].hidden.phx-click-loading\\:inline")
  end

  test "a star is saved with the state the push asked for", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/js-commands")
    html = view |> element("#star-b") |> render_click()
    assert text(html, "#server-b") == "Saved on the server: starred"
    assert has_element?(view, "#star-b[aria-pressed=true]")
    html = view |> element("#star-a") |> render_click()
    assert has_element?(view, "#star-a.starred[aria-pressed=true]")
    assert Enum.map(Store.get(:photos), & &1.starred) == [true, true]
    view |> element("#star-b") |> render_click()
    assert Enum.map(Store.get(:photos), & &1.starred) == [true, false]
    refute html =~ "flash-error"
  end

  test "a refused star keeps the server's state and says so", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/js-commands")
    Store.unavailable(:photos)
    html = view |> element("#star-b") |> render_click()
    assert text(html, "#server-b") == "Saved on the server: not starred"
    assert has_element?(view, "#star-b[aria-pressed=false]")
    assert text(html, "#flash-error p") == "The server did not save the star on “Harbour at dawn”."
  end
end
