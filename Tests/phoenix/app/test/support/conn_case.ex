defmodule ShopFloorWeb.ConnCase do
  @moduledoc "Tests that need a connection, as phx.new (without Ecto) writes it."
  use ExUnit.CaseTemplate

  using do
    quote do
      @endpoint ShopFloorWeb.Endpoint

      use ShopFloorWeb, :verified_routes

      import Plug.Conn
      import Phoenix.ConnTest
      import ShopFloorWeb.ConnCase
    end
  end

  setup _tags do
    {:ok, conn: Phoenix.ConnTest.build_conn()}
  end
end
