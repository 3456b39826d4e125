"""Turns validated :class:`config.Settings` into the typed pieces one sync pass needs.

This is the only place that knows both the YAML schema and the constructors of the adapters;
``detector/`` and ``drafts/`` never see the config.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from config.models import Settings
from detector.model import Owner
from drafts.settings import DraftSettings
from followup.errors import SourceError
from followup.sync import Connectors
from integrations.base import CalendarSource, MailSource

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def owner_from(settings: Settings) -> Owner:
    """The mailbox owner as the detector sees them."""
    emails = frozenset({settings.user.email, *settings.user.extra_emails})
    return Owner(emails=emails, name=settings.user.name, timezone=settings.user.timezone)


def draft_settings_from(settings: Settings) -> DraftSettings:
    """The drafter's view of the config."""
    f = settings.followup
    return DraftSettings(
        user_name=settings.user.name,
        user_email=settings.user.email,
        timezone=settings.user.timezone,
        signature=settings.user.signature or settings.user.name,
        why_interested=settings.user.why_interested,
        delay=f.delay,
        work_start=f.working_hours.start,
        work_end=f.working_hours.end,
        work_days=frozenset(_WEEKDAYS.index(day) for day in f.working_days),
        late_limit=f.late_limit,
        one_draft_per_interviewer=f.one_draft_per_interviewer,
        template_dir=f.template_dir,
        max_words=f.max_words,
        keep_cancelled_drafts=f.keep_cancelled_drafts,
        second_followup_business_days=f.second_followup_business_days,
    )


def connectors_from(settings: Settings, now: datetime) -> Connectors:
    """Build the adapters the config names. ``now`` bounds the first sync's time window."""
    if settings.mailbox.provider == "gmail":
        from followup.google_wiring import google_connectors

        return google_connectors(settings, lambda: now)
    return _maildir_connectors(settings)


def _maildir_connectors(settings: Settings) -> Connectors:
    from integrations.icsfolder import IcsFolderSource
    from integrations.maildir import MaildirDraftStore, MaildirSource

    md = settings.mailbox.maildir
    assert md.inbox is not None and md.drafts is not None  # enforced by the config validators
    _require_dir(md.inbox, "mailbox.maildir.inbox")
    mail: list[MailSource] = [MaildirSource(md.inbox, name="maildir")]
    if md.sent is not None:
        _require_dir(md.sent, "mailbox.maildir.sent")
        mail.append(MaildirSource(md.sent, name="maildir-sent", labels=frozenset({"SENT"})))
    calendars: list[CalendarSource] = []
    if md.ics_folder is not None:
        _require_dir(md.ics_folder, "mailbox.maildir.ics_folder")
        calendars.append(IcsFolderSource(md.ics_folder, name="ics"))
    return Connectors(mail=mail, calendars=calendars, drafts=MaildirDraftStore(md.drafts))


def _require_dir(path: Path, key: str) -> None:
    if not path.is_dir():
        raise SourceError(f"{key}: folder not found: {path}")
