"""The configuration schema: pydantic models, one per YAML section.

Every model forbids unknown keys (a typo must be reported, not ignored) and every field has a
description: :mod:`config.example` turns them into the commented example config and the JSON
schema, so this file is the single source of truth for both.

Paths: a relative path is resolved against the folder of the config file and ``~`` is
expanded. The loader passes that folder as the validation context ``{"base_dir": Path}``;
without a context (example generation) paths are only ``~``-expanded.
"""

from __future__ import annotations

import os
from datetime import time, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

from config.durations import DURATION_PATTERN, format_duration, parse_duration

# --- field types --------------------------------------------------------------------------


def _duration(value: object) -> timedelta:
    # Only strings (and timedelta, for defaults and code): a bare YAML number like 24 would be
    # read by pydantic as seconds, which is never what a person writing "delay: 24" meant.
    if isinstance(value, timedelta):
        return value
    if isinstance(value, str):
        return parse_duration(value)
    raise ValueError(f'invalid duration {value!r} (write it as text, e.g. "24h")')


Duration = Annotated[
    timedelta,
    PlainValidator(_duration),
    PlainSerializer(format_duration, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": DURATION_PATTERN}),
]
"""A duration written like ``"24h"``, ``"1d 12h"`` or ``"90m"``."""


def _resolve_path(value: Path, info: ValidationInfo) -> Path:
    expanded = value.expanduser()
    context = info.context if isinstance(info.context, dict) else {}
    base_dir = context.get("base_dir")
    if isinstance(base_dir, Path) and not expanded.is_absolute():
        return base_dir / expanded
    return expanded


ConfigPath = Annotated[Path, AfterValidator(_resolve_path)]
"""A file-system path; relative to the config file's folder, ``~`` expanded."""


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f'unknown time zone "{value}" (use an IANA name like "Europe/Berlin")'
        ) from None
    return value


TimeZoneName = Annotated[str, AfterValidator(_timezone)]


def _email(value: str) -> str:
    # A light shape check, not RFC 5322: pydantic's EmailStr needs the extra email-validator
    # package (DNS-aware, stricter than we need); this catches typos like a missing "@".
    address = value.strip().lower()
    local, _, domain = address.partition("@")
    if not local or "." not in domain or any(c.isspace() for c in address) or "@" in domain:
        raise ValueError(f'invalid e-mail address "{value}"')
    return address


EmailAddress = Annotated[str, AfterValidator(_email)]


def _clock(value: object) -> object:
    # "HH:MM" only; pydantic's own time parsing would also take seconds, offsets, numbers.
    if isinstance(value, time):
        return value
    if isinstance(value, str):
        hours, sep, minutes = value.strip().partition(":")
        digits = sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2
        if digits and int(hours) < 24 and int(minutes) < 60:
            return time(int(hours), int(minutes))
    raise ValueError(f'invalid time {value!r} (use "HH:MM", e.g. "09:00")')


ClockTime = Annotated[
    time,
    BeforeValidator(_clock),
    PlainSerializer(lambda t: t.strftime("%H:%M"), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,2}:\d{2}$"}),
]


def _url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f'invalid URL "{value}" (expected http:// or https://)')
    return value


HttpUrlText = Annotated[str, AfterValidator(_url)]

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


# --- sections ------------------------------------------------------------------------------


class _Section(BaseModel):
    # Defaults are written as the user would write them ("24h", "09:00") and validated like
    # input (``validate_default``), so the JSON schema and the example show them verbatim.
    # Sections left out of the file default to ``{}`` validated like written input
    # (``validate_default``), so their relative paths resolve against the config folder too.
    model_config = ConfigDict(extra="forbid", frozen=True)


def _example(value: Any) -> dict[str, Any]:
    """Mark a field that the generated example config leaves for the user to fill in."""
    return {"examples": [value], "x-fill-in": True}


