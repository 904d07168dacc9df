# Issue 8, part 3: each demo's event script (Tests/phoenix/differential/<id>.json) went
# through the JS runtime (js_side.mjs, its HTML per step in ../differential/<id>.json); here
# it goes through the printed LiveView under Phoenix.LiveViewTest, and the demo root's HTML
# must be the same tree after mount and after every step.
#
# Time is virtual on both sides. The JS side advances its paused clock; here every
# Process.send_after of the LiveView is traced, so each keyed timer's due time is known
# exactly, and "advance N" fires, in due order, the timers still current in @timers.
defmodule DemosCheck.DifferentialTest do
  use MyAppWeb.RealtimeDemoCase
  alias RtuxCheck.HTMLNormal

  @dir Path.expand("../differential", __DIR__)

  test "every demo has an event script" do
    demos = for %{metadata: %{phoenix_live_view: _}, path: "/" <> id} <- MyAppWeb.Router.__routes__(), do: id
    scripts = for f <- Path.wildcard(Path.join(@dir, "*.json")), do: Path.basename(f, ".json")
    assert Enum.sort(scripts) == Enum.sort(demos)
  end

  for script <- @dir |> Path.join("*.json") |> Path.wildcard() |> Enum.sort() do
    @script script
    id = Path.basename(script, ".json")
    @id id

    test "#{id}: Phoenix renders what the JS runtime renders, step by step", %{conn: conn} do
      %{"steps" => steps, "html" => [js_mount | js_steps]} = script = @script |> File.read!() |> Jason.decode!()
      # "settle": the demo starts assign_async tasks; each is waited for after mount and
      # every step (the JS side lets their work time pass).
      settle = fn view -> if script["settle"], do: render_async(view) end
      start_store(@id)
      {:ok, view, _html} = live(conn, "/" <> @id)
      clock = start_clock(view)
      settle.(view)
      compare!(@id, "mount", view, js_mount)

      Enum.zip(steps, js_steps)
      |> Enum.with_index(1)
      |> Enum.reduce(clock, fn {{step, js_html}, i}, clock ->
        clock = run_step(view, step, clock)
        settle.(view)
        compare!(@id, "step #{i} #{Jason.encode!(step)}", view, js_html)
        clock
      end)
    end
  end

  # The demo root: the LiveView container's children, in the normal form of the stories test.
  defp compare!(id, label, view, js_html) do
    [{_div, _attrs, phoenix}] = view |> render() |> HTMLNormal.normal()
    js = HTMLNormal.normal(js_html)

    if phoenix != js do
      {a, b} = {LazyHTML.Tree.to_html(phoenix), LazyHTML.Tree.to_html(js)}
      at = common_prefix(a, b)

      flunk("""
      #{id}, after #{label}: Phoenix and the JS runtime differ from character #{at}:
        Phoenix:    ...#{binary_part(a, at, min(120, byte_size(a) - at))}
        JS runtime: ...#{binary_part(b, at, min(120, byte_size(b) - at))}
      --- Phoenix
      #{a}
      --- JS runtime
      #{b}
      """)
    end
  end

  defp common_prefix(a, b), do: Enum.zip(:binary.bin_to_list(a), :binary.bin_to_list(b)) |> Enum.take_while(fn {x, y} -> x == y end) |> length()

  defp start_store(id) do
    [live] = for %{path: "/" <> ^id, metadata: %{phoenix_live_view: {mod, _, _, _}}} <- MyAppWeb.Router.__routes__(), do: mod
    # The demo's Store and lock table (Locks), when the printed file has them.
    for module <- [Store, Locks], mod = Module.concat(live, module), Code.ensure_loaded?(mod), do: start_supervised!(mod)
  end

  defp run_step(view, %{"event" => event} = step, clock) do
    render_hook(view, event, Map.get(step, "params", %{}))
    collect(view, clock)
  end

  defp run_step(view, %{"info" => msg} = step, clock) do
    payload = Map.new(Map.get(step, "payload", %{}), fn {k, v} -> {String.to_atom(k), v} end)
    send(view.pid, {String.to_atom(msg), payload})
    render(view)
    collect(view, clock)
  end

  defp run_step(view, %{"advance" => ms}, clock), do: advance(view, collect(view, clock), clock.now + ms)

  # ---- the virtual clock: %{now: ms, timers: [{due, seq, key, token}], seq: n}

  defp start_clock(view) do
    :erlang.trace_pattern({:erlang, :send_after, :_}, true, [:global])
    :erlang.trace(view.pid, true, [:call])
    %{now: 0, seq: 0, timers: []}
  end

  # Every send_after the LiveView made since the last look, due `ms` after the current time.
  defp collect(view, clock) do
    ref = :erlang.trace_delivered(view.pid)
    receive do: ({:trace_delivered, _, ^ref} -> :ok)
    drain(clock)
  end

  defp drain(clock) do
    receive do
      {:trace, _pid, :call, {:erlang, :send_after, [ms, _dest, {:timer, key, token} | _]}} ->
        drain(%{clock | seq: clock.seq + 1, timers: clock.timers ++ [{clock.now + ms, clock.seq, key, token}]})

      {:trace, _pid, :call, _other} ->
        drain(clock)
    after
      0 -> clock
    end
  end

  # Fires, in due order, each timer due by `target` that is still its key's current one.
  defp advance(view, clock, target) do
    current = Map.get(assigns(view), :timers, %{})
    live = Enum.filter(clock.timers, fn {_due, _seq, key, token} -> match?({_, ^token, _}, current[key]) end)

    case Enum.sort(for({due, _, _, _} = t <- live, due <= target, do: t)) do
      [] ->
        %{clock | now: target, timers: live}

      [{due, _seq, key, _token} = t | _] ->
        clock = %{clock | now: due, timers: List.delete(live, t)}
        fire(view, key)
        advance(view, collect(view, clock), target)
    end
  end
end
