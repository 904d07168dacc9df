defmodule MyAppWeb.Layouts do
  @moduledoc "The root layout: the document around every demo (phx.new keeps it in root.html.heex)."
  use MyAppWeb, :html

  def root(assigns) do
    ~H"""
    <!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="csrf-token" content={get_csrf_token()} />
        <title>rtux demo</title>
      </head>
      <body>
        {@inner_content}
      </body>
    </html>
    """
  end
end
