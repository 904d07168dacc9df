# live-counters: a peer's post is a Store append and a broadcast of the new total on
# "inbox"; here the test broadcasts the totals, and checks mount and mark_all_read against
# the Store.
defmodule MyAppWeb.LiveCountersLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.LiveCountersLive.Store
  @moduletag store: Store

  defp total(count), do: Phoenix.PubSub.broadcast(MyApp.PubSub, "inbox", {:unread_count, %{count: count}})

  test "the badge shows each total it hears, 9+ past nine, named with the exact count", %{conn: conn} do
    {:ok, view, html} = live(conn, "/live-counters")
    refute has_element?(view, "#inbox-badge [role=status]")
    assert text(html, "#inbox-empty") == "Nothing unread."
    total(3)
    assert render(view) |> text("#inbox-badge [aria-hidden]") == "3"
    total(9)
    assert render(view) |> text("#inbox-badge [aria-hidden]") == "9"
    total(12)
    html = render(view)
    assert text(html, "#inbox-badge [aria-hidden]") == "9+"
    assert has_element?(view, "#inbox-badge [role=status][aria-label='12 unread']")
    assert text(html, "#inbox-badge .sr-only") == "12 unread"
    refute has_element?(view, "#inbox-empty")
  end

  test "mount reads the total from the Store, so a reload starts from the truth (L8)", %{conn: conn} do
    {:ok, _} = Store.update(:inbox, fn _ -> ["Ann", "Bo", "Ann"] end)
    {:ok, view, _html} = live(conn, "/live-counters")
    assert has_element?(view, "#inbox-badge [role=status][aria-label='3 unread']")
  end

  test "mark all as read empties the inbox, clears the badge and tells the user's other views", %{conn: conn} do
    {:ok, _} = Store.update(:inbox, fn _ -> List.duplicate("Ann", 12) end)
    {:ok, view, _html} = live(conn, "/live-counters")
    {:ok, other, _html} = live(conn, "/live-counters")
    assert has_element?(view, "#mark-read[phx-click*=mark_all_read]")
    html = view |> element("#mark-read") |> render_click()
    refute has_element?(view, "#inbox-badge [role=status]")
    assert text(html, "#inbox-empty") == "Nothing unread."
    assert Store.get(:inbox) == []
    refute has_element?(other, "#inbox-badge [role=status]")
  end
end
