# progress: the export's ticks are keyed timers, fired at once (fire/2) instead of waited for;
# the job is in the Store, so a new LiveView (the rejoin after a disconnect) picks it up.
defmodule MyAppWeb.ProgressLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.ProgressLive.Store
  alias MyAppWeb.ProgressLive.Store

  defp bar(html), do: html |> LazyHTML.from_fragment() |> LazyHTML.query("#export-bar [role=progressbar]") |> LazyHTML.attribute("aria-valuenow")

  test "no bar before the start; 10, 20 ... as the ticks come; hidden and finished at 100", %{conn: conn} do
    {:ok, view, html} = live(conn, "/progress")
    assert bar(html) == [] and text(html, "#job-status") == ""
    html = view |> element("#start") |> render_click()
    assert bar(html) == ["0"]
    assert bar(fire(view, "export")) == ["10"]
    assert bar(fire(view, "export")) == ["20"]
    html = Enum.reduce(1..8, html, fn _, _ -> fire(view, "export") end)
    assert bar(html) == []
    assert text(html, "#job-status[role=status]") == "Export finished: 10 of 10 files."
    assert pending(view) == []
    assert Store.get(:job) == %{progress: 100, status: "done"}
  end

  test "Cancel stops the job where it is", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/progress")
    view |> element("#start") |> render_click()
    fire(view, "export")
    fire(view, "export")
    fire(view, "export")
    html = view |> element("#cancel") |> render_click()
    assert bar(html) == [] and text(html, "#job-status") == "Export cancelled at 30%."
    assert pending(view) == []
    assert %{progress: 30, status: "cancelled"} = assigns(view).job
  end

  test "a new view (the rejoin) shows the stored progress and carries on", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/progress")
    view |> element("#start") |> render_click()
    fire(view, "export")
    fire(view, "export")
    fire(view, "export")
    fire(view, "export")
    GenServer.stop(view.pid, :normal)
    {:ok, view, html} = live(conn, "/progress")
    assert bar(html) == ["40"]
    assert pending(view) == ["export"]
    assert bar(fire(view, "export")) == ["50"]
  end
end
