defmodule DemosCheck.DemoCase do
  @moduledoc """
  What every demo test needs: a connection, LiveViewTest, a fresh Store and two views of
  the server (its assigns, and its keyed timers fired at once instead of waited for).
  """
  use ExUnit.CaseTemplate

  using do
    quote do
      import Phoenix.ConnTest
      import Phoenix.LiveViewTest
      import DemosCheck.DemoCase
      @endpoint MyAppWeb.Endpoint
    end
  end

  setup tags do
    if store = tags[:store], do: start_supervised!(store)
    {:ok, conn: Phoenix.ConnTest.build_conn()}
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
