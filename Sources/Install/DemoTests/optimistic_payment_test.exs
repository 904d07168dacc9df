# optimistic-payment (the bad side of "optimistic success for irreversible actions"): Pay's JS
# commands hide the form and show "Payment confirmed" before the push (L11); the server is
# no-optimism's. A refused charge flashes the error while the receipt — shown by the client,
# sticky — still claims success: the browser tests show that; here, the commands and the server.
defmodule MyAppWeb.OptimisticPaymentLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.OptimisticPaymentLive.Store
  @moduletag store: Store

  @card %{"name" => "Ann Example", "card" => "4242 4242 4242 4242"}

  test "Pay shows the receipt and hides the form before it pushes", %{conn: conn} do
    {:ok, view, html} = live(conn, "/optimistic-payment")
    commands =
      html |> LazyHTML.from_fragment() |> LazyHTML.query("#checkout") |> LazyHTML.attribute("phx-submit")
      |> List.first() |> Jason.decode!()
    assert [["hide", %{"to" => "#checkout"}], ["show", %{"to" => "#receipt"}], ["push", %{"event" => "pay"}]] = commands
    assert has_element?(view, "#receipt[hidden]", "Payment confirmed")
  end

  test "the server charges once per order key, as no-optimism's does", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-payment")
    view |> form("#checkout", @card) |> render_submit()
    view |> form("#checkout", @card) |> render_submit()
    assert length(Store.get(:attempts)) == 2
    assert Store.get(:charges) == [%{amount: "€42.00", key: "order-1042", name: "Ann Example"}]
    refute has_element?(view, "#flash-error")
  end

  test "a refused charge flashes the error; the receipt in the markup still says confirmed", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/optimistic-payment")
    Store.unavailable(:attempts)
    html = view |> form("#checkout", @card) |> render_submit()
    assert text(html, "#flash-error p") ==
             "The payment did not go through, and nothing was charged. Check the card details and press Pay again."
    assert text(html, "#receipt h2") == "Payment confirmed"
    assert Store.get(:charges) == []
  end
end
