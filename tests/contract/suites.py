"""Shared contract suites: one per connector role, run against every adapter of that role.

In the style of vdirsyncer's ``StorageTests``: a suite is a class of tests that asks a fixture for
a *harness*, an object that holds the adapter under test and can change the mailbox behind its
back the way the world does (a message arrives, an invite is edited, the user deletes a draft).
To run a suite against a new adapter, subclass it in ``tests/contract/test_<adapter>.py`` and
define the fixture::

    class TestGmailSource(MailSourceContract):
        @pytest.fixture
        def mail(self, fake_google: FakeGoogle) -> MailHarness:
            return GmailMailHarness(fake_google)

Class attributes switch off what a backend cannot do (Gmail messages are immutable, so
``supports_change = False``); everything else is the contract every adapter keeps.
"""

from __future__ import annotations

import uuid
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from typing import ClassVar, Protocol

import pytest

from detector.model import SourceItem
from integrations.base import CalendarSource, Changes, DraftStore, MailSource
from integrations.errors import DraftNotFound

# --- building test data ---------------------------------------------------------------------


def make_message(subject: str, body: str = "Hello.\n", *, in_reply_to: str | None = None) -> bytes:
    """RFC 5322 bytes of a small message with a fresh ``Message-ID`` (and a reply header)."""
    msg = EmailMessage()
    msg["From"] = "Recruiter <recruiter@example.com>"
    msg["To"] = "Candidate <candidate@example.org>"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 07 Apr 2026 10:00:00 +0000"
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@example.com>"
    if in_reply_to is not None:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


def make_ics(uid: str, summary: str) -> bytes:
    """An iCalendar REQUEST with one VEVENT (written out, so the suite needs no calendar lib)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//interview-followup//contract tests//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260401T090000Z",
        "DTSTART:20260407T150000Z",
        "DTEND:20260407T160000Z",
        f"SUMMARY:{summary}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines).encode()


def headers(raw: bytes) -> EmailMessage:
    """Parse ``raw`` (a whole message) for header and body assertions."""
    parsed = BytesParser(policy=default_policy).parsebytes(raw)
    assert isinstance(parsed, EmailMessage)
    return parsed


def ids(changes: Changes) -> list[str]:
    """The item ids of a batch, in order."""
    return [item.id for item in changes.items]


# --- harnesses: what a fixture hands to a suite ---------------------------------------------


class MailHarness(Protocol):
    """A :class:`MailSource` under test plus the means to change the mailbox behind it."""

    @property
    def source(self) -> MailSource:
        """The adapter under test."""
        ...

    def add(self, raw: bytes) -> str:
        """Deliver a message; return the item id the source will report for it."""
        ...

    def replace(self, item_id: str, raw: bytes) -> None:
        """Change the bytes of a delivered message (only called when ``supports_change``)."""
        ...

    def remove(self, item_id: str) -> None:
        """Delete a delivered message from the mailbox."""
        ...

    def add_garbage(self) -> str | None:
        """Put something unreadable in the mailbox; return a string every problem line about
        it contains (its item id), or ``None`` when the backend cannot hold garbage."""
        ...


class CalendarHarness(Protocol):
    """A :class:`CalendarSource` under test plus the means to change the calendar behind it."""

    @property
    def source(self) -> CalendarSource:
        """The adapter under test."""
        ...

    def add_event(self, uid: str, summary: str) -> str:
        """Add an event in the backend's own format; return the item id it will have."""
        ...

    def change_event(self, item_id: str, uid: str, summary: str) -> None:
        """Rewrite the event with a new summary."""
        ...

    def remove(self, item_id: str) -> None:
        """Delete the event."""
        ...

    def add_garbage(self) -> str | None:
        """As :meth:`MailHarness.add_garbage`."""
        ...


class DraftHarness(Protocol):
    """A :class:`DraftStore` under test plus the user's own hands on the Drafts folder."""

    @property
    def store(self) -> DraftStore:
        """The adapter under test."""
        ...

    @property
    def thread_id(self) -> str | None:
        """A thread id to pass to ``create`` (``None`` for stores without thread ids)."""
        ...

    def reopen(self) -> DraftStore:
        """A fresh adapter over the same mailbox: what a run with a lost ledger would build."""
        ...

    def user_edits(self, draft_id: str, raw: bytes) -> None:
        """Change the draft's bytes as the user's mail client would."""
        ...

    def user_deletes(self, draft_id: str) -> None:
        """Delete (or send) the draft as the user would."""
        ...


