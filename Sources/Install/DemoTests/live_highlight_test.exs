# live-highlight: the ticks and the marks are keyed timers ("tick", "mark:<symbol>"), fired
# at once (fire/2) rather than waited for; the feed in the Store is the fixed sequence the
# browser demo plays (ACME +0.15, CRUX +0.40, BOLT -0.03, ...).
defmodule MyAppWeb.LiveHighlightLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.LiveHighlightLive.Store

  defp changed(html) do
    html |> LazyHTML.from_fragment() |> LazyHTML.query("#quotes td[data-changed]")
    |> Enum.map(fn td -> {td |> LazyHTML.attribute("id") |> hd(), td |> LazyHTML.attribute("data-changed") |> hd()} end)
  end

  defp read_ms(view, key), do: view |> assigns() |> Map.fetch!(:timers) |> Map.fetch!(key) |> elem(0) |> Process.read_timer()
  defp pressed(html), do: ids(html, "[role=group] button[aria-pressed=true]")

  test "a mount marks nothing; a tick moves one price and marks its cell up for a second", %{conn: conn} do
    {:ok, view, html} = live(conn, "/live-highlight")
    assert changed(html) == [] and text(html, "#price-ACME") == "41.20"
    assert pending(view) == ["tick"]
    assert_in_delta read_ms(view, "tick"), 1000, 100
    html = fire(view, "tick")
    assert changed(html) == [{"price-ACME", "up"}]
    assert text(html, "#price-ACME [data-arrow]") == "▲"
    assert text(html, "#price-ACME [id^=flash-]") == "41.35"
    assert text(html, "#quote-ACME td:last-child") == "+0.15"
    assert pending(view) == ["mark:ACME", "tick"]
    assert_in_delta read_ms(view, "mark:ACME"), 1000, 100
    html = fire(view, "mark:ACME")
    assert changed(html) == [] and text(html, "#price-ACME") == "41.35"
    assert text(html, "#price-ACME [data-arrow]") == ""
    assert text(html, "#quote-ACME td:last-child") == "+0.15", "the last move stays"
  end

  test "a fall is marked down; a second move of a marked cell re-arms its timer and flashes anew", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/live-highlight")
    fire(view, "tick")
    html = fire(view, "tick")
    assert [flash] = ids(html, "#price-CRUX [id^=flash-]")
    html = fire(view, "tick")
    assert {"price-BOLT", "down"} in changed(html)
    assert text(html, "#price-BOLT [data-arrow]") == "▼" and text(html, "#quote-BOLT td:last-child") == "−0.03"
    fire(view, "tick")
    {old, _, _} = assigns(view).timers["mark:CRUX"]
    html = fire(view, "tick")
    assert {"price-CRUX", "down"} in changed(html) and text(html, "#price-CRUX [id^=flash-]") == "230.25"
    assert ids(html, "#price-CRUX [id^=flash-]") != [flash], "a new element, so the animation starts again"
    {new, _, _} = assigns(view).timers["mark:CRUX"]
    assert new != old and Process.read_timer(old) == false
  end

  test "the rate sets the next interval at once; other values are ignored", %{conn: conn} do
    {:ok, view, html} = live(conn, "/live-highlight")
    assert pressed(html) == ["rate-1"]
    html = view |> element("#rate-5") |> render_click()
    assert pressed(html) == ["rate-5"]
    assert_in_delta read_ms(view, "tick"), 200, 50
    fire(view, "tick")
    assert_in_delta read_ms(view, "tick"), 200, 50
    html = render_click(view, "rate", %{"per_second" => "9"})
    assert pressed(html) == ["rate-5"] and assigns(view).rate == "5"
    view |> element("#rate-2") |> render_click()
    assert_in_delta read_ms(view, "tick"), 500, 50
  end

  test "Pause stops the ticks, a rate chosen meanwhile starts none, Resume goes on", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/live-highlight")
    fire(view, "tick")
    html = view |> element("#ticks-toggle") |> render_click()
    assert text(html, "#ticks-toggle") == "Resume ticks"
    assert pending(view) == ["mark:ACME"], "the mark still clears"
    view |> element("#rate-5") |> render_click()
    assert pending(view) == ["mark:ACME"]
    html = view |> element("#ticks-toggle") |> render_click()
    assert text(html, "#ticks-toggle") == "Pause ticks"
    assert_in_delta read_ms(view, "tick"), 200, 50
    html = fire(view, "tick")
    assert {"price-CRUX", "up"} in changed(html) and assigns(view).step == 2
  end

  test "the feed loops: after its 24 moves every price is back where it started", %{conn: conn} do
    {:ok, view, html} = live(conn, "/live-highlight")
    start = for s <- ~w(ACME BOLT CRUX DYNA), do: text(html, "#price-#{s}")
    html = Enum.reduce(1..24, html, fn _, _ -> fire(view, "tick") end)
    assert assigns(view).step == 0
    html = Enum.reduce(Map.keys(assigns(view).timers) -- ["tick"], html, fn key, _ -> fire(view, key) end)
    assert changed(html) == []
    assert (for s <- ~w(ACME BOLT CRUX DYNA), do: text(html, "#price-#{s}")) == start
  end
end
