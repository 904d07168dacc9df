# The app's Phoenix.Presence (what `mix phx.gen.presence` writes): the printed demo LiveViews
# call MyAppWeb.Presence.track/4, update/4 and list/1 (L14).
defmodule MyAppWeb.Presence do
  use Phoenix.Presence, otp_app: :demos_check, pubsub_server: MyApp.PubSub
end
