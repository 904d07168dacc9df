# pessimistic-lock: the section's lock lives in the demo's lock table (Locks, a GenServer
# that monitors each holder and expires a lock by a message it sends itself). Ann is another
# browser's LiveView: here a plain process of the test's that calls Locks as hers would, and
# whose death is her tab closing (leave) or her socket timing out (vanish: in a real app the
# heartbeat timeout ends the process; here the test ends it instead of waiting 60 s).
defmodule MyAppWeb.PessimisticLockLiveTest do
  use MyAppWeb.RealtimeDemoCase
  alias MyAppWeb.PessimisticLockLive.{Locks, Store}

  @moduletag store: [Store, Locks]

  @seed %{email: "invoices@northwind.example", iban: "DE89 3704 0044 0532 0130 00"}

  # A process standing in for Ann's LiveView: it runs each function it is sent, in itself.
  defp start_ann do
    test = self()
    spawn(fn -> ann_loop(test) end)
  end

  defp ann_loop(test) do
    receive do
      {:run, fun} ->
        send(test, {:ann, fun.()})
        ann_loop(test)
    end
  end

  defp as_ann(ann, fun) do
    send(ann, {:run, fun})
    assert_receive {:ann, result}
    result
  end

  defp ann_takes(view) do
    ann = start_ann()
    assert as_ann(ann, fn -> Locks.take("billing", "Ann", Store.get(:lock_ttl)) end) == :ok
    {ann, render(view)}
  end

  # Ends Ann's process and waits until the table has let go of her lock (its :DOWN came).
  defp end_process(ann) do
    ref = Process.monitor(ann)
    Process.exit(ann, :kill)
    assert_receive {:DOWN, ^ref, :process, _, _}
    wait_until(fn -> Locks.get("billing") == nil end)
  end

  defp wait_until(check, tries \\ 100) do
    cond do
      check.() -> :ok
      tries == 0 -> flunk("the lock table never released the lock")
      true -> :sys.get_state(Locks) && wait_until(check, tries - 1)
    end
  end

  defp status(html), do: text(html, "#lock-status")

  test "Start editing takes the lock; another's take is refused, naming the holder", %{conn: conn} do
    {:ok, view, html} = live(conn, "/pessimistic-lock")
    assert text(html, "#start-editing") == "Start editing"
    html = view |> element("#start-editing") |> render_click()
    assert has_element?(view, "#billing-form #email[value='invoices@northwind.example']")
    assert status(html) == "You are editing. The others see that until you save or cancel."
    assert %{holder: "You", expires_at: _} = Locks.get("billing")
    assert assigns(view).lock.holder == "You"
    # The renewal loop: a timer of the view's; each renewal arms a new expiry (a new token).
    assert pending(view) == ["renew"]
    %{"billing" => %{token: before}} = :sys.get_state(Locks)
    fire(view, "renew")
    assert %{"billing" => %{token: renewed, holder: "You"}} = :sys.get_state(Locks)
    assert renewed != before
    assert pending(view) == ["renew"]
    ann = start_ann()
    assert as_ann(ann, fn -> Locks.take("billing", "Ann", 10_000) end) == {:error, {:locked_by, "You"}}
    refute has_element?(view, "#billing[data-locked=true]")
  end

  test "a peer's lock: yellow border, \"Ann is editing\", Start editing disabled and naming her", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/pessimistic-lock")
    {_ann, html} = ann_takes(view)
    assert has_element?(view, "#billing[data-locked=true]")
    assert html =~ "border-yellow-400"
    assert status(html) == "Ann is editing"
    assert has_element?(view, "#lock-status[role=status] span.animate-pulse.motion-reduce\\:animate-none[aria-hidden=true]")
    assert has_element?(view, "#start-editing[disabled]")
    assert text(html, "#start-editing") == "Start editing (Ann has the lock)"
    # A click that got through anyway is refused by the table.
    render_click(view, "start_editing", %{})
    assert assigns(view).notice == "Ann took the lock first."
    refute has_element?(view, "#billing-form")
  end

  test "released on Ann's save: the record changes and the section says so", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/pessimistic-lock")
    {ann, _html} = ann_takes(view)

    as_ann(ann, fn ->
      :ok = Locks.renew("billing", 10_000)
      {:ok, _} = Store.write(:billing, %{@seed | email: "accounts@northwind.example"})
      Locks.release("billing", "saved")
    end)

    html = render(view)
    assert status(html) == "Ann saved and released the lock."
    assert text(html, "#record-email") == "accounts@northwind.example"
    refute has_element?(view, "#start-editing[disabled]")
    assert assigns(view).lock == nil
  end

  test "released on Ann's cancel", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/pessimistic-lock")
    {ann, _html} = ann_takes(view)
    as_ann(ann, fn -> Locks.release("billing", "cancelled") end)
    assert render(view) |> status() == "Ann cancelled and released the lock."
    assert Locks.get("billing") == nil
  end

  test "released when the holder's process ends (a leave; a vanish at the heartbeat timeout)", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/pessimistic-lock")
    {ann, _html} = ann_takes(view)
    end_process(ann)
    html = render(view)
    assert status(html) == "Ann's connection closed, so the lock was released."
    refute has_element?(view, "#billing[data-locked=true]")
    assert Locks.get("billing") == nil
  end

  test "a lock its holder stops renewing expires, driven by the table's own expiry message", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/pessimistic-lock")
    {ann, _html} = ann_takes(view)
    %{"billing" => %{token: first}} = :sys.get_state(Locks)
    # A renewal arms a new token: the first one's message, already on its way, changes nothing.
    :ok = as_ann(ann, fn -> Locks.renew("billing", 10_000) end)
    send(Locks, {:expire, "billing", first})
    assert %{holder: "Ann"} = Locks.get("billing")
    %{"billing" => %{token: current}} = :sys.get_state(Locks)
    send(Locks, {:expire, "billing", current})
    assert Locks.get("billing") == nil
    html = render(view)
    assert status(html) == "Ann's lock expired: it was not renewed in time."
    assert as_ann(ann, fn -> Locks.renew("billing", 10_000) end) == {:error, :not_held}
  end

  test "the user's Save writes and releases; Cancel releases; the TTL buttons set the table's TTL", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/pessimistic-lock")
    view |> element("#ttl-30000") |> render_click()
    assert Store.get(:lock_ttl) == 30_000
    assert has_element?(view, "#ttl-30000[aria-pressed=true]")
    view |> element("#start-editing") |> render_click()
    html = view |> form("#billing-form", %{email: "billing@acme.example", iban: @seed.iban}) |> render_submit()
    assert status(html) == "Saved. The section is free again."
    assert Store.get(:billing) == %{@seed | email: "billing@acme.example"}
    assert Locks.get("billing") == nil
    assert pending(view) == []
    view |> element("#start-editing") |> render_click()
    html = view |> element("#cancel") |> render_click()
    assert status(html) == "Cancelled. The section is free again."
    assert Locks.get("billing") == nil
  end

  test "a save after the user's lock expired and Ann took it writes nothing and keeps the typing", %{conn: conn} do
    {:ok, view, _html} = live(conn, "/pessimistic-lock")
    view |> element("#start-editing") |> render_click()
    view |> form("#billing-form", %{email: "mine@acme.example"}) |> render_change()
    %{"billing" => %{token: token}} = :sys.get_state(Locks)
    send(Locks, {:expire, "billing", token})
    assert Locks.get("billing") == nil
    html = fire(view, "renew")
    assert status(html) == "Your lock expired. Your changes are still here; Save takes the lock again if it is free."
    {_ann, _html} = ann_takes(view)
    html = view |> form("#billing-form", %{email: "mine@acme.example"}) |> render_submit()
    assert assigns(view).notice == "Ann holds the lock now, so nothing was saved. Your changes are still here."
    assert status(html) == "Ann is editing"
    assert has_element?(view, "#email[value='mine@acme.example']")
    assert Store.get(:billing) == @seed
  end
end
