# Issue 8, part 1: every story rendered by Phoenix equals rtux's HTML back-end (H1–H5).
defmodule RtuxCheck.StoriesTest do
  use ExUnit.Case, async: true
  import Phoenix.LiveViewTest
  alias RtuxCheck.HTMLNormal

  @dir Path.expand("../stories", __DIR__)

  test "there is a story for every component rtux lists" do
    assert length(RtuxCheck.Stories.all()) >= 60
  end

  for {base, name, fun} <- RtuxCheck.Stories.all() do
    @base base
    @fun fun
    test "#{base} (#{name}): Phoenix renders what rtux renders" do
      phoenix = rendered_to_string(apply(RtuxCheck.Stories, @fun, [%{}]))
      rtux = File.read!(Path.join(@dir, @base <> ".html"))

      assert HTMLNormal.normal(phoenix) == HTMLNormal.normal(rtux),
             "#{@base}: Phoenix and rtux differ\n--- Phoenix\n#{HTMLNormal.pretty(phoenix)}\n--- rtux\n#{HTMLNormal.pretty(rtux)}"
    end
  end
end
