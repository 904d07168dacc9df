# new-version: the client sends its tracked assets with the join and static_changed?/1
# compares them in mount. The test endpoint serves no digested assets, so here the
# assets never differ: no notice, on the static and on the connected render.
defmodule MyAppWeb.NewVersionLiveTest do
  use MyAppWeb.RealtimeDemoCase

  test "no notice while the page's assets are the server's", %{conn: conn} do
    conn = get(conn, "/new-version")
    refute html_response(conn, 200) =~ "A new version is available"
    {:ok, view, html} = live(conn)
    refute html =~ "A new version is available"
    assert has_element?(view, "#version-status[role=status]")
    refute has_element?(view, "#new-version-banner")
    assert assigns(view).new_version == false
  end

  test "the notice's markup when the mount says the assets changed", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/new-version")
    # What mount assigns after a deploy; the rest of the page is rendered from it.
    :sys.replace_state(view.pid, fn state ->
      %{state | socket: Phoenix.Component.assign(state.socket, :new_version, true)}
    end)
    html = render_change(view, "draft", %{"note" => "half-written"})
    assert text(html, "#new-version-banner") == "A new version is available · Refresh"
    assert has_element?(view, "#version-status[role=status] a#refresh[href='']", "Refresh")
    assert assigns(view).draft == "half-written"
  end
end