class UserSettings(_Section):
    """Who the job seeker is: used to recognise their own mail and to sign drafts."""

    name: str = Field(
        description="Your name as it should appear in the signature of drafts.",
        min_length=1,
        json_schema_extra=_example("Jane Doe"),
    )
    email: EmailAddress = Field(
        description="Your main e-mail address (the mailbox that receives the interview mail).",
        json_schema_extra=_example("jane@example.com"),
    )
    extra_emails: list[EmailAddress] = Field(
        default=[],
        description="Other addresses of yours (aliases, forwarding), never addressed in drafts.",
    )
    timezone: TimeZoneName = Field(
        description="Your IANA time zone, e.g. Europe/Berlin; drafts fall due in your hours.",
        json_schema_extra=_example("Europe/Berlin"),
    )
    signature: str = Field(
        default="",
        description="Text under each draft (several lines allowed). Empty: just your name.",
    )
    why_interested: str | None = Field(
        default=None,
        description="Optional sentence on why you want the job; drafts may reuse it.",
    )


class MaildirSettings(_Section):
    """Paths of a local Maildir mailbox (mbsync/offlineimap/mutt/aerc/notmuch layouts)."""

    inbox: ConfigPath | None = Field(
        default=None,
        description="The Maildir holding incoming mail (has cur/ new/ tmp/). "
        'Required when mailbox.provider is "maildir".',
        json_schema_extra=_example("~/Mail/INBOX"),
    )
    ics_folder: ConfigPath | None = Field(
        default=None,
        description="Optional folder of .ics calendar files to read as well.",
    )
    drafts: ConfigPath | None = Field(
        default=None,
        description="The Maildir Drafts folder new drafts go to. "
        "Default: a Drafts folder beside the inbox (~/Mail/INBOX -> ~/Mail/Drafts).",
    )
    sent: ConfigPath | None = Field(
        default=None,
        description="Optional Maildir of sent mail, to notice thank-yous you wrote yourself.",
    )

    @model_validator(mode="after")
    def _default_drafts(self) -> MaildirSettings:
        if self.drafts is None and self.inbox is not None:
            # Frozen model: object.__setattr__ is the documented way to fill a derived default.
            object.__setattr__(self, "drafts", self.inbox.parent / "Drafts")
        return self


class MailboxSettings(_Section):
    """Where the mail (and the Drafts folder) lives."""

    provider: Literal["maildir", "gmail"] = Field(
        default="maildir",
        description='"maildir" for a local Maildir (offline), "gmail" for Gmail + Google Calendar.',
    )
    lookback_days: int = Field(
        default=60,
        ge=1,
        le=3650,
        description="How far back mail is read and kept, by its date: older mail cannot need "
        "a draft any more.",
    )
    maildir: MaildirSettings = Field(
        default_factory=dict,
        validate_default=True,
        description='Maildir paths (used when provider is "maildir").',
    )


class GoogleSettings(_Section):
    """Google sign-in and API options (used when mailbox.provider is "gmail")."""

    client_secrets_file: ConfigPath | None = Field(
        default=None,
        description="The OAuth client JSON downloaded from Google Cloud Console. "
        'Required when mailbox.provider is "gmail".',
    )
    token_file: ConfigPath = Field(
        default=Path("google-token.json"),
        validate_default=True,
        description="Where `followup auth` keeps the OAuth token (written with mode 0600); "
        "relative to this file's folder.",
    )
    api_endpoint: HttpUrlText | None = Field(
        default=None,
        description="Optional base URL that replaces Google's (a local fake server or a proxy).",
    )
    token_uri: HttpUrlText | None = Field(
        default=None,
        description="Optional OAuth token endpoint that replaces Google's (with api_endpoint).",
    )
    calendar_ids: list[str] = Field(
        default=["primary"],
        min_length=1,
        description="Calendars to read interviews from.",
    )
    query: str | None = Field(
        default=None,
        description="Optional Gmail search that replaces the built-in pre-filter of candidates.",
    )


class WorkingHours(_Section):
    """The part of the day when drafts become due (in user.timezone)."""

    start: ClockTime = Field(
        default="09:00", validate_default=True, description="Start of the working day, HH:MM."
    )
    end: ClockTime = Field(
        default="18:00", validate_default=True, description="End of the working day, HH:MM."
    )

    @model_validator(mode="after")
    def _end_after_start(self) -> WorkingHours:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end:%H:%M}) must be after start ({self.start:%H:%M})")
        return self


