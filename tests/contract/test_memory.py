"""The shared contract suites run against the in-memory fakes of :mod:`integrations.memory`."""

from __future__ import annotations

import itertools

import pytest

from detector.model import SourceItem
from integrations.base import CalendarSource, DraftStore, MailSource
from integrations.errors import SourceUnavailable
from integrations.memory import MemoryCalendarSource, MemoryDraftStore, MemoryMailSource

from .suites import (
    CalendarHarness,
    CalendarSourceContract,
    DraftHarness,
    DraftStoreContract,
    MailHarness,
    MailSourceContract,
    make_draft,
    make_ics,
    make_message,
)


class MemoryMailHarness:
    """Plays the world around a :class:`MemoryMailSource`."""

    def __init__(self) -> None:
        self._source = MemoryMailSource()
        self._ids = itertools.count(1)

    @property
    def source(self) -> MailSource:
        return self._source

    def add(self, raw: bytes) -> str:
        item_id = f"memory:{next(self._ids)}"
        self._source.add(SourceItem(id=item_id, kind="rfc822", raw=raw))
        return item_id

    def replace(self, item_id: str, raw: bytes) -> None:
        self._source.add(SourceItem(id=item_id, kind="rfc822", raw=raw))

    def remove(self, item_id: str) -> None:
        self._source.remove(item_id)

    def add_garbage(self) -> str | None:
        return self.add(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR garbage")


class MemoryCalendarHarness:
    """Plays the world around a :class:`MemoryCalendarSource`."""

    def __init__(self) -> None:
        self._source = MemoryCalendarSource()
        self._ids = itertools.count(1)

    @property
    def source(self) -> CalendarSource:
        return self._source

    def add_event(self, uid: str, summary: str) -> str:
        item_id = f"memory-ics:{next(self._ids)}"
        self.change_event(item_id, uid, summary)
        return item_id

    def change_event(self, item_id: str, uid: str, summary: str) -> None:
        self._source.add(SourceItem(id=item_id, kind="ics", raw=make_ics(uid, summary)))

    def remove(self, item_id: str) -> None:
        self._source.remove(item_id)

    def add_garbage(self) -> str | None:
        item_id = f"memory-ics:{next(self._ids)}"
        self._source.add(SourceItem(id=item_id, kind="ics", raw=b"<html>not a calendar</html>"))
        return item_id


class MemoryDraftHarness:
    """Plays the user around a :class:`MemoryDraftStore`."""

    thread_id = "thread-1"

    def __init__(self) -> None:
        self._store = MemoryDraftStore()

    @property
    def store(self) -> DraftStore:
        return self._store

    def reopen(self) -> DraftStore:
        # The fake *is* the mailbox: a lost ledger still finds the same store.
        return self._store

    def user_edits(self, draft_id: str, raw: bytes) -> None:
        self._store.edit_draft(draft_id, raw)

    def user_deletes(self, draft_id: str) -> None:
        self._store.delete_draft(draft_id)


class TestMemoryMailSource(MailSourceContract):
    @pytest.fixture
    def mail(self) -> MailHarness:
        return MemoryMailHarness()


class TestMemoryCalendarSource(CalendarSourceContract):
    @pytest.fixture
    def calendar(self) -> CalendarHarness:
        return MemoryCalendarHarness()


class TestMemoryDraftStore(DraftStoreContract):
    @pytest.fixture
    def drafts(self) -> DraftHarness:
        return MemoryDraftHarness()


# Behaviour of the fakes beyond the shared contract, which unit tests of the sync pass rely on.


def test_an_unavailable_fake_source_raises() -> None:
    source = MemoryMailSource()
    source.unavailable = "mailbox offline"
    with pytest.raises(SourceUnavailable, match="mailbox offline"):
        source.changes(None)


def test_a_labels_only_change_is_not_news() -> None:
    source = MemoryMailSource()
    item = SourceItem(id="m:1", kind="rfc822", raw=make_message("Hi"))
    source.add(item)
    cursor = source.changes(None).cursor
    source.add(SourceItem(id="m:1", kind="rfc822", raw=item.raw, labels=frozenset({"SEEN"})))
    assert source.changes(cursor).items == ()
    assert source.items[0].labels == {"SEEN"}


def test_the_draft_fake_logs_protocol_calls_only() -> None:
    store = MemoryDraftStore()
    draft_id = store.create(make_draft(), None)
    store.edit_draft(draft_id, make_draft("Edited"))
    store.update(draft_id, make_draft("Ours again"), "t-1")
    store.delete_draft(draft_id)
    store.delete(draft_id)
    assert store.log == [("create", draft_id), ("update", draft_id), ("delete", draft_id)]
    assert store.drafts == {}
