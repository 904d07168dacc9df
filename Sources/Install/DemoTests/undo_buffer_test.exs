# undo-buffer: each delete hides its item and starts its own 5 s commit timer on the
# server; Undo cancels that timer only. Timers are fired, not waited for.
defmodule MyAppWeb.UndoBufferLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.UndoBufferLive.Store

  alias MyAppWeb.UndoBufferLive.Store

  defp delete_item(view, title), do: view |> element("button[aria-label='Delete #{title}']") |> render_click()
  defp undo(view, title), do: view |> element("button[aria-label='Undo delete of #{title}']") |> render_click()
  defp titles, do: Enum.map(Store.get(:items), & &1.title)

  test "three deletes each keep their own undo", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/undo-buffer")
    for t <- ["Buy milk", "Walk the dog", "Call Ann"], do: delete_item(view, t)
    html = render(view)
    assert ids(html, "#items li") == ["item-4"]
    assert ids(html, "#toasts [role=status]") == ["toast-1", "toast-2", "toast-3"]
    assert text(html, "#toast-2 p") == "Walk the dog deleted"
    assert pending(view) == ["commit:1", "commit:2", "commit:3"]
    assert titles() == ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]

    for t <- ["Call Ann", "Buy milk", "Walk the dog"], do: undo(view, t)
    html = render(view)
    assert ids(html, "#items li") == ["item-1", "item-2", "item-3", "item-4"]
    assert ids(html, "#toasts [role=status]") == []
    assert pending(view) == []
    assert titles() == ["Buy milk", "Walk the dog", "Call Ann", "Pay rent"]
  end

  test "the server commits the delete when its own 5 s timer fires", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/undo-buffer")
    delete_item(view, "Walk the dog")
    assert_timer(view, "commit:2", 5000)
    assert has_element?(view, "#toast-2")
    html = fire(view, "commit:2")
    assert Enum.map(Store.get(:items), & &1.id) == ["1", "3", "4"]
    assert ids(html, "#toasts [role=status]") == []
    refute has_element?(view, "#item-2")
  end

  test "a cancelled timer's late message is ignored", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/undo-buffer")
    delete_item(view, "Pay rent")
    {_ref, token, _} = assigns(view).timers["commit:4"]
    undo(view, "Pay rent")
    send(view.pid, {:timer, "commit:4", token})
    assert ids(render(view), "#items li") == ["item-1", "item-2", "item-3", "item-4"]
    assert length(Store.get(:items)) == 4
  end
end