# --- the suites ------------------------------------------------------------------------------


class MailSourceContract:
    """What every :class:`MailSource` adapter does. Subclass and define the ``mail`` fixture."""

    supports_change: ClassVar[bool] = True
    """False for backends whose messages are immutable (Gmail)."""

    @pytest.fixture
    def mail(self) -> MailHarness:
        raise NotImplementedError("define a `mail` fixture returning a MailHarness")

    def test_implements_the_protocol(self, mail: MailHarness) -> None:
        assert isinstance(mail.source, MailSource)
        assert mail.source.name

    def test_empty_mailbox_gives_nothing(self, mail: MailHarness) -> None:
        changes = mail.source.changes(None)
        assert changes.items == () and changes.removed == () and changes.problems == ()

    def test_first_sync_returns_everything(self, mail: MailHarness) -> None:
        raws = {mail.add(make_message(f"Message {n}")): n for n in range(3)}
        changes = mail.source.changes(None)
        assert sorted(ids(changes)) == sorted(raws)
        assert changes.removed == () and changes.problems == ()
        assert changes.full_resync_reason is None
        for item in changes.items:
            assert isinstance(item, SourceItem)
            assert item.kind == "rfc822"
            assert headers(item.raw)["Subject"] == f"Message {raws[item.id]}"
            assert all(label == label.upper() for label in item.labels)

    def test_second_sync_with_cursor_returns_nothing(self, mail: MailHarness) -> None:
        mail.add(make_message("Once"))
        first = mail.source.changes(None)
        second = mail.source.changes(first.cursor)
        assert second.items == () and second.removed == () and second.problems == ()
        assert second.full_resync_reason is None

    def test_new_message_appears_once(self, mail: MailHarness) -> None:
        mail.add(make_message("Old"))
        first = mail.source.changes(None)
        new_id = mail.add(make_message("New"))
        second = mail.source.changes(first.cursor)
        assert ids(second) == [new_id]
        assert headers(second.items[0].raw)["Subject"] == "New"
        third = mail.source.changes(second.cursor)
        assert third.items == () and third.removed == ()

    def test_changed_message_reappears_with_the_same_id(self, mail: MailHarness) -> None:
        if not self.supports_change:
            pytest.skip("messages in this backend are immutable")
        item_id = mail.add(make_message("Before"))
        other = mail.add(make_message("Untouched"))
        first = mail.source.changes(None)
        mail.replace(item_id, make_message("After, and a little longer"))
        second = mail.source.changes(first.cursor)
        assert ids(second) == [item_id]
        assert other not in ids(second)
        assert headers(second.items[0].raw)["Subject"] == "After, and a little longer"
        assert second.removed == ()

    def test_removed_message_is_listed_once(self, mail: MailHarness) -> None:
        gone = mail.add(make_message("Going"))
        kept = mail.add(make_message("Staying"))
        first = mail.source.changes(None)
        mail.remove(gone)
        second = mail.source.changes(first.cursor)
        assert second.removed == (gone,)
        assert kept not in second.removed and second.items == ()
        assert mail.source.changes(second.cursor).removed == ()

    def test_garbage_is_skipped_with_a_problem(self, mail: MailHarness) -> None:
        before = mail.add(make_message("Before the garbage"))
        marker = mail.add_garbage()
        if marker is None:
            pytest.skip("this backend cannot hold garbage bytes")
        after = mail.add(make_message("After the garbage"))
        changes = mail.source.changes(None)
        assert set(ids(changes)) == {before, after}
        assert marker not in ids(changes)
        assert [p for p in changes.problems if marker in p], changes.problems
        assert all("\n" not in p for p in changes.problems)
        # Reported once: unchanged garbage is not a new problem on the next pass.
        assert mail.source.changes(changes.cursor).problems == ()

    def test_unusable_cursor_falls_back_to_a_full_read(self, mail: MailHarness) -> None:
        item_id = mail.add(make_message("Still here"))
        changes = mail.source.changes("this is not a cursor")
        assert ids(changes) == [item_id]
        assert changes.full_resync_reason
        assert mail.source.changes(changes.cursor).items == ()


