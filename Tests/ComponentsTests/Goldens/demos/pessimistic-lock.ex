defmodule MyAppWeb.PessimisticLockLive.Store do
  @moduledoc """
  The demo's database: named records, each versioned from 1. Add it to your
  application's supervision tree, or replace its calls with your Repo.
  """
  use Agent

  @initial %{
    billing: %{email: "invoices@northwind.example", iban: "DE89 3704 0044 0532 0130 00"},
    lock_ttl: 10000
  }

  def start_link(_opts) do
    Agent.start_link(fn -> Map.new(@initial, fn {name, value} -> {name, {value, 1}} end) end, name: __MODULE__)
  end

  @doc "A record's value."
  def get(name), do: Agent.get(__MODULE__, fn records -> records |> Map.fetch!(name) |> elem(0) end)

  @doc "A record's version."
  def version(name), do: Agent.get(__MODULE__, fn records -> records |> Map.fetch!(name) |> elem(1) end)

  @doc "A record as `%{value: value, version: version}`."
  def read(name) do
    Agent.get(__MODULE__, fn records ->
      {value, version} = Map.fetch!(records, name)
      %{value: value, version: version}
    end)
  end

  @doc "Applies `fun` to a record's value: `{:ok, new_value}` (a Repo may answer `{:error, reason}`)."
  def update(name, fun) do
    Agent.get_and_update(__MODULE__, fn records ->
      {value, version} = Map.fetch!(records, name)
      new_value = fun.(value)
      {{:ok, new_value}, Map.put(records, name, {new_value, version + 1})}
    end)
  end

  @doc "Writes a record if `expected` is its current version (or nil): `{:ok, version}` or `{:error, :stale}`."
  def write(name, value, expected \\ nil) do
    Agent.get_and_update(__MODULE__, fn records ->
      {_value, version} = Map.fetch!(records, name)

      if expected in [nil, version] do
        {{:ok, version + 1}, Map.put(records, name, {value, version + 1})}
      else
        {{:error, :stale}, records}
      end
    end)
  end
end

defmodule MyAppWeb.PessimisticLockLive.Locks do
  @moduledoc """
  The demo's lock table: one holder per lock, each a process. Add it to your
  application's supervision tree (in a cluster, register it with `{:global, __MODULE__}`,
  or keep locks in a table with an expiry column instead).

  The table monitors each holder, so a holder whose process ends (a closed tab, a
  crash, a socket past its heartbeat timeout) loses its lock at once; and a lock its
  holder stops renewing expires after its TTL, by a message the table sends itself.
  Every change is broadcast on "locks:<name>" as
  `{:lock_changed, %{lock: lock_or_nil, holder: name, reason: reason}}`.
  """
  use GenServer

  @ttl 30_000

  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

  @doc "Takes lock `name` for `holder`, the calling process, for `ttl` ms: `:ok`, or `{:error, {:locked_by, other}}`."
  def take(name, holder, ttl \\ @ttl), do: GenServer.call(__MODULE__, {:take, name, holder, ttl, self()})

  @doc "Gives the caller's lock `ttl` more ms: `:ok`, or `{:error, :not_held}` once it has expired or gone."
  def renew(name, ttl \\ @ttl), do: GenServer.call(__MODULE__, {:renew, name, ttl, self()})

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
    Phoenix.PubSub.broadcast(MyApp.PubSub, "locks:#{name}", {:lock_changed, %{lock: lock, holder: holder, reason: reason}})
  end
end

