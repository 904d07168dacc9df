# requires-connection: the bindings are client behaviour (L6, after the 500 ms grace); the
# server side is what they encode and the two actions they guard.
defmodule MyAppWeb.RequiresConnectionLiveTest do
  use MyAppWeb.RealtimeDemoCase

  defp binding(html, name) do
    html |> LazyHTML.from_fragment() |> LazyHTML.query("#actions") |> LazyHTML.attribute(name)
    |> List.first() |> Jason.decode!()
  end

  test "phx-disconnected disables and labels the marked actions; phx-connected undoes it", %{conn: conn} do
    {:ok, view, html} = live(conn, "/requires-connection")
    needs = "#actions [data-requires-connection]"
    labels = "#actions [data-offline-label]"
    assert binding(html, "phx-disconnected") == [
             ["set_attr", %{"attr" => ["disabled", ""], "to" => needs}],
             ["remove_class", %{"names" => ["hidden"], "to" => labels}]
           ]
    assert binding(html, "phx-connected") == [
             ["remove_attr", %{"attr" => "disabled", "to" => needs}],
             ["add_class", %{"names" => ["hidden"], "to" => labels}]
           ]
    # Both buttons are marked and carry their hidden label inside, so it joins their name.
    assert ids(html, "[data-requires-connection]") == ["approve", "archive"]
    assert text(html, "#approve [data-offline-label].hidden") == "(offline)"
    assert text(html, "#archive [data-offline-label].hidden") == "(offline)"
    # The banner that says why, after 2 s down (its hook's timing is the browser tests').
    assert has_element?(view, "#banner[role=status][hidden]")
  end

  test "approve twice and archive: the same status text and server state as the browser test", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/requires-connection")
    view |> element("#approve") |> render_click()
    view |> element("#approve") |> render_click()
    html = view |> element("#archive") |> render_click()
    assert text(html, "#status") == "Approved 2 times · archived"
    assert %{approved: 2, archived: true} = assigns(view)
  end
end
