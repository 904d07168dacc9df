# idle-detection: when the user is idle is the ActivityTracker hook's to decide (browser
# tests: the threshold, the 5 s between reports, a hidden tab); here its pushes (render_hook
# on #activity) are the scenario: the server keeps the status, counts the reports, tells the
# user's other views of a change only (broadcast_from on "activity"), and Stop tracking takes
# the hooked element out of the page (L12: its destroyed runs), Start tracking brings it back.
defmodule MyAppWeb.IdleDetectionLiveTest do
  use MyAppWeb.RealtimeDemoCase

  defp report(view, status), do: view |> element("#activity") |> render_hook("activity", %{"status" => status})
  defp state(view), do: Map.take(assigns(view), [:status, :reports, :tracking, :idle_after])

  test "the hooked anchor carries the threshold; you start active", %{conn: conn} do
    {:ok, view, html} = live(conn, "/idle-detection")
    assert has_element?(view, "#activity[phx-hook$='ActivityTracker'][data-idle-after='10000'][data-report-every='5000'][hidden]")
    assert has_element?(view, "#status[role=status][data-status=active]")
    assert text(html, "#status-text") == "You are active"
    assert text(html, "#reports") == "The server has heard 0 reports."
    assert text(html, "#toggle-tracking") == "Stop tracking"
    assert state(view) == %{status: "active", reports: 0, tracking: true, idle_after: "10000"}
  end

  test "idle after the threshold, active at the next input; a change goes to the others once", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/idle-detection")
    Phoenix.PubSub.subscribe(MyApp.PubSub, "activity")
    html = report(view, "idle")
    assert has_element?(view, "#status[data-status=idle]")
    assert text(html, "#status-text") == "You are idle"
    assert text(html, "#reports") == "The server has heard 1 report."
    assert_receive {:status, %{id: "You", status: "idle"}}
    html = report(view, "active")
    assert text(html, "#status-text") == "You are active"
    assert_receive {:status, %{id: "You", status: "active"}}
    # A "still active" refresh (the hook's, at most every 5 s) is counted, but changes nothing.
    html = report(view, "active")
    assert text(html, "#reports") == "The server has heard 3 reports."
    refute_receive {:status, _}
    # Anything but "idle" counts as input.
    report(view, "<b>")
    assert state(view) == %{status: "active", reports: 4, tracking: true, idle_after: "10000"}
  end

  test "the threshold buttons set data-idle-after and say which is pressed", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/idle-detection")
    assert has_element?(view, "#idle-after[role=group][aria-label='Idle after']")
    assert has_element?(view, "#idle-after-10000[aria-pressed=true][aria-label='Mark idle after 10 s']")
    view |> element("#idle-after-30000") |> render_click()
    assert has_element?(view, "#idle-after-30000[aria-pressed=true]")
    assert has_element?(view, "#idle-after-10000[aria-pressed=false]")
    assert has_element?(view, "#activity[data-idle-after='30000']")
    assert assigns(view).idle_after == "30000"
  end

  test "Stop tracking removes the hooked element and keeps the last status; Start brings both back active", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/idle-detection")
    report(view, "idle")
    html = view |> element("#toggle-tracking") |> render_click()
    refute has_element?(view, "#activity")
    assert text(html, "#toggle-tracking") == "Start tracking"
    assert text(html, "#tracking-off") ==
             "Not tracking: nothing reports your activity, so the server keeps the last status it heard."
    assert text(html, "#status-text") == "You are idle"
    assert state(view) == %{status: "idle", reports: 1, tracking: false, idle_after: "10000"}
    html = view |> element("#toggle-tracking") |> render_click()
    assert has_element?(view, "#activity[phx-hook$='ActivityTracker']")
    refute has_element?(view, "#tracking-off")
    assert text(html, "#status-text") == "You are active"
    assert text(html, "#toggle-tracking") == "Stop tracking"
    assert state(view) == %{status: "active", reports: 1, tracking: true, idle_after: "10000"}
  end
end
