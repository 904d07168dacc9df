# toasts: peers are other LiveViews broadcasting on "comments"; here the test broadcasts for
# them. The 5 s countdown, its pause on hover and focus, and the hide are the ToastTimer
# hook's (browser tests); here its push, dismiss_toast, deletes the toast from the stream.
defmodule MyAppWeb.ToastsLiveTest do
  use MyAppWeb.RealtimeDemoCase

  defp peer(author), do: Phoenix.PubSub.broadcast(MyApp.PubSub, "comments", {:comment, %{author: author}})
  defp toasts(html), do: html |> LazyHTML.from_fragment() |> LazyHTML.query("#toasts > div p") |> Enum.map(&LazyHTML.text/1)

  test "a peer's comment brings a toast; your own is listed and brings none", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/toasts")
    Phoenix.PubSub.subscribe(MyApp.PubSub, "comments")
    view |> element("#add-comment") |> render_click()
    assert_receive {:comment, %{author: "You"}}
    # The user's other tab hears it too (here, this view again): the author decides, not the process.
    peer("You")
    html = render(view)
    assert toasts(html) == []
    assert text(html, "#comment-count") == "2 comments"
    peer("Ann")
    html = render(view)
    assert toasts(html) == ["Ann added a comment"]
    assert ids(html, "#toasts > div") == ["toasts-1"]
    assert text(html, "#comment-count") == "3 comments"
  end

  test "the toasts sit in one polite status region, each with the hook's 5 s and a Dismiss button", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/toasts")
    assert has_element?(view, "#toasts[role=status][aria-live=polite][phx-update=stream]")
    peer("Bo <b>")
    assert has_element?(view, "#toasts-1[phx-hook][data-id='1'][data-dismiss-after='5000'] button[aria-label=Dismiss]")
    assert render(view) |> toasts() == ["Bo <b> added a comment"]
  end

  test "the dismiss-after buttons set data-dismiss-after of the toasts that come next", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/toasts")
    assert has_element?(view, "#after-5000[aria-pressed=true]")
    peer("Ann")
    view |> element("#after-10000") |> render_click()
    assert has_element?(view, "#after-10000[aria-pressed=true]")
    assert has_element?(view, "#after-5000[aria-pressed=false]")
    peer("Bo")
    assert has_element?(view, "#toasts-2[data-dismiss-after='10000']")
  end

  test "at most three, newest first: the oldest leaves first (L13 limit)", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/toasts")
    for author <- ["Ann", "Bo", "Cy", "Dee"], do: peer(author)
    html = render(view)
    assert toasts(html) == ["Dee added a comment", "Cy added a comment", "Bo added a comment"]
    assert ids(html, "#toasts > div") == ["toasts-4", "toasts-3", "toasts-2"]
  end

  test "dismiss_toast deletes the toast from the stream, whether the hook or the button sent it", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/toasts")
    peer("Ann")
    peer("Bo")
    # The hook sends the id from data-id, a string; the button's JS.push sends the integer.
    html = view |> element("#toasts-2") |> render_hook("dismiss_toast", %{"id" => "2"})
    assert ids(html, "#toasts > div") == ["toasts-1"]
    html = render_hook(view, "dismiss_toast", %{"id" => 1})
    assert ids(html, "#toasts > div") == []
  end
end