defmodule MyAppWeb.PessimisticLockLive do
  @moduledoc """
  Take turns: the `pessimistic-lock` demo as a LiveView.

  Generated by rtux from the definition that runs the gallery's demo
  (LiveView 1.1; licence MIT).
  """
  use MyAppWeb, :live_view

  # The kit's function components: the module `rtux snippet --all --format heex` prints.
  # CoreComponents has its own button/1; this view calls the kit's
  # (warn: false: it may use nothing else from CoreComponents).
  import MyAppWeb.CoreComponents, except: [button: 1], warn: false
  import RealtimeComponents

  alias MyAppWeb.PessimisticLockLive.Store
  alias MyAppWeb.PessimisticLockLive.Locks

  @impl true
  def mount(_params, _session, socket) do
    socket = assign(socket, me: "You", lock: nil, record: %{}, editing: false, email: "", iban: "", notice: nil, lock_ttl: 0, timers: %{})
    if connected?(socket), do: Phoenix.PubSub.subscribe(MyApp.PubSub, "locks:billing")
    socket =
      socket
      |> assign(:lock, Locks.get("billing"))
      |> assign(:record, Store.get(:billing))
      |> assign(:lock_ttl, Store.get(:lock_ttl))

    {:ok, socket}
  end

  @impl true
  def handle_event("start_editing", _params, socket) do
    socket =
      case Locks.take("billing", socket.assigns.me, Store.get(:lock_ttl)) do
        :ok ->
          socket = assign(socket, :record, Store.get(:billing))
          socket
          |> assign(:email, socket.assigns.record[:email])
          |> assign(:iban, socket.assigns.record[:iban])
          |> assign(:editing, true)
          |> assign(:notice, "You are editing. The others see that until you save or cancel.")
          |> schedule("renew", {:renew_lock, %{}}, 2000)

        {:error, {:locked_by, holder}} ->
          assign(socket, :notice, "#{holder} took the lock first.")
      end

    {:noreply, socket}
  end

  def handle_event("edit", %{"email" => email, "iban" => iban}, socket) do
    socket =
      socket
      |> assign(:email, email)
      |> assign(:iban, iban)

    {:noreply, socket}
  end

  def handle_event("save", %{"email" => email, "iban" => iban}, socket) do
    socket =
      case Locks.take("billing", socket.assigns.me, Store.get(:lock_ttl)) do
        :ok ->
          {:ok, _version} = Store.write(:billing, %{email: email, iban: iban})
          socket = cancel_timer(socket, "renew")
          :ok = Locks.release("billing", "saved")
          socket
          |> assign(:record, Store.get(:billing))
          |> assign(:editing, false)
          |> assign(:notice, "Saved. The section is free again.")

        {:error, {:locked_by, holder}} ->
          socket
          |> assign(:email, email)
          |> assign(:iban, iban)
          |> assign(:notice, "#{holder} holds the lock now, so nothing was saved. Your changes are still here.")
      end

    {:noreply, socket}
  end

  def handle_event("cancel", _params, socket) do
    socket = cancel_timer(socket, "renew")
    :ok = Locks.release("billing", "cancelled")
    socket =
      socket
      |> assign(:editing, false)
      |> assign(:notice, "Cancelled. The section is free again.")

    {:noreply, socket}
  end

  def handle_event("set_ttl", %{"ms" => ms}, socket) do
    ms = if(ms == "5000", do: 5000, else: if(ms == "10000", do: 10000, else: 30000))
    {:ok, _version} = Store.write(:lock_ttl, ms)
    socket = assign(socket, :lock_ttl, ms)

    {:noreply, socket}
  end

  @impl true
  def handle_info({:renew_lock, _payload}, socket) do
    socket =
      case Locks.renew("billing", Store.get(:lock_ttl)) do
        :ok ->
          schedule(socket, "renew", {:renew_lock, %{}}, 2000)

        {:error, :not_held} ->
          assign(socket, :notice, "Your lock expired. Your changes are still here; Save takes the lock again if it is free.")
      end

    {:noreply, socket}
  end

  def handle_info({:lock_changed, %{lock: lock, holder: holder, reason: reason}}, socket) do
    socket =
      socket
      |> assign(:lock, lock)
      |> assign(:record, Store.get(:billing))
    socket =
      if holder != socket.assigns.me do
        assign(socket, :notice, if(reason == "saved", do: "#{holder} saved and released the lock.", else: if(reason == "cancelled", do: "#{holder} cancelled and released the lock.", else: if(reason == "down", do: "#{holder}'s connection closed, so the lock was released.", else: if(reason == "expired", do: "#{holder}'s lock expired: it was not renewed in time.", else: nil)))))
      else
        socket
      end

    {:noreply, socket}
  end

  # A keyed timer's message counts only while it is still the current one for its key:
  # a cancelled or replaced timer's message may already be in the mailbox.
  def handle_info({:timer, key, token}, socket) do
    case socket.assigns.timers do
      %{^key => {_ref, ^token, message}} ->
        handle_info(message, assign(socket, :timers, Map.delete(socket.assigns.timers, key)))

      _ ->
        {:noreply, socket}
    end
  end

  @impl true
  def render(assigns) do
    ~H"""
    <div id="lock-demo" class="grid gap-4">
      <h1 class="text-lg font-semibold">Take turns</h1>
      <p class="text-sm text-slate-600 dark:text-slate-300">{"Press \"Start editing\", or have Ann start from the simulator's Peers. Whoever holds the lock edits; the other waits, and is told when it is free: after a save, a cancel, a leave, a closed laptop at its heartbeat timeout, or a lock not renewed in time. Ann's tab renews only when you press her Renew."}</p>
      <div
        id="lock-ttl"
        role="group"
        aria-label="Locks expire after"
        class="flex items-center gap-2 text-sm"
      >
        <span aria-hidden="true">Locks expire after</span>
        <button
          id="ttl-5000"
          type="button"
          aria-label="Locks expire after 5 s"
          phx-click="set_ttl"
          phx-value-ms="5000"
          aria-pressed={@lock_ttl == 5000 && "true" || "false"}
          class="rounded-md border border-slate-300 px-2 py-1 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:border-slate-600"
        >5 s</button>
        <button
          id="ttl-10000"
          type="button"
          aria-label="Locks expire after 10 s"
          phx-click="set_ttl"
          phx-value-ms="10000"
          aria-pressed={@lock_ttl == 10000 && "true" || "false"}
          class="rounded-md border border-slate-300 px-2 py-1 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:border-slate-600"
        >10 s</button>
        <button
          id="ttl-30000"
          type="button"
          aria-label="Locks expire after 30 s"
          phx-click="set_ttl"
          phx-value-ms="30000"
          aria-pressed={@lock_ttl == 30000 && "true" || "false"}
          class="rounded-md border border-slate-300 px-2 py-1 aria-pressed:bg-indigo-600 aria-pressed:text-white dark:border-slate-600"
        >30 s</button>
      </div>
      <section
        id="billing"
        aria-labelledby="billing-title"
        data-locked={@lock && @lock[:holder] != @me && "true" || "false"}
        class={if(@lock && @lock[:holder] != @me, do: "grid gap-3 rounded-lg border-2 border-yellow-400 p-4 dark:border-yellow-500", else: "grid gap-3 rounded-lg border-2 border-slate-200 p-4 dark:border-slate-700")}
      >
        <h2 id="billing-title" class="text-base font-semibold">Billing details</h2>
        <p id="lock-status" role="status" class="flex min-h-5 items-center gap-2 text-sm">
          <span
            :if={@lock && @lock[:holder] != @me}
            aria-hidden="true"
            class="size-2 rounded-full bg-yellow-500 animate-pulse motion-reduce:animate-none"
          ></span>
          <span
            :if={@lock && @lock[:holder] != @me}
            class="font-medium text-yellow-900 dark:text-yellow-200"
          >{"#{@lock[:holder]} is editing"}</span>
          <span
            :if={!(@lock && @lock[:holder] != @me)}
            class="text-sm text-slate-600 dark:text-slate-300"
          >{@notice}</span>
        </p>
        <div :if={!@editing} class="grid gap-3">
          <dl id="record" class="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt class="font-medium">Invoice email</dt>
            <dd id="record-email" class="tabular-nums">{@record[:email]}</dd>
            <dt class="font-medium">IBAN</dt>
            <dd id="record-iban" class="tabular-nums">{@record[:iban]}</dd>
          </dl>
          <div>
            <.button
              id="start-editing"
              phx-click="start_editing"
              disabled={@lock && @lock[:holder] != @me}
            >{if(@lock && @lock[:holder] != @me, do: "Start editing (#{@lock[:holder]} has the lock)", else: "Start editing")}</.button>
          </div>
        </div>
        <form
          :if={@editing}
          id="billing-form"
          phx-change="edit"
          phx-submit="save"
          class="grid gap-3"
        >
          <div class="grid gap-1">
            <label for="email" class="text-sm font-medium">Invoice email</label>
            <input
              id="email"
              name="email"
              type="text"
              autocomplete="off"
              value={@email}
              class="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 focus:outline-2 focus:outline-indigo-600 read-only:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:read-only:bg-slate-800"
            />
          </div>
          <div class="grid gap-1">
            <label for="iban" class="text-sm font-medium">IBAN</label>
            <input
              id="iban"
              name="iban"
              type="text"
              autocomplete="off"
              value={@iban}
              class="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 focus:outline-2 focus:outline-indigo-600 read-only:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:read-only:bg-slate-800"
            />
          </div>
          <div class="flex flex-wrap gap-2">
            <.button type="submit" id="save" disable_with="Saving...">Save</.button>
            <.button variant="secondary" type="button" id="cancel" phx-click="cancel">Cancel</.button>
          </div>
        </form>
      </section>
    </div>
    """
  end

  # One timer per key, its ref and message kept in @timers so that the right one can be
  # cancelled (or, in a test, fired at once): several pending timers (three deletions,
  # three typers) never overwrite each other.
  defp schedule(socket, key, message, ms) do
    socket = cancel_timer(socket, key)
    token = make_ref()
    ref = Process.send_after(self(), {:timer, key, token}, ms)
    assign(socket, :timers, Map.put(socket.assigns.timers, key, {ref, token, message}))
  end

  defp cancel_timer(socket, key) do
    case Map.pop(socket.assigns.timers, key) do
      {{ref, _token, _message}, timers} ->
        Process.cancel_timer(ref)
        assign(socket, :timers, timers)

      {nil, _timers} ->
        socket
    end
  end
end
