"""Connectors: read mail and calendar items, and keep drafts, behind three Protocols.

See :mod:`integrations.base` for the roles and the terms (item id, thread id, cursor, draft id,
marker). Adapters: :mod:`integrations.maildir` and :mod:`integrations.icsfolder` (local files),
:mod:`integrations.memory` (fakes for tests); Gmail and Google Calendar live in their own modules.
"""

from integrations.base import (
    CalendarSource,
    Changes,
    DraftStore,
    MailSource,
    StoredDraft,
)
from integrations.errors import DraftNotFound, SourceUnavailable
from integrations.icsfolder import IcsFolderSource
from integrations.maildir import MaildirDraftStore, MaildirSource
from integrations.memory import MemoryCalendarSource, MemoryDraftStore, MemoryMailSource

__all__ = [
    "CalendarSource",
    "Changes",
    "DraftNotFound",
    "DraftStore",
    "IcsFolderSource",
    "MailSource",
    "MaildirDraftStore",
    "MaildirSource",
    "MemoryCalendarSource",
    "MemoryDraftStore",
    "MemoryMailSource",
    "SourceUnavailable",
    "StoredDraft",
]
