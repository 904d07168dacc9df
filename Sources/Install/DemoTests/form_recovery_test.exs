# form-recovery: L9 is the client's (browser tests); here the server side of it: a fresh
# process at step one takes the recovery event and ends on the step the screen shows.
defmodule MyAppWeb.FormRecoveryLiveTest do
  use MyAppWeb.RealtimeDemoCase

  defp answers(view), do: Map.take(assigns(view), [:step, :name, :team, :email, :done])

  test "three steps: next keeps the answers, back goes back, finish signs up", %{conn: conn} do
    {:ok, view, html} = live(conn, "/form-recovery")
    assert text(html, "#progress") == "Step 1 of 3: Account"
    assert has_element?(view, "#wizard[phx-auto-recover=recover] input[type=hidden][name=step][value=account]")
    view |> form("#wizard", %{name: "Ann"}) |> render_submit()
    assert text(render(view), "#progress") == "Step 2 of 3: Team"
    assert has_element?(view, "#wizard input[type=hidden][name=name][value=Ann]")
    view |> element("#back") |> render_click()
    assert answers(view).step == "account"
    view |> form("#wizard", %{name: "Ann"}) |> render_submit()
    view |> form("#wizard", %{team: "5"}) |> render_submit()
    html = view |> form("#wizard", %{email: "ann@example.com"}) |> render_submit()
    assert text(html, "#summary") == "Signed up Ann, a team of 5, billed at ann@example.com"
    assert %{step: "billing", done: true} = answers(view)
  end

  test "after a remount the recovery event puts the new process on the screen's step", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/form-recovery")
    view |> form("#wizard", %{name: "Ann"}) |> render_submit()
    # The drop or the crash: a new process, which knows nothing.
    {:ok, fresh, _html} = live(conn, "/form-recovery")
    assert answers(fresh).step == "account"
    html = render_change(fresh, "recover", %{"step" => "team", "name" => "Ann", "team" => "5", "email" => ""})
    assert text(html, "#progress") == "Step 2 of 3: Team"
    assert %{step: "team", name: "Ann", team: "5", email: "", done: false} = answers(fresh)
  end

  test "a recovered step is whitelisted: an unknown one starts over", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/form-recovery")
    render_change(view, "recover", %{"step" => "admin", "name" => "Eve", "team" => "", "email" => ""})
    assert %{step: "account", name: "Eve"} = answers(view)
  end
end
