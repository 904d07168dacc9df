"""The registry `rtux build` writes (issue 15, docs/registry.md): output/r/index.json and one
r/<name>.json per component and demo. Each validates against the schema checked in under
docs/, every files[].content is exactly what `rtux snippet` prints for that format, and a
demo's registry:test files are its test and case template from Sources/Install/DemoTests."""

import json
import os
import subprocess

import jsonschema
import pytest

from helpers import REPO_ROOT

RTUX = os.environ.get("RTUX", str(REPO_ROOT / ".build/debug/rtux"))
ITEM_SCHEMA = json.loads((REPO_ROOT / "docs/registry-item.schema.json").read_text())
INDEX_SCHEMA = json.loads((REPO_ROOT / "docs/registry.schema.json").read_text())
FORMAT_OF_TYPE = {"registry:component": "heex", "registry:page": "elixir", "registry:hook": "js", "registry:style": "css"}
DEMO_TESTS = REPO_ROOT / "Sources/Install/DemoTests"


def snippet_list():
    out = subprocess.run([RTUX, "snippet", "--list"], check=True, capture_output=True, text=True).stdout
    return [line.split("\t")[:2] for line in out.splitlines()]


@pytest.fixture(scope="module")
def registry(output_dir):
    folder = output_dir / "r"
    index = json.loads((folder / "index.json").read_text())
    return index, {item["name"]: json.loads((folder / f"{item['name']}.json").read_text()) for item in index["items"]}


def test_the_schemas_are_valid_json_schemas():
    jsonschema.Draft202012Validator.check_schema(ITEM_SCHEMA)
    jsonschema.Draft202012Validator.check_schema(INDEX_SCHEMA)


def test_the_index_validates_and_lists_every_component_and_demo(registry):
    index, items = registry
    jsonschema.validate(index, INDEX_SCHEMA, cls=jsonschema.Draft202012Validator)
    kinds = {"component": "registry:component", "demo": "registry:block"}
    assert [(i["name"], i["type"]) for i in index["items"]] == [(name, kinds[kind]) for name, kind in snippet_list()]


def test_every_item_validates_and_its_dependencies_are_items(registry):
    _, items = registry
    for name, item in items.items():
        jsonschema.validate(item, ITEM_SCHEMA, cls=jsonschema.Draft202012Validator)
        assert item["name"] == name
        for dependency in item["registryDependencies"]:
            assert items[dependency]["type"] == "registry:component", (name, dependency)


def test_every_file_is_what_rtux_snippet_prints(registry):
    _, items = registry
    for name, item in items.items():
        for file in item["files"]:
            if file["type"] == "registry:test":
                continue  # not a snippet: test_every_demo_lists_its_test_and_the_case_template
            fmt = FORMAT_OF_TYPE[file["type"]]
            printed = subprocess.run([RTUX, "snippet", name, "--format", fmt], check=True, capture_output=True, text=True).stdout
            assert file["content"] == printed, (name, fmt)
        styles = [f["content"] for f in item["files"] if f["type"] == "registry:style"]
        assert item["css"] == (styles[0] if styles else "")


def test_a_broken_item_fails_the_schema(registry):
    """The check can fail: an unknown file type and a missing content are both rejected."""
    _, items = registry
    broken = json.loads(json.dumps(items["spinner"]))
    broken["files"][0]["type"] = "registry:widget"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, ITEM_SCHEMA, cls=jsonschema.Draft202012Validator)
    del broken["files"][0]["content"]
    broken["files"][0]["type"] = "registry:component"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, ITEM_SCHEMA, cls=jsonschema.Draft202012Validator)


def test_every_demo_lists_its_test_and_the_case_template(registry):
    _, items = registry
    template = (DEMO_TESTS / "realtime_demo_case.ex").read_text()
    for name, item in items.items():
        tests = [f for f in item["files"] if f["type"] == "registry:test"]
        if item["type"] != "registry:block":
            assert tests == [], name
            continue
        underscored = name.replace("-", "_")
        assert [f["target"] for f in tests] == [f"test/{{{{web_dir}}}}/live/{underscored}_live_test.exs", "test/support/realtime_demo_case.ex"], name
        assert tests[0]["content"] == (DEMO_TESTS / f"{underscored}_test.exs").read_text(), name
        assert tests[1]["content"] == template, name
        assert "lazy_html@>= 0.1.0" in item["dependencies"], name


def test_a_target_outside_the_app_fails_the_schema(registry):
    _, items = registry
    for target in ["../outside.exs", "test/../../x.exs", "/etc/x.exs", "priv/x.exs"]:
        broken = json.loads(json.dumps(items["undo-buffer"]))
        broken["files"][0]["target"] = target
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, ITEM_SCHEMA, cls=jsonschema.Draft202012Validator)
