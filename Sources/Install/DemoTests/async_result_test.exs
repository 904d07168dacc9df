# async-result: the same scenarios as the browser test, through Phoenix's own assign_async and
# <.async_result>; render_async waits for the task, Store.unavailable is the failure switch.
defmodule MyAppWeb.AsyncResultLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.AsyncResultLive.Store
  alias MyAppWeb.AsyncResultLive.Store

  defp state(view) do
    %{loads: loads, cancelled: cancelled, report: report} = assigns(view)
    %{loads: loads, cancelled: cancelled, loading: report.loading != nil, ok: report.ok?, failed: report.failed != nil,
      request: if(report.ok?, do: report.result.request)}
  end

  test "a skeleton until the task is in, then the report; never a blank area", %{conn: conn} do
    {:ok, view, html} = live(conn, "/async-result")
    # The join's render, made before the task could report (has_element? would race it).
    assert ids(html, "#report[aria-busy=true] #report-skeleton[role=status]") == ["report-skeleton"]
    assert text(html, "#updating") == ""
    html = render_async(view)
    refute html =~ "report-skeleton"
    figures = for i <- 1..3, do: text(html, "#report-body div:nth-child(#{i}) dd")
    assert figures == ["$1.24M", "+12%", "340"]
    assert text(html, "#report-request") == "From load 1"
    assert state(view) == %{loads: 1, cancelled: false, loading: false, ok: true, failed: false, request: 1}
  end

  test "a failed load says so with Retry; Retry loads again", %{conn: conn} do
    Store.unavailable(:report)
    {:ok, view, _html} = live(conn, "/async-result")
    html = render_async(view)
    assert text(html, "#report-failed[role=alert]") =~ "The report could not be loaded."
    refute has_element?(view, "#reload")
    assert state(view) == %{loads: 1, cancelled: false, loading: false, ok: false, failed: true, request: nil}
    Store.unavailable(:report, false)
    view |> element("#retry") |> render_click()
    assert text(render_async(view), "#report-request") == "From load 2"
    assert state(view) == %{loads: 2, cancelled: false, loading: false, ok: true, failed: false, request: 2}
  end

  test "a reload keeps the report with Updating...; a failed reload keeps it and says so", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/async-result")
    render_async(view)
    Store.unavailable(:report)
    html = view |> element("#reload") |> render_click()
    # Phoenix's AsyncResult.loading(existing): the old result stays while the task runs.
    assert text(html, "#updating") == "Updating..."
    html = render_async(view)
    assert text(html, "#report-stale[role=alert]") == "The reload failed: this is the report from before."
    assert text(html, "#report-request") == "From load 1"
    assert state(view) == %{loads: 2, cancelled: false, loading: false, ok: true, failed: true, request: 1}
  end

  test "Cancel ends a running load as failed; its result never comes; Retry loads again", %{conn: conn} do
    # A suspended Store keeps the task's fetch waiting: the load is surely still running.
    :sys.suspend(Store)
    {:ok, view, _html} = live(conn, "/async-result")
    html = view |> element("#cancel") |> render_click()
    :sys.resume(Store)
    assert text(html, "#report-failed[role=alert] p") == "Loading cancelled."
    assert %{failed: {:exit, {:shutdown, :cancel}}, ok?: false} = assigns(view).report
    view |> element("#retry") |> render_click()
    assert text(render_async(view), "#report-request") == "From load 2"
    assert %{loads: 2, request: 2} = state(view)
  end
end
