defmodule MyAppWeb.FeedWindowLive.Store do
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
      %{id: "100", title: "Post 100"},
      %{id: "101", title: "Post 101"},
      %{id: "102", title: "Post 102"},
      %{id: "103", title: "Post 103"},
      %{id: "104", title: "Post 104"},
      %{id: "105", title: "Post 105"},
      %{id: "106", title: "Post 106"},
      %{id: "107", title: "Post 107"},
      %{id: "108", title: "Post 108"},
      %{id: "109", title: "Post 109"},
      %{id: "110", title: "Post 110"},
      %{id: "111", title: "Post 111"},
      %{id: "112", title: "Post 112"},
      %{id: "113", title: "Post 113"},
      %{id: "114", title: "Post 114"},
      %{id: "115", title: "Post 115"},
      %{id: "116", title: "Post 116"},
      %{id: "117", title: "Post 117"},
      %{id: "118", title: "Post 118"},
      %{id: "119", title: "Post 119"},
      %{id: "120", title: "Post 120"},
      %{id: "121", title: "Post 121"},
      %{id: "122", title: "Post 122"},
      %{id: "123", title: "Post 123"},
      %{id: "124", title: "Post 124"},
      %{id: "125", title: "Post 125"},
      %{id: "126", title: "Post 126"},
      %{id: "127", title: "Post 127"},
      %{id: "128", title: "Post 128"},
      %{id: "129", title: "Post 129"},
      %{id: "130", title: "Post 130"},
      %{id: "131", title: "Post 131"},
      %{id: "132", title: "Post 132"},
      %{id: "133", title: "Post 133"},
      %{id: "134", title: "Post 134"},
      %{id: "135", title: "Post 135"},
      %{id: "136", title: "Post 136"},
      %{id: "137", title: "Post 137"},
      %{id: "138", title: "Post 138"},
      %{id: "139", title: "Post 139"},
      %{id: "140", title: "Post 140"},
      %{id: "141", title: "Post 141"},
      %{id: "142", title: "Post 142"},
      %{id: "143", title: "Post 143"},
      %{id: "144", title: "Post 144"},
      %{id: "145", title: "Post 145"},
      %{id: "146", title: "Post 146"},
      %{id: "147", title: "Post 147"},
      %{id: "148", title: "Post 148"},
      %{id: "149", title: "Post 149"},
      %{id: "150", title: "Post 150"},
      %{id: "151", title: "Post 151"},
      %{id: "152", title: "Post 152"},
      %{id: "153", title: "Post 153"},
      %{id: "154", title: "Post 154"},
      %{id: "155", title: "Post 155"},
      %{id: "156", title: "Post 156"},
      %{id: "157", title: "Post 157"},
      %{id: "158", title: "Post 158"},
      %{id: "159", title: "Post 159"},
      %{id: "160", title: "Post 160"},
      %{id: "161", title: "Post 161"},
      %{id: "162", title: "Post 162"},
      %{id: "163", title: "Post 163"},
      %{id: "164", title: "Post 164"},
      %{id: "165", title: "Post 165"},
      %{id: "166", title: "Post 166"},
      %{id: "167", title: "Post 167"},
      %{id: "168", title: "Post 168"},
      %{id: "169", title: "Post 169"},
      %{id: "170", title: "Post 170"},
      %{id: "171", title: "Post 171"},
      %{id: "172", title: "Post 172"},
      %{id: "173", title: "Post 173"},
      %{id: "174", title: "Post 174"},
      %{id: "175", title: "Post 175"},
      %{id: "176", title: "Post 176"},
      %{id: "177", title: "Post 177"},
      %{id: "178", title: "Post 178"},
      %{id: "179", title: "Post 179"},
      %{id: "180", title: "Post 180"},
      %{id: "181", title: "Post 181"},
      %{id: "182", title: "Post 182"},
      %{id: "183", title: "Post 183"},
      %{id: "184", title: "Post 184"},
      %{id: "185", title: "Post 185"},
      %{id: "186", title: "Post 186"},
      %{id: "187", title: "Post 187"},
      %{id: "188", title: "Post 188"},
      %{id: "189", title: "Post 189"},
      %{id: "190", title: "Post 190"},
      %{id: "191", title: "Post 191"},
      %{id: "192", title: "Post 192"},
      %{id: "193", title: "Post 193"},
      %{id: "194", title: "Post 194"},
      %{id: "195", title: "Post 195"},
      %{id: "196", title: "Post 196"},
      %{id: "197", title: "Post 197"},
      %{id: "198", title: "Post 198"},
      %{id: "199", title: "Post 199"},
      %{id: "200", title: "Post 200"}
    ]
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

