defmodule ShopFloor.Application do
  # As phx.new writes it, less telemetry and DNS clustering.
  @moduledoc false
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Phoenix.PubSub, name: ShopFloor.PubSub},
      ShopFloorWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: ShopFloor.Supervisor)
  end
end
