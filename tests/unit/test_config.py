"""The config loader: valid files, every problem at once with key paths, path rules, XDG lookup."""

from __future__ import annotations

import json
import os
import re
from datetime import time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from config import ConfigInvalid, Settings, find_config_path, load_settings, parse_duration
from config.example import REQUIRED_MARK, example_yaml, json_schema
from config.loader import format_errors, parse_yaml

VALID = """\
user:
  name: Jane Doe
  email: Jane@Example.com
  timezone: Europe/Berlin
  signature: |
    Best,
    Jane
mailbox:
  maildir:
    inbox: Mail/INBOX
    ics_folder: ~/calendars
followup:
  delay: 1d 12h
  working_hours: {start: 08:30, end: 17:30}
  working_days: [Mon, tue]
"""


def write(tmp_path: Path, text: str, name: str = "config.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigInvalid) as info:
        load_settings(path, env={})
    assert info.value.path == path
    return info.value.problems


def test_valid_file_loads_with_defaults(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, VALID), env={"XDG_STATE_HOME": "/state"})
    assert settings.user.email == "jane@example.com"
    assert settings.user.signature == "Best,\nJane\n"
    assert settings.followup.delay == timedelta(days=1, hours=12)
    # 17:30 unquoted is base-60 integer 1050 in YAML 1.1; our loader keeps it a clock time.
    assert settings.followup.working_hours.end == time(17, 30)
    assert settings.followup.working_days == ["mon", "tue"]
    assert settings.followup.late_limit == timedelta(days=4)
    assert settings.google.calendar_ids == ["primary"]
    assert settings.ledger_path == Path("/state/interview-followup/ledger.sqlite3")


def test_paths_resolve_against_config_folder(tmp_path: Path) -> None:
    folder = tmp_path / "conf"
    folder.mkdir()
    settings = load_settings(write(folder, VALID), env={})
    maildir = settings.mailbox.maildir
    assert maildir.inbox == folder.resolve() / "Mail" / "INBOX"
    assert maildir.drafts == folder.resolve() / "Mail" / "Drafts"  # default: beside the inbox
    assert maildir.ics_folder == Path.home() / "calendars"
    assert settings.google.token_file == folder.resolve() / "google-token.json"
    assert settings.ledger_path == Path.home() / ".local/state/interview-followup/ledger.sqlite3"


def test_every_problem_reported_at_once_with_key_paths(tmp_path: Path) -> None:
    text = """\
user:
  name: Jane
  timezone: Mars/Base
  extra_emails: [ok@example.com, nope]
mailbox:
  mdir: x
  maildir: {inbox: Mail}
followup:
  delay: 2x
  late_limit: 24
  working_hours: {start: "18:00", end: "09:00"}
  max_words: lots
"""
    problems = problems_of(write(tmp_path, text))
    assert problems == [
        "user.email: field required",
        'user.extra_emails[1]: invalid e-mail address "nope"',
        'user.timezone: unknown time zone "Mars/Base" (use an IANA name like "Europe/Berlin")',
        "mailbox.mdir: unknown key",
        'followup.delay: invalid duration "2x" (unknown unit "x")',
        "followup.working_hours: end (09:00) must be after start (18:00)",
        'followup.late_limit: invalid duration 24 (write it as text, e.g. "24h")',
        "followup.max_words: input should be a valid integer, "
        "unable to parse string as an integer (got 'lots')",
    ]


def test_cross_field_checks(tmp_path: Path) -> None:
    text = "user: {name: J, email: j@example.com, timezone: UTC}\nmailbox: {provider: gmail}\n"
    assert problems_of(write(tmp_path, text)) == [
        'google.client_secrets_file: required when mailbox.provider is "gmail"'
    ]
    text = "user: {name: J, email: j@example.com, timezone: UTC}\nmailbox: {}\n"
    assert problems_of(write(tmp_path, text)) == [
        'mailbox.maildir.inbox: required when mailbox.provider is "maildir"'
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("user: [unclosed\n", r"^not valid YAML \(line 2, column 1\): "),
        ("- a\n- b\n", r"^top level must be a mapping of keys \(found list\)$"),
        ("user: x\nmailbox: 3\n", r"^user: must be a mapping of keys \(found text\)$"),
    ],
)
def test_unreadable_content_is_one_clear_problem(tmp_path: Path, text: str, expected: str) -> None:
    problems = problems_of(write(tmp_path, text))
    assert re.search(expected, problems[0]), problems