defmodule MyAppWeb.FeedWindowLive do
  @moduledoc """
  Infinite scroll with a window: the `feed-window` demo as a LiveView.

  Generated by rtux from the definition that runs the gallery's demo
  (LiveView 1.1; licence MIT).
  """
  use MyAppWeb, :live_view

  # The kit's function components: the module `rtux snippet --all --format heex` prints.
  import RealtimeComponents

  alias MyAppWeb.FeedWindowLive.Store

  @impl true
  def mount(_params, _session, socket) do
    socket = assign(socket, top: 0, bottom: 0)
    page = Enum.slice(Store.get(:posts), socket.assigns.bottom, 20)
    socket =
      socket
      |> stream(:posts, page)
      |> assign(:bottom, socket.assigns.bottom + length(page))

    {:ok, socket}
  end

  @impl true
  def handle_event("next_page", %{"id" => id}, socket) do
    socket =
      if id == "posts-#{socket.assigns.bottom}" do
        page = Enum.slice(Store.get(:posts), socket.assigns.bottom, 20)
        socket =
          socket
          |> stream(:posts, page, limit: -60)
          |> assign(:bottom, socket.assigns.bottom + length(page))
        assign(socket, :top, if(socket.assigns.bottom - 60 > socket.assigns.top, do: socket.assigns.bottom - 60, else: socket.assigns.top))
      else
        socket
      end

    {:noreply, socket}
  end

  def handle_event("prev_page", %{"id" => id}, socket) do
    socket =
      if socket.assigns.top > 0 && id == "posts-#{socket.assigns.top + 1}" do
        page = Enum.slice(Store.get(:posts), socket.assigns.top - 20, 20)
        socket =
          socket
          |> stream(:posts, Enum.reverse(page), at: 0, limit: 60)
          |> assign(:top, socket.assigns.top - length(page))
        assign(socket, :bottom, if(socket.assigns.bottom > socket.assigns.top + 60, do: socket.assigns.top + 60, else: socket.assigns.bottom))
      else
        socket
      end

    {:noreply, socket}
  end

  @impl true
  def render(assigns) do
    ~H"""
    <div id="feed-window" class="grid gap-4">
      <h1 class="text-lg font-semibold">Infinite scroll with a window</h1>
      <p class="text-sm text-slate-600 dark:text-slate-300">Scroll either way through 200 posts. The page never holds more than 60: the next 20 come in at one end as 20 leave at the other.</p>
      <p id="window" role="status" class="text-sm text-slate-600 dark:text-slate-300">{"Posts #{@top + 1}–#{@bottom} of 200 on the page"}</p>
      <div
        id="feed"
        role="region"
        aria-label="Posts"
        tabindex="0"
        class="h-80 overflow-y-auto rounded-md border border-slate-200 p-2 dark:border-slate-700"
      >
        <p :if={@top > 0} id="earlier" class="p-2 text-sm text-slate-600 dark:text-slate-300">Earlier posts come back as you scroll up.</p>
        <p :if={!(@top > 0)} id="start" class="p-2 text-sm text-slate-600 dark:text-slate-300">The start of the feed.</p>
        <ol
          id="posts"
          phx-update="stream"
          phx-viewport-top={@top > 0 && "prev_page"}
          phx-viewport-bottom={@bottom < 200 && "next_page"}
          class="grid gap-1 text-sm"
        >
          <li
            :for={{dom_id, post} <- @streams.posts}
            id={dom_id}
            class="rounded bg-slate-50 px-2 py-3 dark:bg-slate-900"
          >{post[:title]}</li>
        </ol>
        <div
          :if={@bottom < 200}
          id="more"
          class="flex items-center gap-2 p-2 text-sm text-slate-600 dark:text-slate-300"
        ><.spinner label={nil} class="size-4" />More posts load as you scroll down.</div>
        <p
          :if={!(@bottom < 200)}
          id="end"
          role="status"
          class="p-2 text-sm text-slate-600 dark:text-slate-300"
        >You have reached the end: all 200 posts.</p>
      </div>
    </div>
    """
  end
end
