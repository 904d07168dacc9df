# config.exs and test.exs of `mix phx.new shop_floor`, in one file (the app only runs tests).
import Config

config :shop_floor, ShopFloorWeb.Endpoint,
  url: [host: "localhost"],
  adapter: Phoenix.Endpoint.Cowboy2Adapter,
  render_errors: [formats: [html: ShopFloorWeb.ErrorHTML], layout: false],
  pubsub_server: ShopFloor.PubSub,
  live_view: [signing_salt: "rtuxaddsalt"],
  secret_key_base: "rtux-add-test-secret-key-base-0123456789abcdefghijklmnopqrstuvwxyz0123456789",
  server: false

config :phoenix, :json_library, Jason
config :phoenix, :plug_init_mode, :runtime
config :logger, level: :warning
config :phoenix_live_view, enable_expensive_runtime_checks: true
