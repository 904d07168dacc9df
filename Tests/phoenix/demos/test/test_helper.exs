# The app's supervision tree, as application.ex would start it; each demo's Store is
# started per test (DemoCase), so one test's deletes never leak into the next.
{:ok, _} = Phoenix.PubSub.Supervisor.start_link(name: MyApp.PubSub)
{:ok, _} = Supervisor.start_link([MyAppWeb.Presence], strategy: :one_for_one)
{:ok, _} = MyAppWeb.Endpoint.start_link()
Code.require_file("demo_case.exs", __DIR__)
ExUnit.start()
