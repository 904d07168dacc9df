/// The Elixir meaning of the lock ops: a lock table in a GenServer, printed before the
/// LiveView, so the module runs as it is. It stands in for whatever holds an app's locks;
/// what it must keep is the shape: one holder per lock, a monitor on the holder's process
/// (its exit releases the lock), an expiry by message (a holder that stops renewing loses
/// it), and a broadcast of every change, so that each viewer re-renders.
enum ElixirLocks {
    static func module(_ name: String, pubsub: String) -> String {
        """
        defmodule \(name) do
          @moduledoc \"\"\"
          The demo's lock table: one holder per lock, each a process. Add it to your
          application's supervision tree (in a cluster, register it with `{:global, __MODULE__}`,
          or keep locks in a table with an expiry column instead).

          The table monitors each holder, so a holder whose process ends (a closed tab, a
          crash, a socket past its heartbeat timeout) loses its lock at once; and a lock its
          holder stops renewing expires after its TTL, by a message the table sends itself.
          Every change is broadcast on "locks:<name>" as
          `{:lock_changed, %{lock: lock_or_nil, holder: name, reason: reason}}`.
          \"\"\"
          use GenServer

          @ttl 30_000

          def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

          @doc "Takes lock `name` for `holder`, the calling process, for `ttl` ms: `:ok`, or `{:error, {:locked_by, other}}`."
          def take(name, holder, ttl \\\\ @ttl), do: GenServer.call(__MODULE__, {:take, name, holder, ttl, self()})

          @doc "Gives the caller's lock `ttl` more ms: `:ok`, or `{:error, :not_held}` once it has expired or gone."
          def renew(name, ttl \\\\ @ttl), do: GenServer.call(__MODULE__, {:renew, name, ttl, self()})

          @doc "Releases the caller's lock, telling the viewers `reason`; `:ok` whether it held it or not."
          def release(name, reason), do: GenServer.call(__MODULE__, {:release, name, reason, self()})

          @doc "The lock as `%{holder: name, expires_at: ms}`, or nil when it is free."
          def get(name), do: GenServer.call(__MODULE__, {:get, name})

          @impl true
          def init(locks), do: {:ok, locks}

          @impl true
          def handle_call({:take, name, holder, ttl, pid}, _from, locks) do
            case locks do
              %{^name => %{pid: ^pid} = lock} -> {:reply, :ok, hold(locks, name, lock, ttl, "renewed")}
              %{^name => %{holder: other}} -> {:reply, {:error, {:locked_by, other}}, locks}
              _ -> {:reply, :ok, hold(locks, name, %{holder: holder, pid: pid, ref: Process.monitor(pid)}, ttl, "taken")}
            end
          end

          def handle_call({:renew, name, ttl, pid}, _from, locks) do
            case locks do
              %{^name => %{pid: ^pid} = lock} -> {:reply, :ok, hold(locks, name, lock, ttl, "renewed")}
              _ -> {:reply, {:error, :not_held}, locks}
            end
          end

          def handle_call({:release, name, reason, pid}, _from, locks) do
            case locks do
              %{^name => %{pid: ^pid}} -> {:reply, :ok, unlock(locks, name, reason)}
              _ -> {:reply, :ok, locks}
            end
          end

          def handle_call({:get, name}, _from, locks), do: {:reply, public(locks[name]), locks}

          # Each take or renewal arms a new token: an older expiry message, already in the
          # mailbox when the holder renewed, finds another token and changes nothing.
          @impl true
          def handle_info({:expire, name, token}, locks) do
            case locks do
              %{^name => %{token: ^token}} -> {:noreply, unlock(locks, name, "expired")}
              _ -> {:noreply, locks}
            end
          end

          def handle_info({:DOWN, ref, :process, _pid, _reason}, locks) do
            case Enum.find(locks, fn {_name, lock} -> lock.ref == ref end) do
              {name, _lock} -> {:noreply, unlock(locks, name, "down")}
              nil -> {:noreply, locks}
            end
          end

          defp hold(locks, name, lock, ttl, reason) do
            if lock[:timer], do: Process.cancel_timer(lock.timer)
            token = make_ref()

            lock =
              Map.merge(lock, %{
                token: token,
                expires_at: System.system_time(:millisecond) + ttl,
                timer: Process.send_after(self(), {:expire, name, token}, ttl)
              })

            announce(name, public(lock), lock.holder, reason)
            Map.put(locks, name, lock)
          end

          defp unlock(locks, name, reason) do
            {lock, locks} = Map.pop!(locks, name)
            Process.demonitor(lock.ref, [:flush])
            Process.cancel_timer(lock.timer)
            announce(name, nil, lock.holder, reason)
            locks
          end

          defp public(nil), do: nil
          defp public(lock), do: Map.take(lock, [:holder, :expires_at])

          defp announce(name, lock, holder, reason) do
            Phoenix.PubSub.broadcast(\(pubsub), "locks:#{name}", {:lock_changed, %{lock: lock, holder: holder, reason: reason}})
          end
        end

        """
    }
}
