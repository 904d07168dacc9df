# loading-classes: the server side of the browser tests (L1–L5 are client behaviour).
defmodule MyAppWeb.LoadingClassesLiveTest do
  use MyAppWeb.RealtimeDemoCase

  test "like and save count on the server and in the page", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/loading-classes")
    assert view |> element("#like") |> render_click() =~ "Like (1)"
    assert view |> element("#save[phx-disable-with='Saving...']") |> render_click() |> text("#saved") == "Saved 1 times"
    assert %{likes: 1, saved: 1} = assigns(view)
  end

  test "submit saves the name, replies and flashes it with role status (L16)", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/loading-classes")
    html = view |> form("#profile", %{name: "Ann"}) |> render_submit()
    assert_reply(view, %{ok: true})
    assert text(html, "#flash-info p") == "Saved Ann"
    assert has_element?(view, "#flash-info[role=status]")
    assert has_element?(view, "#name[value=Ann]")
    assert assigns(view).name == "Ann"
  end
end
