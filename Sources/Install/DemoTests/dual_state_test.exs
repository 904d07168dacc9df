# dual-state: the row's pending state is the push's loading class (JS.push with loading:,
# browser tests); here, the delete confirmed removes the row, and a refused one
# (Store.unavailable, the write's {:error, _}) keeps it and says which one came back.
defmodule MyAppWeb.DualStateLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.DualStateLive.Store
  @moduletag store: Store

  defp rows(html), do: ids(html, "#items li")

  test "each row's Delete pushes with the row as its loading target; the row carries the pending styles", %{conn: conn} do
    {:ok, view, html} = live(conn, "/dual-state")
    assert rows(html) == ["item-1", "item-2", "item-3", "item-4"]
    assert has_element?(view, ~s(#item-3 button[aria-label="Delete Invoice 2041"]))
    assert html =~ ~s(&quot;loading&quot;:&quot;#item-3&quot;)
    assert has_element?(view, "#item-3.phx-click-loading\\:opacity-40 [data-pending].hidden", "Deleting...")
  end

  test "a confirmed delete removes the row from the page and the store", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/dual-state")
    html = view |> element("#item-2 button") |> render_click()
    assert rows(html) == ["item-1", "item-3", "item-4"]
    assert Enum.map(Store.get(:items), & &1.id) == ["1", "3", "4"]
    refute has_element?(view, "#flash-error")
  end

  test "a refused delete keeps the row where it was and says which one", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/dual-state")
    Store.unavailable(:items)
    html = view |> element("#item-3 button") |> render_click()
    assert rows(html) == ["item-1", "item-2", "item-3", "item-4"]
    assert text(html, "#flash-error p") == "Could not delete “Invoice 2041”. It is back in the list."
    assert length(Store.get(:items)) == 4
    Store.unavailable(:items, false)
    html = view |> element("#item-3 button") |> render_click()
    assert rows(html) == ["item-1", "item-2", "item-4"]
    refute has_element?(view, "#flash-error")
  end
end
