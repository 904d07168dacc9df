defmodule RtuxCheck.HTMLNormal do
  @moduledoc """
  HTML compared as trees, not bytes: both sides parsed by LazyHTML (the parser
  LiveViewTest uses), whitespace runs collapsed and whitespace-only text dropped,
  attributes sorted, and `class` compared as a token list (H2). LiveViewTest's own
  marker on stream children (`data-phx-stream`) is dropped: the browser never sees it.
  """

  @doc "The normal form of an HTML fragment."
  def normal(html) when is_binary(html) do
    html |> LazyHTML.from_fragment() |> LazyHTML.to_tree() |> nodes()
  end

  @doc "The normal form printed back as one HTML string, for readable failures."
  def pretty(html), do: html |> normal() |> LazyHTML.Tree.to_html()

  defp nodes(list), do: list |> Enum.flat_map(&normal_node/1)

  defp normal_node({:comment, _}), do: []

  defp normal_node({tag, attrs, children}) do
    attrs =
      attrs
      |> Enum.map(fn
        {"class", v} -> {"class", v |> String.split() |> Enum.join(" ")}
        {k, v} -> {k, v}
      end)
      |> Enum.reject(fn {k, v} -> (k == "class" and v == "") or k == "data-phx-stream" end)
      |> Enum.sort()

    [{tag, attrs, nodes(children)}]
  end

  defp normal_node(text) when is_binary(text) do
    case text |> String.split() |> Enum.join(" ") do
      "" -> []
      t -> [t]
    end
  end
end
