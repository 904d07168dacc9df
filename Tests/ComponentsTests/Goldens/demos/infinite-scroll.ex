defmodule MyAppWeb.InfiniteScrollLive.Store do
  @moduledoc """
  The demo's database: named records, each versioned from 1. Add it to your
  application's supervision tree, or replace its calls with your Repo.
  """
  use Agent

  @initial %{
    posts: [
      %{id: "1", title: "Post 1"},
      %{id: "2", title: "Post 2"},
      %{id: "3", title: "Post 3"},
      %{id: "4", title: "Post 4"},
      %{id: "5", title: "Post 5"},
      %{id: "6", title: "Post 6"},
      %{id: "7", title: "Post 7"},
      %{id: "8", title: "Post 8"},
      %{id: "9", title: "Post 9"},
      %{id: "10", title: "Post 10"},
      %{id: "11", title: "Post 11"},
      %{id: "12", title: "Post 12"},
      %{id: "13", title: "Post 13"},
      %{id: "14", title: "Post 14"},
      %{id: "15", title: "Post 15"},
      %{id: "16", title: "Post 16"},
      %{id: "17", title: "Post 17"},
      %{id: "18", title: "Post 18"},
      %{id: "19", title: "Post 19"},
      %{id: "20", title: "Post 20"},
      %{id: "21", title: "Post 21"},
      %{id: "22", title: "Post 22"},
      %{id: "23", title: "Post 23"},
      %{id: "24", title: "Post 24"},
      %{id: "25", title: "Post 25"},
      %{id: "26", title: "Post 26"},
      %{id: "27", title: "Post 27"},
      %{id: "28", title: "Post 28"},
      %{id: "29", title: "Post 29"},
      %{id: "30", title: "Post 30"},
      %{id: "31", title: "Post 31"},
      %{id: "32", title: "Post 32"},
      %{id: "33", title: "Post 33"},
      %{id: "34", title: "Post 34"},
      %{id: "35", title: "Post 35"},
      %{id: "36", title: "Post 36"},
      %{id: "37", title: "Post 37"},
      %{id: "38", title: "Post 38"},
      %{id: "39", title: "Post 39"},
      %{id: "40", title: "Post 40"},
      %{id: "41", title: "Post 41"},
      %{id: "42", title: "Post 42"},
      %{id: "43", title: "Post 43"},
      %{id: "44", title: "Post 44"},
      %{id: "45", title: "Post 45"},
      %{id: "46", title: "Post 46"},
      %{id: "47", title: "Post 47"},
      %{id: "48", title: "Post 48"},
      %{id: "49", title: "Post 49"},
      %{id: "50", title: "Post 50"},
      %{id: "51", title: "Post 51"},
      %{id: "52", title: "Post 52"},
      %{id: "53", title: "Post 53"},
      %{id: "54", title: "Post 54"},
      %{id: "55", title: "Post 55"},
      %{id: "56", title: "Post 56"},
      %{id: "57", title: "Post 57"},
      %{id: "58", title: "Post 58"},
      %{id: "59", title: "Post 59"},
      %{id: "60", title: "Post 60"},
      %{id: "61", title: "Post 61"},
      %{id: "62", title: "Post 62"},
      %{id: "63", title: "Post 63"},
      %{id: "64", title: "Post 64"},
      %{id: "65", title: "Post 65"},
      %{id: "66", title: "Post 66"},
      %{id: "67", title: "Post 67"},
      %{id: "68", title: "Post 68"},
      %{id: "69", title: "Post 69"},
      %{id: "70", title: "Post 70"},
      %{id: "71", title: "Post 71"},
      %{id: "72", title: "Post 72"},
      %{id: "73", title: "Post 73"},
      %{id: "74", title: "Post 74"},
      %{id: "75", title: "Post 75"},
      %{id: "76", title: "Post 76"},
      %{id: "77", title: "Post 77"},
      %{id: "78", title: "Post 78"},
      %{id: "79", title: "Post 79"},
      %{id: "80", title: "Post 80"},
      %{id: "81", title: "Post 81"},
      %{id: "82", title: "Post 82"},
      %{id: "83", title: "Post 83"},
      %{id: "84", title: "Post 84"},
      %{id: "85", title: "Post 85"},
      %{id: "86", title: "Post 86"},
      %{id: "87", title: "Post 87"},
      %{id: "88", title: "Post 88"},
      %{id: "89", title: "Post 89"},
      %{id: "90", title: "Post 90"},
      %{id: "91", title: "Post 91"},
      %{id: "92", title: "Post 92"},
      %{id: "93", title: "Post 93"},
      %{id: "94", title: "Post 94"},
      %{id: "95", title: "Post 95"},
      %{id: "96", title: "Post 96"},
      %{id: "97", title: "Post 97"},
      %{id: "98", title: "Post 98"},
      %{id: "99", title: "Post 99"},
      %{id: "100", title: "Post 100"}
    ],
    requests: []
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

  @doc """
  Applies `fun` to a record's value: `{:ok, new_value}`, or `{:error, :unavailable}` while
  the record is marked unavailable: the answer a Repo gives when the database is down.
  """
  def update(name, fun) do
    Agent.get_and_update(__MODULE__, fn records ->
      {value, version} = Map.fetch!(records, name)

      if name in Map.get(records, {__MODULE__, :unavailable}, []) do
        {{:error, :unavailable}, records}
      else
        new_value = fun.(value)
        {{:ok, new_value}, Map.put(records, name, {new_value, version + 1})}
      end
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

  @doc "Marks a record unavailable to `update/2` (or available again): the gallery's failure rate, as a switch."
  def unavailable(name, down? \\ true) do
    Agent.update(__MODULE__, fn records ->
      Map.update(records, {__MODULE__, :unavailable}, (if down?, do: [name], else: []), fn names ->
        if down?, do: Enum.uniq([name | names]), else: List.delete(names, name)
      end)
    end)
  end
end

defmodule MyAppWeb.InfiniteScrollLive do
  @moduledoc """
  Infinite scroll: the `infinite-scroll` demo as a LiveView.

  Generated by rtux from the definition that runs the gallery's demo
  (LiveView 1.1; licence MIT).
  """
  use MyAppWeb, :live_view

  # The kit's function components: the module `rtux snippet --all --format heex` prints.
  # CoreComponents has its own button/1; this view calls the kit's
  # (warn: false: it may use nothing else from CoreComponents).
  import MyAppWeb.CoreComponents, except: [button: 1], warn: false
  import RealtimeComponents

  alias MyAppWeb.InfiniteScrollLive.Store

  @impl true
  def mount(_params, _session, socket) do
    socket = assign(socket, shown: 0, more: true, failed: false, visible: true)
    socket =
      socket
      |> stream(:posts, Enum.slice(Store.get(:posts), socket.assigns.shown, 20))
      |> assign(:shown, length(Enum.slice(Store.get(:posts), socket.assigns.shown, 20)) + socket.assigns.shown)
    socket = assign(socket, :more, length(Store.get(:posts)) > socket.assigns.shown)

    {:ok, socket}
  end

  @impl true
  def handle_event("load_more", _params, socket) do
    case Store.update(:requests, fn requests -> requests ++ [socket.assigns.shown] end) do
      {:ok, _} ->
        socket =
          socket
          |> stream(:posts, Enum.slice(Store.get(:posts), socket.assigns.shown, 20))
          |> assign(:shown, length(Enum.slice(Store.get(:posts), socket.assigns.shown, 20)) + socket.assigns.shown)
        socket =
          socket
          |> assign(:more, length(Store.get(:posts)) > socket.assigns.shown)
          |> assign(:failed, false)

        {:noreply, socket}

      {:error, _reason} ->
        socket = assign(socket, :failed, true)

        {:noreply, socket}
    end
  end

  def handle_event("toggle", _params, socket) do
    socket =
      if socket.assigns.visible do
        assign(socket, :visible, false)
      else
        socket =
          socket
          |> assign(:visible, true)
          |> stream(:posts, [], reset: true)
          |> assign(:shown, 0)
        socket =
          socket
          |> stream(:posts, Enum.slice(Store.get(:posts), socket.assigns.shown, 20))
          |> assign(:shown, length(Enum.slice(Store.get(:posts), socket.assigns.shown, 20)) + socket.assigns.shown)
        assign(socket, :more, length(Store.get(:posts)) > socket.assigns.shown)
      end

    {:noreply, socket}
  end

  @impl true
  def render(assigns) do
    ~H"""
    <div id="infinite-scroll" class="grid gap-4">
      <h1 class="text-lg font-semibold">Infinite scroll</h1>
      <p class="text-sm text-slate-600 dark:text-slate-300">Scroll the feed. The next 20 posts are asked for when its end comes within 200 px, one request at a time, until all 100 are in.</p>
      <div class="flex flex-wrap items-center gap-3">
        <.button variant="secondary" id="toggle" phx-click="toggle">{if(@visible, do: "Hide feed", else: "Show feed")}</.button>
        <p id="count" class="text-sm text-slate-600 dark:text-slate-300">{"Showing #{@shown} of 100"}</p>
      </div>
      <div
        :if={@visible}
        id="feed"
        data-scroll-root
        role="region"
        aria-label="Posts"
        tabindex="0"
        class="h-72 overflow-y-auto rounded-md border border-slate-200 p-2 dark:border-slate-700"
      >
        <ol id="posts" phx-update="stream" class="grid gap-1 text-sm">
          <li
            :for={{dom_id, post} <- @streams.posts}
            id={dom_id}
            class="rounded bg-slate-50 px-2 py-3 dark:bg-slate-900"
          >{post[:title]}</li>
        </ol>
        <div
          :if={@failed}
          id="load-error"
          role="alert"
          class="flex flex-wrap items-center gap-3 p-2 text-sm text-red-700 dark:text-red-300"
        >
          <p class="flex-1">The next posts could not be loaded.</p>
          <.button variant="secondary" id="retry" phx-click="load_more">Retry loading</.button>
        </div>
        <%= if @more && !@failed do %>
          <div
            id="sentinel"
            phx-hook=".InfiniteScroll"
            data-event="load_more"
            data-margin="200"
            class="flex items-center gap-2 p-2 text-sm text-slate-600 dark:text-slate-300"
          ><.spinner label={nil} class="size-4" />Loading more posts...</div>
        <% else %>
          <p
            :if={!@more}
            id="end"
            role="status"
            class="p-2 text-sm text-slate-600 dark:text-slate-300"
          >You have reached the end: all 100 posts.</p>
        <% end %>
      </div>
      <script :type={Phoenix.LiveView.ColocatedHook} name=".InfiniteScroll">
        // InfiniteScroll: the hooked sentinel, at the end of a scrolling list ([data-scroll-root]
        // around it, else the viewport), pushes data-event when it comes within data-margin px
        // (200) of the visible area. One request at a time: the next waits for the reply, and is
        // sent then if a fresh observation finds the sentinel still near. Removing the sentinel (the end of the list, or
        // the list itself) destroys the hook, which disconnects its observer.
        export default {
          mounted() {
            this.near = false
            this.pending = false
            this.load = () => {
              if (this.pending || !this.near) return
              this.pending = true
              this.pushEvent(this.el.dataset.event, {}, () => { this.pending = false; this.look() })
            }
            // Observing anew reports where the sentinel is now (after the new page moved it),
            // so the next request never goes on a stale "near".
            this.look = () => { this.observer.unobserve(this.el); this.observer.observe(this.el) }
            this.observer = new IntersectionObserver((entries) => {
              this.near = entries[entries.length - 1].isIntersecting
              this.load()
            }, {root: this.el.closest("[data-scroll-root]"), rootMargin: `${Number(this.el.dataset.margin || 200)}px`})
            this.observer.observe(this.el)
          },
          // A reply lost with the connection never comes: the rejoin frees the next request.
          reconnected() {
            this.pending = false
            this.look()
          },
          destroyed() {
            this.observer.disconnect()
          }
        }
      </script>
    </div>
    """
  end
end