def test_missing_file(tmp_path: Path) -> None:
    problems = problems_of(tmp_path / "nope.yaml")
    assert problems == ["file not found (run `followup init` to write an example config)"]
    assert str(tmp_path / "nope.yaml") in str(ConfigInvalid(tmp_path / "nope.yaml", problems))


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_bytes(b"user: \xff\xfe\n")
    assert problems_of(path) == ["cannot be read: not UTF-8 text"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    path.chmod(0)
    assert problems_of(path)[0].startswith("cannot be read: ")


def test_config_path_precedence(tmp_path: Path) -> None:
    env = {"FOLLOWUP_CONFIG": "/env/c.yaml", "XDG_CONFIG_HOME": "/xdg"}
    assert find_config_path(Path("/cli/c.yaml"), env) == Path("/cli/c.yaml")
    assert find_config_path(None, env) == Path("/env/c.yaml")
    assert find_config_path(None, {"XDG_CONFIG_HOME": "/xdg"}) == Path(
        "/xdg/interview-followup/config.yaml"
    )
    assert find_config_path(None, {}) == Path.home() / ".config/interview-followup/config.yaml"
    assert find_config_path(None, {"FOLLOWUP_CONFIG": ""}) == (
        Path.home() / ".config/interview-followup/config.yaml"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", timedelta(hours=24)),
        ("1d 12h", timedelta(days=1, hours=12)),
        ("90m", timedelta(minutes=90)),
        ("1.5 hours", timedelta(minutes=90)),
        ("2w, 1d", timedelta(days=15)),
        ("0s", timedelta(0)),
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "2x", "24", "h", "1h 2h", "1h-", "-1h", "1d12"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match=r"^invalid duration "):
        parse_duration(text)


def test_committed_example_and_schema_are_up_to_date() -> None:
    folder = Path(__file__).resolve().parents[2] / "config"
    hint = "run `python -m config.example` and commit the result"
    assert (folder / "example.yaml").read_text(encoding="utf-8") == example_yaml(), hint
    assert json.loads((folder / "schema.json").read_text(encoding="utf-8")) == json_schema(), hint


def test_example_loads_once_required_values_are_filled(tmp_path: Path) -> None:
    text = example_yaml()
    unfilled = write(tmp_path, text, "unfilled.yaml")
    assert problems_of(unfilled) == [
        "user.name: value required (found nothing)",
        "user.email: value required (found nothing)",
        "user.timezone: value required (found nothing)",
        'mailbox.maildir.inbox: required when mailbox.provider is "maildir"',
    ]
    filled = re.sub(rf"null  {re.escape(REQUIRED_MARK)}(.*)$", r"\1", text, flags=re.M)
    settings = load_settings(write(tmp_path, filled), env={})
    assert settings.user.timezone == "Europe/Berlin"
    defaults = Settings.model_validate(
        {"user": {"name": "J", "email": "j@x.org", "timezone": "UTC"},
         "mailbox": {"maildir": {"inbox": "/m"}}}
    )  # fmt: skip
    # The example's defaults are the model's defaults.
    assert settings.followup == defaults.followup


def test_format_errors_never_empty_for_unknown_types() -> None:
    try:
        Settings.model_validate({"user": 1, "mailbox": {"provider": "imap"}})
    except Exception as exc:  # pydantic.ValidationError
        lines = format_errors(exc.errors(include_url=False))  # type: ignore[attr-defined]
    assert "mailbox.provider: input should be 'maildir' or 'gmail' (got 'imap')" in lines
    assert all(": " in line for line in lines)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=200))
def test_any_text_gives_settings_or_config_invalid(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    try:
        load_settings(path, env={})
    except ConfigInvalid as exc:
        assert exc.problems and all(line and "\n" not in line for line in exc.problems)


@given(text=st.text(max_size=30))
def test_parse_duration_only_raises_value_error(text: str) -> None:
    try:
        assert parse_duration(text) >= timedelta(0)
    except ValueError as exc:
        assert str(exc).startswith("invalid duration ")


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["name", "inbox", "delay", "x", "start"]), inner, max_size=3
        )
    ),
    max_leaves=10,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.dictionaries(st.sampled_from(["user", "mailbox", "followup", "ledger"]), _json))
def test_any_structure_gives_key_path_problems(tmp_path: Path, data: dict[str, object]) -> None:
    path = write(tmp_path, json.dumps(data))  # JSON is YAML
    try:
        load_settings(path, env={})
    except ConfigInvalid as exc:
        assert exc.problems
        for line in exc.problems:
            assert re.match(r"^[a-z_]+(\.[a-z_]+|\[\d+\])*: \S", line), line


def test_yaml_scalars_follow_yaml_1_2(tmp_path: Path) -> None:
    # YAML 1.1 (PyYAML's default) would make 18:00 the number 1080, "no" false, 010 octal 8.
    text = "a: 18:00\nb: no\nc: 010\nd: 1e3\ne: true\n"
    assert parse_yaml(text, tmp_path / "c.yaml") == {
        "a": "18:00",
        "b": "no",
        "c": 10,
        "d": 1000.0,
        "e": True,
    }
