# The app's supervision tree, as application.ex would start it (Presence included: the demo
# tests then use the app's, as in an app whose application.ex runs it); each demo's Store is
# started per test (MyAppWeb.RealtimeDemoCase), so one test's deletes never leak into the next.
# The demo tests and their case template are rtux add's (Sources/Install/DemoTests), copied
# here by Tests/phoenix/run.sh; the case template sits in test/support as in the app.
{:ok, _} = Phoenix.PubSub.Supervisor.start_link(name: MyApp.PubSub)
{:ok, _} = Supervisor.start_link([MyAppWeb.Presence], strategy: :one_for_one)
{:ok, _} = MyAppWeb.Endpoint.start_link()
Code.require_file("support/realtime_demo_case.ex", __DIR__)
ExUnit.start()
