defmodule ShopFloorWeb.Layouts do
  @moduledoc "The root layout (phx.new keeps it in layouts/root.html.heex)."
  use ShopFloorWeb, :html

  def root(assigns) do
    ~H"""
    <!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="csrf-token" content={get_csrf_token()} />
        <title>Shop floor</title>
      </head>
      <body>
        {@inner_content}
      </body>
    </html>
    """
  end
end
