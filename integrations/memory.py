"""In-memory fakes of the three connector roles, for unit tests of the sync pass.

They follow the same contract as the real adapters (``tests/contract`` runs the same suites
against both): cursors record a fingerprint per item, items that are not what their kind says
are reported in ``problems``, a draft deleted by the "user" reads back as ``None``. Test code
plays the mailbox owner with :meth:`MemoryMailSource.add`, :meth:`~MemoryMailSource.remove`,
:meth:`MemoryDraftStore.edit_draft` and :meth:`MemoryDraftStore.delete_draft`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from email.parser import BytesHeaderParser

from detector.model import ItemKind, SourceItem
from integrations import snapshot, sniff
from integrations.base import Changes, StoredDraft
from integrations.errors import DraftNotFound, SourceUnavailable

_CHECKS: dict[ItemKind, Callable[[bytes], str | None]] = {
    "rfc822": sniff.mail_problem,
    "ics": sniff.ics_problem,
    "gcal-json": sniff.gcal_json_problem,
}


class _MemorySource:
    """Shared body of the two source fakes: an ordered dict of items, diffed by content hash."""

    _cursor_kind = "memory"

    def __init__(self, name: str) -> None:
        self.name = name
        self.unavailable: str | None = None
        """Set to a message to make :meth:`changes` raise ``SourceUnavailable`` with it."""
        self._items: dict[str, SourceItem] = {}

    def add(self, item: SourceItem) -> None:
        """Put ``item`` in the source, replacing (and making newest) any item with its id."""
        self._items.pop(item.id, None)
        self._items[item.id] = item

    def remove(self, item_id: str) -> None:
        """Take the item out of the source; removing an absent id does nothing."""
        self._items.pop(item_id, None)

    @property
    def items(self) -> tuple[SourceItem, ...]:
        """Everything in the source now, oldest first."""
        return tuple(self._items.values())

    def changes(self, cursor: str | None) -> Changes:
        """Items added or changed since ``cursor`` (all when ``None``), and ids removed."""
        if self.unavailable is not None:
            raise SourceUnavailable(self.unavailable)
        previous, reason = snapshot.decode(cursor, self._cursor_kind)
        seen: dict[str, str] = {}
        items: list[SourceItem] = []
        problems: list[str] = []
        for item in self._items.values():
            # The content decides, as in the Maildir adapter: a labels-only change is not news.
            fingerprint = hashlib.sha256(item.kind.encode() + b"\0" + item.raw).hexdigest()[:32]
            seen[item.id] = fingerprint
            if previous.get(item.id) == fingerprint:
                continue
            problem = _CHECKS[item.kind](item.raw)
            if problem is not None:
                problems.append(f"{item.id}: {problem}")
            else:
                items.append(item)
        return Changes(
            items=tuple(items),
            cursor=snapshot.encode(self._cursor_kind, seen),
            removed=snapshot.removed_ids(previous, seen),
            full_resync_reason=reason,
            problems=tuple(problems),
            cost={"changes": 1},
        )


class MemoryMailSource(_MemorySource):
    """A :class:`~integrations.base.MailSource` fake holding ``rfc822`` items in memory."""

    _cursor_kind = "memory-mail"

    def __init__(self, name: str = "memory-mail") -> None:
        super().__init__(name)


class MemoryCalendarSource(_MemorySource):
    """A :class:`~integrations.base.CalendarSource` fake holding ``ics``/``gcal-json`` items."""

    _cursor_kind = "memory-calendar"

    def __init__(self, name: str = "memory-calendar") -> None:
        super().__init__(name)


@dataclass
class _Draft:
    raw: bytes
    thread_id: str | None


def _marker(raw: bytes) -> str | None:
    value = BytesHeaderParser().parsebytes(raw).get("Message-ID")
    return None if value is None else str(value).strip()


def _norm(message_id: str) -> str:
    return message_id.strip().strip("<>").strip()


class MemoryDraftStore:
    """A :class:`~integrations.base.DraftStore` fake: drafts in a dict, ids ``draft-<n>``.

    ``log`` records every call made through the protocol (``("create", id)`` ...) so a test can
    assert that a second sync pass wrote nothing.
    """

    def __init__(self) -> None:
        self._drafts: dict[str, _Draft] = {}
        self._next = 1
        self.log: list[tuple[str, str]] = []

    def create(self, raw: bytes, thread_id: str | None) -> str:
        """Store a new draft and return its id."""
        draft_id = f"draft-{self._next}"
        self._next += 1
        self._drafts[draft_id] = _Draft(raw, thread_id)
        self.log.append(("create", draft_id))
        return draft_id

    def get(self, draft_id: str) -> StoredDraft | None:
        """The draft as it is now, or ``None`` once deleted (by us or by the user)."""
        draft = self._drafts.get(draft_id)
        if draft is None:
            return None
        return StoredDraft(draft_id, draft.raw, draft.thread_id, _marker(draft.raw))

    def update(self, draft_id: str, raw: bytes, thread_id: str | None) -> str:
        """Replace the draft's bytes, keeping its id; ``DraftNotFound`` when it is gone."""
        if draft_id not in self._drafts:
            raise DraftNotFound(f"draft {draft_id} is no longer in the memory store")
        self._drafts[draft_id] = _Draft(raw, thread_id)
        self.log.append(("update", draft_id))
        return draft_id

    def delete(self, draft_id: str) -> None:
        """Remove the draft; an absent one is fine."""
        self._drafts.pop(draft_id, None)
        self.log.append(("delete", draft_id))

    def find(self, marker: str) -> StoredDraft | None:
        """The draft whose ``Message-ID`` is ``marker`` (angle brackets optional), if any."""
        wanted = _norm(marker)
        for draft_id, draft in self._drafts.items():
            found = _marker(draft.raw)
            if wanted and found is not None and _norm(found) == wanted:
                return self.get(draft_id)
        return None

    # The mailbox owner's side: not part of the DraftStore protocol, not logged.

    def edit_draft(self, draft_id: str, raw: bytes) -> None:
        """Simulate the user editing the draft in their mail client."""
        if draft_id not in self._drafts:
            raise KeyError(draft_id)
        self._drafts[draft_id].raw = raw

    def delete_draft(self, draft_id: str) -> None:
        """Simulate the user deleting (or sending) the draft."""
        self._drafts.pop(draft_id, None)

    @property
    def drafts(self) -> dict[str, bytes]:
        """Every draft now, id -> raw bytes (a copy)."""
        return {draft_id: d.raw for draft_id, d in self._drafts.items()}
