defmodule MyAppWeb.RealtimeDemoCase do
  @moduledoc """
  What the tests of rtux's demos share (`rtux add --demo ID` writes one such test per demo,
  `test/<web>/live/<id>_live_test.exs`, and this case template once): a connection and
  `Phoenix.LiveViewTest` against the app's endpoint, the demo's own processes started fresh
  for each test, and two views of the server side (the LiveView's assigns, and its keyed
  timers fired at once instead of waited for).

  Each test drives its demo's main scenario from the server's side. What only a browser can
  show (loading classes, reconnect timing, a hook's timers) is checked by rtux's own browser
  tests of the same demo; the comments say "browser tests" there. `L1`…`L16` in the comments
  name LiveView's client behaviours as rtux's gallery describes them: L1 loading classes,
  L2 acknowledgement, L3 locking, L4 disable-with, L5 submit, L6 connection classes, L7 pushes
  while down, L8 reconnect timing, L9 form recovery, L10 page loading events, L11 JS commands,
  L12 hooks, L13 streams, L14 presence, L15 rate limiting, L16 flash.

  Tags a test module sets:

    * `@moduletag store: Store` (or a list, `[Store, Locks]`): the demo's stand-ins for your
      data (a `Store`, a `Locks` table), started fresh for every test so that one test's
      writes never leak into the next. When your supervision tree runs one already, it is
      stopped for the test and restarted after it.
    * `@moduletag presence: "topic"`: the demo tracks users with `MyAppWeb.Presence`. It is
      started for the test unless the app runs it, and the test begins once no tab of an
      earlier test is still tracked on the topic. The presence helpers below play the peers.
  """
  use ExUnit.CaseTemplate

  using do
    quote do
      import Phoenix.ConnTest
      import Phoenix.LiveViewTest
      import MyAppWeb.RealtimeDemoCase
      @endpoint MyAppWeb.Endpoint
    end
  end

  setup tags do
    for store <- List.wrap(tags[:store]), do: start_fresh(store)

    if topic = tags[:presence] do
      unless Process.whereis(MyAppWeb.Presence), do: start_supervised!(MyAppWeb.Presence)
      # The last test's views and tabs leave through Presence asynchronously.
      wait(fn -> MyAppWeb.Presence.list(topic) == %{} end,
        "an earlier test's tabs are still tracked: #{inspect(Map.keys(MyAppWeb.Presence.list(topic)))}")
    end

    {:ok, conn: Phoenix.ConnTest.build_conn()}
  end

  # A fresh `module` for this test. One that the app's supervision tree already runs is
  # terminated there for the test (the test's own is stopped before on_exit runs) and then
  # restarted, so the app gets its own back.
  defp start_fresh(module) do
    with pid when is_pid(pid) <- Process.whereis(module),
         {:dictionary, dictionary} <- Process.info(pid, :dictionary),
         [supervisor | _] <- Keyword.get(dictionary, :"$ancestors", []),
         :ok <- Supervisor.terminate_child(supervisor, module) do
      on_exit(fn -> Supervisor.restart_child(supervisor, module) end)
    end

    start_supervised!(module)
  end

  @doc "The LiveView's assigns, read from its channel process."
  def assigns(view), do: :sys.get_state(view.pid).socket.assigns

  @doc "Keys of the timers the LiveView has pending (its @timers map)."
  def pending(view), do: view |> assigns() |> Map.get(:timers, %{}) |> Map.keys() |> Enum.sort()

  @doc """
  Fires the LiveView's pending timer `key` now: cancels the real one and sends the message
  it would have sent (`{:timer, key, token}`), then renders, so the message has been handled.
  """
  def fire(view, key) do
    {ref, token, _message} = Map.fetch!(assigns(view).timers, key)
    Process.cancel_timer(ref)
    send(view.pid, {:timer, key, token})
    Phoenix.LiveViewTest.render(view)
  end

  @doc """
  Asserts that the LiveView's pending timer `key` fires in `ms` (give or take `delta` ms, the
  time the test took since the timer was set); returns the timer's ref.
  """
  def assert_timer(view, key, ms, delta \\ 100) do
    {ref, _token, _message} = Map.fetch!(assigns(view).timers, key)
    left = Process.read_timer(ref)
    assert is_integer(left), "timer #{inspect(key)} has fired or was cancelled"
    assert_in_delta left, ms, delta
    ref
  end

  @doc "The visible text of the first element matching `selector`, whitespace collapsed."
  def text(html, selector) do
    html |> LazyHTML.from_fragment() |> LazyHTML.query(selector) |> LazyHTML.text() |> String.split() |> Enum.join(" ")
  end

  @doc "The ids of the elements matching `selector`, in document order."
  def ids(html, selector) do
    html |> LazyHTML.from_fragment() |> LazyHTML.query(selector) |> LazyHTML.attribute("id")
  end

  @doc "Polls `ok?` every 10 ms for up to 5 s (a slow machine's budget; the usual wait is a few ms), then fails with `why`."
  def wait(ok?, why, tries \\ 500) do
    cond do
      ok?.() -> :ok
      tries == 0 -> flunk(why)
      true -> Process.sleep(10); wait(ok?, why, tries - 1)
    end
  end

  # ---- Presence: a peer is a process the test spawns, one browser tab of one user, tracking
  # itself on the topic as the demo's LiveView does in its mount; a closed laptop is the test
  # killing it (Presence then drops its meta, as at the socket's timeout). Nothing may depend
  # on how fast the tracker runs: a kill reaches the tracker as its own EXIT, after the test's
  # DOWN, so close/2 waits until the tracker has dropped the pid (CI once read the list between
  # two leaves), and every tab is killed when its test ends.

  @doc """
  One tab of `name` on `topic`: a process tracking a meta like the LiveView's (`meta` merged
  over `name`, status "active" and both timestamps now), until it is killed.
  """
  def tab(topic, name, meta \\ %{}) do
    test = self()

    pid =
      spawn(fn ->
        now = System.monotonic_time(:millisecond)
        full = Map.merge(%{name: name, status: "active", at: now, online_at: now}, meta)
        {:ok, _} = MyAppWeb.Presence.track(self(), topic, name, full)
        send(test, {:tracked, self()})
        Process.sleep(:infinity)
      end)

    on_exit(fn -> Process.exit(pid, :kill) end)
    assert_receive {:tracked, ^pid}, 1000
    pid
  end

  @doc "Closes a tab (kills its process) and waits until Presence no longer tracks it."
  def close(topic, pid) do
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    assert_receive {:DOWN, ^ref, _, _, _}
    wait(fn -> not tracked?(topic, pid) end, "the tracker never dropped a killed tab")
  end

  @doc "Whether Presence still tracks the process `pid` on `topic`, under any key."
  def tracked?(topic, pid) do
    Enum.any?(Map.keys(MyAppWeb.Presence.list(topic)), fn key ->
      Enum.any?(Phoenix.Tracker.get_by_key(MyAppWeb.Presence, topic, key), &(elem(&1, 0) == pid))
    end)
  end

  @doc """
  The view after Presence's diffs reached it: they come through Presence's own process, so
  this waits until the LiveView's debounce timer ("presence") is pending, then fires it.
  """
  def synced(view) do
    wait(fn -> "presence" in pending(view) end, "the view never got a presence_diff")
    fire(view, "presence")
  end
end
