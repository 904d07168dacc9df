defmodule ShopFloorWeb.Endpoint do
  use Phoenix.Endpoint, otp_app: :shop_floor

  @session_options [store: :cookie, key: "_shop_floor_key", signing_salt: "rtuxadd", same_site: "Lax"]

  socket "/live", Phoenix.LiveView.Socket, websocket: [connect_info: [session: @session_options]]

  plug Plug.Session, @session_options
  plug ShopFloorWeb.Router
end
