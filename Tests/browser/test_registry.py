"""The registry `rtux build` writes (issue 15, docs/registry.md): output/r/index.json and one
r/<name>.json per component and demo. Each validates against the schema checked in under
docs/, and every files[].content is exactly what `rtux snippet` prints for that format."""

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
