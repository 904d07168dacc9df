# The minimal Phoenix 1.8 app the printed demo LiveViews run in (issue 8, part 2): what
# `mix phx.new` generates, less static files, telemetry and code reloading.
defmodule MyAppWeb.Endpoint do
  use Phoenix.Endpoint, otp_app: :demos_check

  @session_options [store: :cookie, key: "_demos_check_key", signing_salt: "rtuxdemo", same_site: "Lax"]

  socket "/live", Phoenix.LiveView.Socket, websocket: [connect_info: [session: @session_options]]

  plug Plug.Session, @session_options
  plug MyAppWeb.Router
end
