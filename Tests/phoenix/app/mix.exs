# The app `rtux add` writes into (Tests/phoenix/add_app.sh): shaped as `mix phx.new shop_floor
# --no-ecto --no-gettext --no-mailer --no-dashboard` writes mix.exs, with the vendored sources
# as path dependencies (no Hex) and without the dev-only tools (esbuild, tailwind, live reload).
defmodule ShopFloor.MixProject do
  use Mix.Project

  def project do
    [
      app: :shop_floor,
      version: "0.1.0",
      elixir: "~> 1.14",
      elixirc_paths: elixirc_paths(Mix.env()),
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      compilers: [:phoenix_live_view] ++ Mix.compilers()
    ]
  end

  def application do
    [
      mod: {ShopFloor.Application, []},
      extra_applications: [:logger, :runtime_tools]
    ]
  end

  defp elixirc_paths(:test), do: ["lib", "test/support"]
  defp elixirc_paths(_), do: ["lib"]

  defp deps do
    [
      {:phoenix, path: "../src/phoenix"},
      {:phoenix_html, path: "../src/phoenix_html"},
      {:phoenix_live_view, path: "../src/phoenix_live_view"},
      {:lazy_html, path: "../src/lazy_html", only: :test},
      {:phoenix_template, path: "../src/phoenix_template"},
      {:phoenix_pubsub, path: "../src/phoenix_pubsub"},
      {:plug, path: "../src/plug"},
      {:plug_crypto, path: "../src/plug_crypto"},
      {:mime, path: "../src/mime"},
      {:telemetry, path: "../src/telemetry"},
      {:websock, path: "../src/websock"},
      {:websock_adapter, path: "../src/websock_adapter"},
      {:jason, path: "../src/jason"}
    ]
  end
end
