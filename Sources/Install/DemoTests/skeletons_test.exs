# skeletons: the server's half of the skeleton scenario (the browser tests play the client's:
# the 200 ms / 300 ms timing is the AntiFlash hook's); the server loads and clears the rows.
defmodule MyAppWeb.SkeletonsLiveTest do
  use MyAppWeb.RealtimeDemoCase

  test "the hook's load fills the table and clear empties it", %{conn: conn} do
    {:ok, view, html} = live(conn, "/skeletons")
    assert text(html, "#content-body") == "Nothing loaded yet."
    assert has_element?(view, "#content-skeleton[hidden][data-skeleton]")

    html = view |> element("#content") |> render_hook("load", %{})
    assert ids(html, "#content tbody tr") == ["row-1", "row-2", "row-3"]
    assert text(html, "#row-2 td:first-child") == "Bo"
    assert text(html, "#row-2 td:last-child") == "Editor"
    assert length(assigns(view).rows) == 3

    html = view |> element("#clear") |> render_click()
    assert ids(html, "#content tbody tr") == []
    assert assigns(view).rows == nil
  end

  test "the primitives have their shapes", %{conn: conn} do
    {:ok, _view, html} = live(conn, "/skeletons")
    doc = LazyHTML.from_document(html)
    widths = for node <- LazyHTML.query(doc, "#skeleton-text [aria-hidden]"), do: node |> LazyHTML.attribute("class") |> hd() |> String.split() |> Enum.find(&String.starts_with?(&1, "w-"))
    assert widths == ["w-full", "w-5/6", "w-4/6"]
    rows = LazyHTML.query(doc, "#skeleton-table [aria-hidden]")
    assert Enum.count(rows) == 6
    assert Enum.all?(rows, fn row -> row |> LazyHTML.child_nodes() |> Enum.count() == 4 end)
  end
end