class FollowupSettings(_Section):
    """When and how the thank-you drafts are made."""

    delay: Duration = Field(
        default="24h",
        validate_default=True,
        description='How long after an interview ends its draft is due, e.g. "24h", "1d 12h".',
    )
    working_hours: WorkingHours = Field(
        default_factory=dict,
        validate_default=True,
        description="A due time outside these hours moves to the next working start.",
    )
    working_days: list[Annotated[Weekday, BeforeValidator(_lower)]] = Field(
        default=["mon", "tue", "wed", "thu", "fri"],
        min_length=1,
        description="Days drafts may become due on (mon, tue, wed, thu, fri, sat, sun).",
    )
    late_limit: Duration = Field(
        default="4d",
        validate_default=True,
        description="Interviews that ended longer ago than this get no draft (too late to help).",
    )
    one_draft_per_interviewer: bool = Field(
        default=True,
        description="One draft per interviewer (true) or one draft to all of them (false).",
    )
    template_dir: ConfigPath | None = Field(
        default=None,
        description="Optional folder of Jinja2 templates that replace the built-in ones.",
    )
    max_words: int = Field(
        default=120, ge=20, le=1000, description="Upper bound on the words of a draft body."
    )
    keep_cancelled_drafts: bool = Field(
        default=False,
        description="Keep an untouched draft when its interview is cancelled (default: remove).",
    )
    second_followup_business_days: int = Field(
        default=7,
        ge=0,
        le=60,
        description="Business days without a reply before a second, shorter note; 0 = off.",
    )


class LedgerSettings(_Section):
    """Where the tool remembers what it has seen and drafted."""

    path: ConfigPath | None = Field(
        default=None,
        description="The SQLite ledger file. "
        "Default: $XDG_STATE_HOME/interview-followup/ledger.sqlite3 "
        "(~/.local/state/interview-followup/ledger.sqlite3).",
    )

    @model_validator(mode="after")
    def _default_path(self, info: ValidationInfo) -> LedgerSettings:
        if self.path is None:
            context = info.context if isinstance(info.context, dict) else {}
            env = context.get("env", os.environ)
            object.__setattr__(self, "path", default_ledger_path(env))
        return self


def default_ledger_path(env: Any) -> Path:
    """``$XDG_STATE_HOME/interview-followup/ledger.sqlite3`` (``~/.local/state`` if unset)."""
    state_home = env.get("XDG_STATE_HOME") or ""
    base = Path(state_home).expanduser() if state_home else Path("~/.local/state").expanduser()
    return base / "interview-followup" / "ledger.sqlite3"


class Settings(_Section):
    """The whole configuration file."""

    user: UserSettings = Field(description="About you.")
    mailbox: MailboxSettings = Field(description="Where your mail and drafts live.")
    google: GoogleSettings = Field(
        default_factory=dict,
        validate_default=True,
        description='Google options (only used when mailbox.provider is "gmail").',
    )
    followup: FollowupSettings = Field(
        default_factory=dict,
        validate_default=True,
        description="Timing and shape of the drafts.",
    )
    ledger: LedgerSettings = Field(
        default_factory=dict,
        validate_default=True,
        description="The state file.",
    )

    @model_validator(mode="after")
    def _cross_field(self) -> Settings:
        # Checks that span sections. Each line carries its own key path; the loader splits a
        # multi-line message into one problem per line.
        problems = cross_section_problems(
            self.mailbox.provider,
            has_client_secrets=self.google.client_secrets_file is not None,
            has_inbox=self.mailbox.maildir.inbox is not None,
        )
        if problems:
            raise ValueError("\n".join(problems))
        return self

    @property
    def ledger_path(self) -> Path:
        """The ledger file (always set after validation)."""
        assert self.ledger.path is not None  # filled by LedgerSettings._default_path
        return self.ledger.path


def cross_section_problems(
    provider: object, *, has_client_secrets: bool, has_inbox: bool
) -> list[str]:
    """The checks that span sections, one ``key.path: reason`` line each.

    Shared by :class:`Settings` and the loader; the loader also runs them on the raw file
    when other keys are invalid (pydantic skips a model's after-validator then), so that
    every problem is reported in one go.
    """
    problems: list[str] = []
    if provider == "gmail" and not has_client_secrets:
        problems.append('google.client_secrets_file: required when mailbox.provider is "gmail"')
    if provider == "maildir" and not has_inbox:
        problems.append('mailbox.maildir.inbox: required when mailbox.provider is "maildir"')
    return problems
