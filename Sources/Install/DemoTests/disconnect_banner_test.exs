# disconnect-banner: the banner and dialog timing is client-side (the ConnectionBanner hook);
# the server keeps the note, which a rejoin's form recovery sends again (L9).
defmodule MyAppWeb.DisconnectBannerLiveTest do
  use MyAppWeb.RealtimeDemoCase

  test "the banner and dialog are in the page, hidden, and the note is saved", %{conn: conn} do
    {:ok, view, html} = live(conn, "/disconnect-banner")
    assert has_element?(view, "#banner")
    assert has_element?(view, "#lost")
    assert text(html, "#server-copy") == "Saved on the server: 0 characters"

    html = view |> form("#note-form", %{note: "hello world"}) |> render_change()
    assert text(html, "#server-copy") == "Saved on the server: 11 characters"
    assert text(html, "#note") == "hello world"
    assert assigns(view).note == "hello world"
  end

  test "a rejoin's recovery event restores the note on a fresh server", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/disconnect-banner")
    html = view |> form("#note-form", %{note: "hello"}) |> render_change(%{"_target" => ["note"]})
    assert text(html, "#server-copy") == "Saved on the server: 5 characters"
  end
end
