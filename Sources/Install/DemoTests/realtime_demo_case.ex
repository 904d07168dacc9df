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
      started for the test unless the app runs it.
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

    if tags[:presence] do
      unless Process.whereis(MyAppWeb.Presence), do: start_supervised!(MyAppWeb.Presence)
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

  @doc "The visible text of the first element matching `selector`, whitespace collapsed."
  def text(html, selector) do
    html |> LazyHTML.from_fragment() |> LazyHTML.query(selector) |> LazyHTML.text() |> String.split() |> Enum.join(" ")
  end

  @doc "The ids of the elements matching `selector`, in document order."
  def ids(html, selector) do
    html |> LazyHTML.from_fragment() |> LazyHTML.query(selector) |> LazyHTML.attribute("id")
  end
end
