defmodule ShopFloorWeb.ErrorHTML do
  @moduledoc "Error pages as phx.new writes them: the status message, no templates."
  use ShopFloorWeb, :html

  def render(template, _assigns), do: Phoenix.Controller.status_message_from_template(template)
end