class CalendarSourceContract:
    """What every :class:`CalendarSource` adapter does. Define the ``calendar`` fixture."""

    removal_in_removed: ClassVar[bool] = True
    """False for backends that report a deletion as a cancelled event (Calendar API with
    ``showDeleted``); the suite then expects the id among the items instead."""

    @pytest.fixture
    def calendar(self) -> CalendarHarness:
        raise NotImplementedError("define a `calendar` fixture returning a CalendarHarness")

    def test_implements_the_protocol(self, calendar: CalendarHarness) -> None:
        assert isinstance(calendar.source, CalendarSource)
        assert calendar.source.name

    def test_first_sync_returns_everything(self, calendar: CalendarHarness) -> None:
        made = {calendar.add_event(f"uid-{n}@example.com", f"Interview {n}"): n for n in range(3)}
        changes = calendar.source.changes(None)
        assert sorted(ids(changes)) == sorted(made)
        assert changes.problems == () and changes.removed == ()
        for item in changes.items:
            assert item.kind in ("ics", "gcal-json")
            assert f"Interview {made[item.id]}".encode() in item.raw

    def test_second_sync_with_cursor_returns_nothing(self, calendar: CalendarHarness) -> None:
        calendar.add_event("uid-a@example.com", "Interview A")
        first = calendar.source.changes(None)
        second = calendar.source.changes(first.cursor)
        assert second.items == () and second.removed == () and second.problems == ()

    def test_new_event_appears_once(self, calendar: CalendarHarness) -> None:
        calendar.add_event("uid-a@example.com", "Interview A")
        first = calendar.source.changes(None)
        new_id = calendar.add_event("uid-b@example.com", "Interview B")
        second = calendar.source.changes(first.cursor)
        assert ids(second) == [new_id]
        assert calendar.source.changes(second.cursor).items == ()

    def test_changed_event_reappears(self, calendar: CalendarHarness) -> None:
        item_id = calendar.add_event("uid-a@example.com", "Interview A")
        calendar.add_event("uid-b@example.com", "Interview B")
        first = calendar.source.changes(None)
        calendar.change_event(item_id, "uid-a@example.com", "Interview A (moved)")
        second = calendar.source.changes(first.cursor)
        assert ids(second) == [item_id]
        assert b"Interview A (moved)" in second.items[0].raw

    def test_removed_event_is_reported(self, calendar: CalendarHarness) -> None:
        gone = calendar.add_event("uid-a@example.com", "Interview A")
        calendar.add_event("uid-b@example.com", "Interview B")
        first = calendar.source.changes(None)
        calendar.remove(gone)
        second = calendar.source.changes(first.cursor)
        if self.removal_in_removed:
            assert second.removed == (gone,) and second.items == ()
        else:
            assert ids(second) == [gone]

    def test_garbage_is_skipped_with_a_problem(self, calendar: CalendarHarness) -> None:
        good = calendar.add_event("uid-a@example.com", "Interview A")
        marker = calendar.add_garbage()
        if marker is None:
            pytest.skip("this backend cannot hold garbage bytes")
        changes = calendar.source.changes(None)
        assert ids(changes) == [good]
        assert [p for p in changes.problems if marker in p], changes.problems
        assert calendar.source.changes(changes.cursor).problems == ()

    def test_unusable_cursor_falls_back_to_a_full_read(self, calendar: CalendarHarness) -> None:
        item_id = calendar.add_event("uid-a@example.com", "Interview A")
        changes = calendar.source.changes('{"v": 99}')
        assert ids(changes) == [item_id]
        assert changes.full_resync_reason


MARKER = "<followup.contract-test.0001@interview-followup.invalid>"
PARENT = "<scheduling-thread-42@ats.example.com>"


def make_draft(subject: str = "Thank you", marker: str = MARKER) -> bytes:
    """A threaded thank-you draft carrying ``marker`` as its Message-ID."""
    msg = EmailMessage()
    msg["From"] = "Candidate <candidate@example.org>"
    msg["To"] = "Interviewer <interviewer@example.com>"
    msg["Subject"] = f"Re: {subject}"
    msg["Message-ID"] = marker
    msg["In-Reply-To"] = PARENT
    msg["References"] = PARENT
    msg.set_content(f"Thanks for your time today. ({subject})\n")
    return msg.as_bytes()


