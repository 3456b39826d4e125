"""The three roles a mailbox backend plays, as Protocols, and the values they exchange.

Terms used by every adapter:

- *item id*: a :class:`~detector.model.SourceItem` id, stable for the life of the item and
  unique within one mailbox; adapters prefix it with their source (``maildir:``, ``ics:``,
  ``gmail:``, ``gcal:``).
- *thread id*: the mailbox's own conversation id where it has one (Gmail ``threadId``);
  ``None`` for stores without threads (the detector then threads by Message-ID headers).
- *cursor*: an opaque string an adapter returns with each batch of changes and receives back on
  the next call. ``None`` means "never synced": the adapter does a full (bounded) read. A cursor
  the adapter no longer understands (stale Gmail historyId, expired Calendar syncToken) makes it
  fall back to a full read and say so in :attr:`Changes.full_resync_reason`.
- *draft id*: the id a :class:`DraftStore` gives a draft; stable across updates.
- *marker*: the ``Message-ID`` we generate for each draft (from the interview key and the
  recipient), so that a lost ledger can find its drafts again with :meth:`DraftStore.find`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from detector.model import SourceItem


@dataclass(frozen=True)
class Changes:
    """What changed in a source since a cursor."""

    items: tuple[SourceItem, ...]
    """New or changed items, oldest first."""
    cursor: str
    """Hand this back on the next call."""
    removed: tuple[str, ...] = ()
    """Item ids that no longer exist in the source."""
    full_resync_reason: str | None = None
    """Set when the given cursor could not be used and a full read was done instead."""
    problems: tuple[str, ...] = ()
    """One line per item that could not be read (skipped, never fatal)."""
    cost: dict[str, int] = field(default_factory=dict)
    """Requests or quota units spent, by method name, for reporting."""


@runtime_checkable
class MailSource(Protocol):
    """Reads the messages of a mailbox incrementally."""

    name: str
    """Short name used as the ledger's cursor key (``maildir``, ``gmail``)."""

    def changes(self, cursor: str | None) -> Changes:
        """Return the messages added or changed since ``cursor`` (all, bounded, when ``None``)."""
        ...


@runtime_checkable
class CalendarSource(Protocol):
    """Reads calendar events (``.ics`` files, Calendar API events) incrementally."""

    name: str

    def changes(self, cursor: str | None) -> Changes:
        """Return the events added, changed or cancelled since ``cursor``."""
        ...


@dataclass(frozen=True)
class StoredDraft:
    """A draft as it is in the mailbox now."""

    draft_id: str
    raw: bytes = field(repr=False)
    thread_id: str | None = None
    marker: str | None = None
    """The draft's ``Message-ID`` header (our marker when we made it)."""


@runtime_checkable
class DraftStore(Protocol):
    """Creates and looks after drafts in the user's mailbox. Never sends anything."""

    def create(self, raw: bytes, thread_id: str | None) -> str:
        """Store ``raw`` (RFC 5322 bytes) as a draft, in ``thread_id`` if given; return its id."""
        ...

    def get(self, draft_id: str) -> StoredDraft | None:
        """The draft as it is now, or ``None`` when it was deleted or sent."""
        ...

    def update(self, draft_id: str, raw: bytes, thread_id: str | None) -> str:
        """Replace the draft's content; return the (possibly new) draft id."""
        ...

    def delete(self, draft_id: str) -> None:
        """Remove the draft. Deleting a draft that is already gone is not an error."""
        ...

    def find(self, marker: str) -> StoredDraft | None:
        """The draft whose ``Message-ID`` is ``marker``, if one exists."""
        ...
