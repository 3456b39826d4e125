"""Generate the commented example config and the JSON schema from the models.

Both come from :meth:`Settings.model_json_schema`, so descriptions and defaults are written
once, in :mod:`config.models`. ``python -m config.example`` rewrites ``config/example.yaml``
and ``config/schema.json``; a test fails when the committed files are out of date.

The example is written as text, not through a YAML library: JSON scalars and lists are valid
YAML, and writing it by hand keeps the comments where a person reads them.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from config.models import Settings

HERE = Path(__file__).resolve().parent
EXAMPLE_PATH = HERE / "example.yaml"
SCHEMA_PATH = HERE / "schema.json"
REQUIRED_MARK = "# REQUIRED, e.g. "
"""Placed after each value the user must fill in; the value itself is ``null`` until then."""

_HEADER = """\
# interview-followup configuration.
#
# Generated from config/models.py by `python -m config.example`: every key with its default
# and what it means. Fill in the values marked REQUIRED, delete what you do not need.
# Relative paths are relative to this file's folder; ~ means your home folder.
# Durations are written like "24h", "1d 12h" or "90m"; times of day like "09:00".
"""


def json_schema() -> dict[str, Any]:
    """The JSON schema of the config file (for editors and validation elsewhere)."""
    schema = Settings.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "interview-followup configuration"
    return schema


def example_yaml() -> str:
    """The commented example config: every key, its default and its description."""
    schema = json_schema()
    lines = _HEADER.splitlines()
    _render_object(schema, schema["$defs"], 0, lines)
    return "\n".join(lines) + "\n"


def _render_object(node: dict[str, Any], defs: dict[str, Any], indent: int, out: list[str]) -> None:
    required = set(node.get("required", []))
    for key, prop in node.get("properties", {}).items():
        if indent == 0:
            out.append("")
        pad = " " * indent
        for line in textwrap.wrap(prop.get("description", ""), width=96 - indent):
            out.append(f"{pad}# {line}")
        ref = prop.get("$ref")
        if ref is not None:
            out.append(f"{pad}{key}:")
            _render_object(defs[ref.rsplit("/", 1)[-1]], defs, indent + 2, out)
            continue
        if key in required or prop.get("x-fill-in"):
            example = json.dumps(prop["examples"][0]) if prop.get("examples") else "..."
            out.append(f"{pad}{key}: null  {REQUIRED_MARK}{example}")
        else:
            out.append(f"{pad}{key}: {json.dumps(prop.get('default'), ensure_ascii=False)}")


def write_files() -> list[Path]:
    """Rewrite ``config/example.yaml`` and ``config/schema.json``; return their paths."""
    EXAMPLE_PATH.write_text(example_yaml(), encoding="utf-8")
    SCHEMA_PATH.write_text(json.dumps(json_schema(), indent=2) + "\n", encoding="utf-8")
    return [EXAMPLE_PATH, SCHEMA_PATH]


if __name__ == "__main__":
    for written in write_files():
        sys.stdout.write(f"wrote {written}\n")
