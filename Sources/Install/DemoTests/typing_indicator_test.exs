# typing-indicator: peers are other LiveViews broadcasting on "typing"; here the test
# broadcasts for them, and fires each typer's 3 s timer instead of waiting for it.
defmodule MyAppWeb.TypingIndicatorLiveTest do
  use MyAppWeb.RealtimeDemoCase

  defp peer(action, user), do: Phoenix.PubSub.broadcast(MyApp.PubSub, "typing", {action, %{user: user}})

  test "one, two and three typers in start order", %{conn: conn} do
    {:ok, view, html} = live(conn, "/typing-indicator")
    assert text(html, "#typing") == ""
    peer(:typing, "Ann")
    assert render(view) |> text("#typing") == "Ann is typing"
    peer(:typing, "Bo")
    assert render(view) |> text("#typing") == "Ann and Bo are typing"
    peer(:typing, "Ann")
    peer(:typing, "Cy")
    assert render(view) |> text("#typing") == "Ann and 2 others are typing"
    assert has_element?(view, "#typing[role=status]")
    assert assigns(view).typers == ["Ann", "Bo", "Cy"]
  end

  test "a name clears when its 3 s timer fires, and at once on blur", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/typing-indicator")
    peer(:typing, "Ann")
    render(view)
    ref = assert_timer(view, "typing:Ann", 3000)
    # A second keystroke replaces the timer: the first one's message no longer counts.
    peer(:typing, "Ann")
    render(view)
    {ref2, token2, _} = assigns(view).timers["typing:Ann"]
    assert ref2 != ref
    send(view.pid, {:timer, "typing:Ann", make_ref()})
    assert render(view) |> text("#typing") == "Ann is typing"
    assert assigns(view).timers["typing:Ann"] |> elem(1) == token2
    assert fire(view, "typing:Ann") |> text("#typing") == ""

    peer(:typing, "Bo")
    assert render(view) |> text("#typing") == "Bo is typing"
    peer(:stop_typing, "Bo")
    assert render(view) |> text("#typing") == ""
    assert pending(view) == []
  end

  test "the current user is broadcast to others but never listed", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/typing-indicator")
    Phoenix.PubSub.subscribe(MyApp.PubSub, "typing")
    view |> form("#compose", %{draft: "h"}) |> render_change()
    assert_receive {:typing, %{user: "You"}}
    peer(:typing, "You")
    peer(:typing, "Ann")
    assert render(view) |> text("#typing") == "Ann is typing"
    assert assigns(view).typers == ["Ann"]
    assert has_element?(view, "#draft[value=h][phx-throttle='500'][phx-blur=stop_typing]")
  end
end
