# extended-disconnect: the copy in localStorage is the hook's (browser tests); the server keeps the
# draft in the process and the saved note in the store, and confirms a save to the hook.
defmodule MyAppWeb.ExtendedDisconnectLiveTest do
  use MyAppWeb.RealtimeDemoCase
  @moduletag store: MyAppWeb.ExtendedDisconnectLive.Store

  alias MyAppWeb.ExtendedDisconnectLive.Store

  test "typing updates the draft; Save stores it and tells the hook with push_event saved", %{conn: conn} do
    {:ok, view, html} = live(conn, "/extended-disconnect")
    assert has_element?(view, "#note-form[phx-hook][data-draft-key='rtux:extended-disconnect:note']")
    assert has_element?(view, "#draft-status[phx-update=ignore][role=status]", "All changes saved")
    assert text(html, "#server-copy") == "Saved on the server: 0 characters"
    view |> form("#note-form", %{note: "hello"}) |> render_change()
    assert %{draft: "hello", saved: ""} = assigns(view)
    refute_push_event(view, "saved", %{})
    html = view |> form("#note-form", %{note: "hello"}) |> render_submit()
    assert_push_event(view, "saved", %{})
    assert text(html, "#server-copy") == "Saved on the server: 5 characters"
    assert Store.get(:note) == "hello"
  end

  test "a new process (crash, reload) starts from the saved note; the restored draft arrives as a change", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/extended-disconnect")
    view |> form("#note-form", %{note: "saved"}) |> render_submit()
    {:ok, again, html} = live(conn, "/extended-disconnect")
    assert text(html, "#note") == "saved"
    assert %{draft: "saved", saved: "saved"} = assigns(again)
    # What the hook sends after a page load with a copy (or L9 after a rejoin).
    again |> form("#note-form", %{note: "saved, then more"}) |> render_change()
    assert %{draft: "saved, then more", saved: "saved"} = assigns(again)
  end

  test "the banner (2 s) and the dialog (15 s) are rendered hidden, for the hook to show", %{conn: conn} do
    {:ok, view, html} = live(conn, "/extended-disconnect")
    assert has_element?(view, "#banner[role=status][hidden][phx-hook][data-delay='2000']")
    assert has_element?(view, "#lost[role=dialog][hidden][phx-hook][data-delay='15000']")
    assert text(html, "#lost-title") == "Connection lost — your unsaved changes are preserved"
    assert has_element?(view, "#lost button[data-refresh]", "Refresh")
  end
end
