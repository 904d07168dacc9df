# no-optimism: the receipt is the server's render after the charge; the order's idempotency
# key makes a second submit charge nothing more; a refused charge (Store.unavailable on the
# provider's log) keeps the form and says what to do. The button's wait is L4 (browser tests).
defmodule MyAppWeb.NoOptimismLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.NoOptimismLive.Store
  @moduletag store: Store

  @card %{"name" => "Ann Example", "card" => "4242 4242 4242 4242"}

  test "the form waits with phx-disable-with and carries the order's key; no receipt before the charge", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/no-optimism")
    assert has_element?(view, "#checkout[phx-submit=pay] input[type=hidden][name=key][value=order-1042]")
    assert has_element?(view, "#pay[type=submit][phx-disable-with='Paying...']", "Pay €42.00")
    assert has_element?(view, "#waiting.hidden", "Waiting for the bank.")
    refute has_element?(view, "#receipt")
  end

  test "a charge gives the receipt; the same order submitted again charges nothing more", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/no-optimism")
    html = view |> form("#checkout", @card) |> render_submit()
    assert text(html, "#receipt h2") == "Payment confirmed"
    assert text(html, "#receipt p") == "€42.00 charged to Ann Example. Order order-1042."
    assert has_element?(view, "#receipt[role=status]")
    # A reload (a new view) and the same order paid again: one charge per key.
    {:ok, view, _html} = live(conn, "/no-optimism")
    view |> form("#checkout", @card) |> render_submit()
    assert length(Store.get(:attempts)) == 2
    assert Store.get(:charges) == [%{amount: "€42.00", key: "order-1042", name: "Ann Example"}]
  end

  test "a refused charge keeps the form and says what to do", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/no-optimism")
    Store.unavailable(:attempts)
    html = view |> form("#checkout", @card) |> render_submit()
    assert text(html, "#flash-error p") ==
             "The payment did not go through, and nothing was charged. Check the card details and press Pay again."
    assert has_element?(view, "#checkout #pay")
    refute has_element?(view, "#receipt")
    assert Store.get(:charges) == []
  end
end