class DraftStoreContract:
    """What every :class:`DraftStore` adapter does. Define the ``drafts`` fixture."""

    @pytest.fixture
    def drafts(self) -> DraftHarness:
        raise NotImplementedError("define a `drafts` fixture returning a DraftHarness")

    def test_implements_the_protocol(self, drafts: DraftHarness) -> None:
        assert isinstance(drafts.store, DraftStore)

    def test_create_then_get_round_trip(self, drafts: DraftHarness) -> None:
        draft_id = drafts.store.create(make_draft(), drafts.thread_id)
        stored = drafts.store.get(draft_id)
        assert stored is not None and stored.draft_id == draft_id
        assert stored.marker == MARKER
        parsed = headers(stored.raw)
        assert parsed["Message-ID"] == MARKER
        assert parsed["In-Reply-To"] == PARENT and parsed["References"] == PARENT
        assert parsed["Subject"] == "Re: Thank you"
        body = parsed.get_body(("plain",))
        assert body is not None and "Thanks for your time today." in body.get_content()

    def test_each_create_gives_a_new_id(self, drafts: DraftHarness) -> None:
        first = drafts.store.create(make_draft("One", "<one@x.invalid>"), drafts.thread_id)
        second = drafts.store.create(make_draft("Two", "<two@x.invalid>"), drafts.thread_id)
        assert first != second
        one, two = drafts.store.get(first), drafts.store.get(second)
        assert one is not None and headers(one.raw)["Subject"] == "Re: One"
        assert two is not None and headers(two.raw)["Subject"] == "Re: Two"

    def test_update_replaces_the_content(self, drafts: DraftHarness) -> None:
        draft_id = drafts.store.create(make_draft("First"), drafts.thread_id)
        new_id = drafts.store.update(draft_id, make_draft("Second"), drafts.thread_id)
        stored = drafts.store.get(new_id)
        assert stored is not None and headers(stored.raw)["Subject"] == "Re: Second"
        assert stored.marker == MARKER
        if new_id != draft_id:
            assert drafts.store.get(draft_id) is None
        found = drafts.store.find(MARKER)
        assert found is not None and found.draft_id == new_id

    def test_update_of_a_gone_draft_raises(self, drafts: DraftHarness) -> None:
        draft_id = drafts.store.create(make_draft(), drafts.thread_id)
        drafts.user_deletes(draft_id)
        with pytest.raises(DraftNotFound):
            drafts.store.update(draft_id, make_draft("Back from the dead"), drafts.thread_id)
        assert drafts.store.find(MARKER) is None

    def test_delete_then_get_is_none(self, drafts: DraftHarness) -> None:
        draft_id = drafts.store.create(make_draft(), drafts.thread_id)
        drafts.store.delete(draft_id)
        assert drafts.store.get(draft_id) is None
        assert drafts.store.find(MARKER) is None
        drafts.store.delete(draft_id)  # already gone: not an error

    def test_user_edits_show_up(self, drafts: DraftHarness) -> None:
        draft_id = drafts.store.create(make_draft(), drafts.thread_id)
        drafts.user_edits(draft_id, make_draft("Edited by hand"))
        stored = drafts.store.get(draft_id)
        assert stored is not None and headers(stored.raw)["Subject"] == "Re: Edited by hand"

    def test_user_deleted_or_sent_draft_is_none(self, drafts: DraftHarness) -> None:
        draft_id = drafts.store.create(make_draft(), drafts.thread_id)
        drafts.user_deletes(draft_id)
        assert drafts.store.get(draft_id) is None

    def test_find_survives_a_lost_ledger(self, drafts: DraftHarness) -> None:
        drafts.store.create(make_draft("Other", "<other@x.invalid>"), drafts.thread_id)
        draft_id = drafts.store.create(make_draft("Ours"), drafts.thread_id)
        found = drafts.reopen().find(MARKER)
        assert found is not None and found.draft_id == draft_id
        assert headers(found.raw)["Subject"] == "Re: Ours"
        # The marker is matched with or without its angle brackets.
        bare = drafts.reopen().find(MARKER.strip("<>"))
        assert bare is not None and bare.draft_id == draft_id

    def test_find_unknown_marker_is_none(self, drafts: DraftHarness) -> None:
        drafts.store.create(make_draft(), drafts.thread_id)
        assert drafts.store.find("<nobody@x.invalid>") is None
