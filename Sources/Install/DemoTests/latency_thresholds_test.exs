# latency-thresholds: one click answered only by the loading class and phx-disable-with (L1, L4);
# the count is the server's, saved before it is shown. The waits at each latency are the
# browser tests' (the gallery's matrix); here, that the markup carries them and the click counts.
defmodule MyAppWeb.LatencyThresholdsLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.LatencyThresholdsLive.Store
  @moduletag store: Store

  test "the button carries phx-disable-with and the count starts from the store", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/latency-thresholds")
    assert has_element?(view, "#add[type=button][phx-click=add][phx-disable-with='Adding...']", "Add to cart")
    assert text(render(view), "#cart") == "In your cart: 0"
    assert has_element?(view, "#cart[role=status]")
  end

  test "each click adds one, saved in the store; a new view reads it back", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/latency-thresholds")
    view |> element("#add") |> render_click()
    html = view |> element("#add") |> render_click()
    assert text(html, "#cart") == "In your cart: 2"
    assert Store.get(:cart) == 2
    {:ok, again, _html} = live(conn, "/latency-thresholds")
    assert text(render(again), "#cart") == "In your cart: 2"
  end
end
