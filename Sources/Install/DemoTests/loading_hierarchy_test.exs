# loading-hierarchy: one load, five panes; the steps are keyed timers fired at once (fire/2).
defmodule MyAppWeb.LoadingHierarchyLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.LoadingHierarchyLive.Store

  defp names(html, pane), do: html |> LazyHTML.from_fragment() |> LazyHTML.query("#pane-#{pane} [data-names] li") |> Enum.map(&LazyHTML.text/1)
  defp bar(html), do: html |> LazyHTML.from_fragment() |> LazyHTML.query("#progress-bar [role=progressbar]") |> LazyHTML.attribute("aria-valuenow")

  test "one load: each pane's indicator while it runs, the same names in all five at the end", %{conn: conn} do
    {:ok, view, html} = live(conn, "/loading-hierarchy")
    assert ids(html, "#predicted.hidden") == ["predicted"]
    html = view |> element("#load") |> render_click()
    assert ids(html, "#pane-spinner #spinner") == ["spinner"] and ids(html, "#pane-skeleton #skeleton") == ["skeleton"]
    assert bar(html) == ["0"] and names(html, "nothing") == []
    assert bar(fire(view, "load")) == ["20"]
    html = Enum.reduce(1..4, html, fn _, _ -> fire(view, "load") end)
    for pane <- ~w(nothing spinner progress skeleton optimistic), do: assert(names(html, pane) == ["Ann", "Bo", "Cy"])
    assert bar(html) == [] and pending(view) == []
    html = view |> element("#clear") |> render_click()
    assert names(html, "nothing") == [] and ids(html, "#predicted") == ["predicted"]
  end
end
