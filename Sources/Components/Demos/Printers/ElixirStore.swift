import Markup

/// The Elixir meaning of a demo's store: a small versioned store on an `Agent`, so the
/// printed LiveView runs as it is; swap its calls for your Repo.
enum ElixirStore {
    /// `applyOnce`: the store function a demo with idempotency keys calls.
    static let applyOnce = """

          @doc \"\"\"
          Applies `fun` to record `name` and adds `key` to the list record `keys`, in one
          step, unless `key` is already there: `{:ok, new_value}`, or `:seen` and nothing
          changes. With a Repo: one transaction, the key in a table with a unique index on
          it (and a TTL longer than any client keeps a queue), so two processes sending the
          same key at once cannot both apply it.
          \"\"\"
          def apply_once(keys, key, name, fun) do
            Agent.get_and_update(__MODULE__, fn records ->
              {seen, keys_version} = Map.fetch!(records, keys)

              if key in seen do
                {:seen, records}
              else
                {value, version} = Map.fetch!(records, name)
                new_value = fun.(value)

                {{:ok, new_value},
                 records
                 |> Map.put(keys, {seen ++ [key], keys_version + 1})
                 |> Map.put(name, {new_value, version + 1})}
              end
            end)
          end

        """

    /// `fetch`: the read an `assign_async` task makes, which can fail (and a switch that makes it).
    static let fetch = """

          @doc \"\"\"
          A record's value as `{:ok, value}`, or `{:error, :unavailable}` while the record is
          marked unavailable: the answer a Repo gives when the database is down.
          \"\"\"
          def fetch(name) do
            Agent.get(__MODULE__, fn records ->
              if name in Map.get(records, {__MODULE__, :unavailable}, []),
                do: {:error, :unavailable},
                else: {:ok, records |> Map.fetch!(name) |> elem(0)}
            end)
          end

        """

    /// The switch that makes `fetch/1` (and, in a store whose writes can fail, `update/2`) fail.
    static func unavailableSwitch(_ uses: String) -> String {
        """

              @doc "Marks a record unavailable to \(uses) (or available again): the gallery's failure rate, as a switch."
              def unavailable(name, down? \\\\ true) do
                Agent.update(__MODULE__, fn records ->
                  Map.update(records, {__MODULE__, :unavailable}, (if down?, do: [name], else: []), fn names ->
                    if down?, do: Enum.uniq([name | names]), else: List.delete(names, name)
                  end)
                end)
              end

            """
    }

    static let update = """
          @doc "Applies `fun` to a record's value: `{:ok, new_value}` (a Repo may answer `{:error, reason}`)."
          def update(name, fun) do
            Agent.get_and_update(__MODULE__, fn records ->
              {value, version} = Map.fetch!(records, name)
              new_value = fun.(value)
              {{:ok, new_value}, Map.put(records, name, {new_value, version + 1})}
            end)
          end

        """

    /// `update/2` of a demo whose handlers take the write's `{:error, _}` path: it fails while
    /// the record is marked unavailable, so that a test can drive that path.
    static let failingUpdate = """
          @doc \"\"\"
          Applies `fun` to a record's value: `{:ok, new_value}`, or `{:error, :unavailable}` while
          the record is marked unavailable: the answer a Repo gives when the database is down.
          \"\"\"
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

        """

    static func module(_ name: String, records: [(String, AssignValue)], applyOnce: Bool = false, fetch: Bool = false,
                       failingWrites: Bool = false) -> String {
        let uses = [fetch ? "`fetch/1`" : nil, failingWrites ? "`update/2`" : nil].compactMap { $0 }.joined(separator: " and ")
        let initial = records.map { key, value -> String in
            guard case .list(let items) = value, !items.isEmpty else { return "  " + ElixirSyntax.key(key) + " " + ElixirSyntax.value(value) }
            return "  " + ElixirSyntax.key(key) + " [\n" + items.map { "    " + ElixirSyntax.value($0) }.joined(separator: ",\n") + "\n  ]"
        }.joined(separator: ",\n")
        return """
            defmodule \(name) do
              @moduledoc \"\"\"
              The demo's database: named records, each versioned from 1. Add it to your
              application's supervision tree, or replace its calls with your Repo.
              \"\"\"
              use Agent

              @initial %{
            \(initial.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
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

            \(failingWrites ? Self.failingUpdate : Self.update)
              @doc "Writes a record if `expected` is its current version (or nil): `{:ok, version}` or `{:error, :stale}`."
              def write(name, value, expected \\\\ nil) do
                Agent.get_and_update(__MODULE__, fn records ->
                  {_value, version} = Map.fetch!(records, name)

                  if expected in [nil, version] do
                    {{:ok, version + 1}, Map.put(records, name, {value, version + 1})}
                  else
                    {{:error, :stale}, records}
                  end
                end)
              end
            \(applyOnce ? Self.applyOnce : "")\(fetch ? Self.fetch : "")\(uses.isEmpty ? "" : Self.unavailableSwitch(uses))end

            """
    }
}
