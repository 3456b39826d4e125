"""Find, read and validate the config file. The only code in the product that touches YAML.

Every problem comes back at once as :class:`ConfigInvalid`, one line per problem, each starting
with its key path (``followup.delay: invalid duration "2x" ...``). No traceback and no raw
pydantic text ever reaches the user.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from config.models import Settings, cross_section_problems

APP_DIR = "interview-followup"


class ConfigInvalid(Exception):
    """The config file is missing, unreadable or invalid. ``problems`` has one line each."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        # One line each, whatever the source of the text (YAML errors span several lines).
        self.problems = [" ".join(problem.split()) for problem in problems]
        super().__init__(f"{path}: " + "; ".join(self.problems))


ConfigProblem = ConfigInvalid
"""Alias: the brief and older callers use either name."""


def find_config_path(explicit: Path | None, env: Mapping[str, str]) -> Path:
    """The config file to use: ``--config``, else ``$FOLLOWUP_CONFIG``, else the XDG default.

    The XDG default is ``$XDG_CONFIG_HOME/interview-followup/config.yaml`` with
    ``XDG_CONFIG_HOME`` defaulting to ``~/.config``. The file need not exist.
    """
    if explicit is not None:
        return explicit.expanduser()
    from_env = env.get("FOLLOWUP_CONFIG")
    if from_env:
        return Path(from_env).expanduser()
    config_home = env.get("XDG_CONFIG_HOME") or "~/.config"
    return Path(config_home).expanduser() / APP_DIR / "config.yaml"


class _YamlLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars.

    PyYAML follows YAML 1.1, where ``18:00`` is the integer 1080 (base 60) and ``no``/``off``
    are booleans. A config full of clock times must not be bitten by that, so only
    ``true``/``false`` are booleans and numbers are plain decimal here.
    """


_REDEFINED = ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _REDEFINED]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")
)


def _decimal_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    # PyYAML reads "010" as octal 8 (YAML 1.1); in YAML 1.2 and to people it is 10.
    text = str(loader.construct_scalar(node))
    try:
        return int(text.replace("_", ""), 10)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None, None, f"not a decimal integer: {text!r}", node.start_mark
        ) from None


_YamlLoader.add_constructor("tag:yaml.org,2002:int", _decimal_int)
_YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)


def parse_yaml(text: str, path: Path) -> Any:
    """Parse YAML text; raise :class:`ConfigInvalid` with the line number on a syntax error."""
    try:
        return yaml.load(text, Loader=_YamlLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown line"
        what = exc.problem or exc.context or "syntax error"
        raise ConfigInvalid(path, [f"not valid YAML ({where}): {what}"]) from None
    except yaml.YAMLError as exc:  # ReaderError (control characters) has no line mark
        raise ConfigInvalid(path, [f"not valid YAML: {exc}"]) from None


def load_settings(path: Path, env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate the config file at ``path``.

    Relative paths in the file are resolved against the file's folder and ``~`` is expanded.
    ``env`` (default: ``os.environ``) supplies ``XDG_STATE_HOME`` for the default ledger path.
    Raises :class:`ConfigInvalid` listing every problem found.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigInvalid(
            path, ["file not found (run `followup init` to write an example config)"]
        ) from None
    except IsADirectoryError:
        raise ConfigInvalid(path, ["is a folder, not a config file"]) from None
    except UnicodeDecodeError:
        raise ConfigInvalid(path, ["cannot be read: not UTF-8 text"]) from None
    except OSError as exc:
        raise ConfigInvalid(path, [f"cannot be read: {exc.strerror or exc}"]) from None

    data = parse_yaml(text, path)
    if data is None:
        data = {}  # an empty file: report the missing required sections, not "not a mapping"
    if not isinstance(data, dict):
        raise ConfigInvalid(
            path, [f"top level must be a mapping of keys (found {type(data).__name__})"]
        )
    broken = _lone_surrogates(data, "")
    if broken:
        # YAML lets "\\ud800" escapes through as lone surrogates; pydantic then fails while
        # encoding its own message, so report them here, with their key paths.
        raise ConfigInvalid(path, [f"{key}: text is not valid Unicode" for key in broken])
    context = {"base_dir": path.resolve().parent, "env": os.environ if env is None else env}
    try:
        return Settings.model_validate(data, context=context)
    except ValidationError as exc:
        problems = format_errors(exc.errors(include_url=False))
        problems += [line for line in _raw_cross_section_problems(data) if line not in problems]
        raise ConfigInvalid(path, problems) from None


def _lone_surrogates(value: object, key: str) -> list[str]:
    """Key paths of strings (keys or values) that hold lone UTF-16 surrogates."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [key or "(top level)"]
        return []
    if isinstance(value, dict):
        found: list[str] = []
        for k, v in value.items():
            child = f"{key}.{k}" if key else str(k)
            found += _lone_surrogates(k, key) + _lone_surrogates(v, child)
        return found
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _lone_surrogates(v, f"{key}[{i}]")]
    return []


def _raw_cross_section_problems(data: dict[Any, Any]) -> list[str]:
    """The cross-section checks on the unvalidated file, for when other keys failed."""
    mailbox = data.get("mailbox")
    google = data.get("google")
    if not isinstance(mailbox, dict) or (google is not None and not isinstance(google, dict)):
        return []  # the shape problem is reported already
    maildir = mailbox.get("maildir") or {}
    return cross_section_problems(
        mailbox.get("provider", "maildir"),
        has_client_secrets=bool((google or {}).get("client_secrets_file")),
        has_inbox=isinstance(maildir, dict) and bool(maildir.get("inbox")),
    )


def format_errors(errors: list[ErrorDetails]) -> list[str]:
    """Turn pydantic's error list into one ``key.path: reason`` line per problem."""
    lines: list[str] = []
    for error in errors:
        key = _key_path(error["loc"])
        for reason in _reason(error).splitlines():
            # Cross-section checks already start with their own key path.
            lines.append(f"{key}: {reason}" if key else reason)
    return lines


def _key_path(loc: tuple[int | str, ...]) -> str:
    key = ""
    for part in loc:
        if isinstance(part, int):
            key += f"[{part}]"
        else:
            key += f".{part}" if key else part
    return key


def _reason(error: ErrorDetails) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "field required"
    if kind == "value_error":
        # Our own validators: the message is written for people already.
        ctx = error.get("ctx") or {}
        return str(ctx.get("error", error["msg"]))
    if kind == "model_type" or kind == "dict_type":
        return f"must be a mapping of keys (found {_describe(error.get('input'))})"
    if kind == "list_type":
        return f"must be a list (found {_describe(error.get('input'))})"
    if error.get("input", "") is None and kind.endswith("_type"):
        return "value required (found nothing)"
    message = error["msg"]
    # pydantic phrases like "Input should be a valid integer": keep them, lower-cased, plus
    # the offending value so the user can find it.
    reason = message[0].lower() + message[1:] if message else kind
    value = error.get("input")
    if isinstance(value, str | int | float | bool) and not isinstance(value, dict):
        reason += f" (got {value!r})"
    return reason


def _describe(value: object) -> str:
    if value is None:
        return "nothing"
    return {
        str: "text",
        int: "a number",
        float: "a number",
        list: "a list",
        bool: "true/false",
    }.get(type(value), type(value).__name__)
