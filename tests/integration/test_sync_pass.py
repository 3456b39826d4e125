"""The sync pass end to end: real detector, drafter and SQLite ledger, on two mailbox backends.

Each rule of "respect for the mailbox" is exercised on the in-memory fake and on a real Maildir
on disk (the Gmail backend runs the same scenarios in tests/integration/test_gmail_sync.py when
the fake Google server is available).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

import pytest

from detector.model import Owner, SourceItem
from drafts.settings import DraftSettings
from followup.ledger import SqliteLedger
from followup.sync import Connectors, SyncReport, run_pass
from integrations.base import DraftStore
from integrations.maildir import MaildirDraftStore, MaildirSource
from integrations.memory import MemoryDraftStore, MemoryMailSource

NY = ZoneInfo("America/New_York")
USER = "casey.ng@example.com"
OWNER = Owner(emails=frozenset({USER}), name="Casey Ng", timezone="America/New_York")
SETTINGS = DraftSettings(
    user_name="Casey Ng",
    user_email=USER,
    timezone="America/New_York",
    signature="Best,\nCasey Ng",
)
INTERVIEWERS = [
    ("Ruth Adler", "ruth.adler@tallgrass.example"),
    ("Ken Mori", "ken.mori@tallgrass.example"),
]


def invite(
    *, start: datetime, sequence: int = 0, method: str = "REQUEST", stamp: datetime | None = None
) -> bytes:
    """A Google-style invite for a Tallgrass Systems interview (UID fixed, so updates join)."""
    stamp = stamp or datetime(2026, 3, 2, 9, tzinfo=NY) + timedelta(hours=sequence)
    fmt = "%Y%m%dT%H%M%SZ"
    utc = ZoneInfo("UTC")
    attendees = "".join(
        f"ATTENDEE;CN={name};PARTSTAT=ACCEPTED:mailto:{addr}\r\n" for name, addr in INTERVIEWERS
    )
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:tallgrass-onsite-77@google.com\r\n"
        f"DTSTAMP:{stamp.astimezone(utc).strftime(fmt)}\r\n"
        f"DTSTART:{start.astimezone(utc).strftime(fmt)}\r\n"
        f"DTEND:{(start + timedelta(hours=1)).astimezone(utc).strftime(fmt)}\r\n"
        "SUMMARY:Interview: Platform Engineer - Tallgrass Systems\r\n"
        "ORGANIZER;CN=Nina Park:mailto:nina.park@tallgrass.example\r\n"
        f"{attendees}ATTENDEE;CN=Casey Ng;PARTSTAT=ACCEPTED:mailto:{USER}\r\n"
        f"SEQUENCE:{sequence}\r\nSTATUS:{status}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg = EmailMessage()
    msg["Delivered-To"] = USER
    msg["From"] = "Nina Park <nina.park@tallgrass.example>"
    msg["To"] = f"Casey Ng <{USER}>"
    verb = {
        "REQUEST": "Invitation" if sequence == 0 else "Updated invitation",
        "CANCEL": "Canceled",
    }
    msg["Subject"] = f"{verb[method]}: Interview: Platform Engineer - Tallgrass Systems"
    msg["Date"] = format_datetime(stamp)
    msg["Message-ID"] = f"<inv-{sequence}-{method.lower()}@tallgrass.example>"
    msg.set_content("Interview: Platform Engineer - Tallgrass Systems\nJoin with Google Meet.\n")
    msg.add_alternative(ics, subtype="calendar", params={"method": method})
    return bytes(msg)


def edited(raw: bytes, new_text: str) -> bytes:
    """The draft as a mail client saves it after the user rewrote the body."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    out = EmailMessage()
    for name in ("From", "To", "Subject", "Message-ID", "In-Reply-To", "References"):
        if msg[name]:
            out[name] = str(msg[name])
    out.set_content(new_text)
    return bytes(out)


FIRST = datetime(2026, 3, 9, 14, 0, tzinfo=NY)  # Monday
AFTER_FIRST = datetime(2026, 3, 10, 16, 0, tzinfo=NY)  # due Tue 15:00


class Mailbox(Protocol):
    """What a scenario does to a mailbox: deliver mail, and act as the user on drafts."""

    def deliver(self, name: str, raw: bytes) -> None: ...
    def connectors(self) -> Connectors: ...
    def drafts(self) -> dict[str, bytes]: ...
    def user_edits(self, draft_id: str, new_text: str) -> None: ...
    def user_deletes(self, draft_id: str) -> None: ...


class MemoryMailbox:
    def __init__(self) -> None:
        self.source = MemoryMailSource("mail")
        self.store = MemoryDraftStore()

    def deliver(self, name: str, raw: bytes) -> None:
        self.source.add(SourceItem(id=f"mem:{name}", kind="rfc822", raw=raw))

    def connectors(self) -> Connectors:
        return Connectors(mail=[self.source], calendars=[], drafts=self.store)

    def drafts(self) -> dict[str, bytes]:
        return dict(self.store.drafts)

    def user_edits(self, draft_id: str, new_text: str) -> None:
        self.store.edit_draft(draft_id, edited(self.store.drafts[draft_id], new_text))

    def user_deletes(self, draft_id: str) -> None:
        self.store.delete_draft(draft_id)


class MaildirMailbox:
    def __init__(self, root: Path) -> None:
        self.inbox = root / "INBOX"
        self.drafts_dir = root / "Drafts"
        for sub in ("cur", "new", "tmp"):
            (self.inbox / sub).mkdir(parents=True)
        self.store = MaildirDraftStore(self.drafts_dir)
        self._clock = 1_700_000_000

    def deliver(self, name: str, raw: bytes) -> None:
        path = self.inbox / "new" / f"{self._clock}.{name}.host"
        path.write_bytes(raw)
        os.utime(path, (self._clock, self._clock))  # arrival order = mtime order
        self._clock += 60

    def connectors(self) -> Connectors:
        return Connectors(mail=[MaildirSource(self.inbox)], calendars=[], drafts=self.store)

    def _files(self) -> dict[str, Path]:
        files = [p for sub in ("cur", "new") for p in (self.drafts_dir / sub).glob("*")]
        return {p.name.split(":")[0]: p for p in files}

    def drafts(self) -> dict[str, bytes]:
        return {key: path.read_bytes() for key, path in self._files().items()}

    def user_edits(self, draft_id: str, new_text: str) -> None:
        path = self._files()[draft_id]
        path.write_bytes(edited(path.read_bytes(), new_text))

    def user_deletes(self, draft_id: str) -> None:
        self._files()[draft_id].unlink()


@pytest.fixture(params=["memory", "maildir"])
def mailbox(request: pytest.FixtureRequest, tmp_path: Path) -> Mailbox:
    if request.param == "memory":
        return MemoryMailbox()
    return MaildirMailbox(tmp_path / "mail")


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SqliteLedger]:
    with SqliteLedger.open(tmp_path / "state" / "ledger.sqlite3") as opened:
        yield opened


@dataclass
class Runner:
    mailbox: Mailbox
    ledger: SqliteLedger

    def sync(
        self, now: datetime, *, dry_run: bool = False, store: DraftStore | None = None
    ) -> SyncReport:
        connectors = self.mailbox.connectors()
        if store is not None:
            connectors = Connectors(connectors.mail, connectors.calendars, store)
        return run_pass(OWNER, SETTINGS, connectors, self.ledger, now, dry_run=dry_run)


@pytest.fixture
def run(mailbox: Mailbox, ledger: SqliteLedger) -> Runner:
    return Runner(mailbox, ledger)


def _created(report: SyncReport) -> list[str]:
    return [line for line in report.done if line.startswith("created draft")]


def test_due_interview_gets_one_draft_per_interviewer_then_nothing(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    assert _created(run.sync(FIRST - timedelta(days=1))) == []  # not due yet
    assert len(_created(run.sync(AFTER_FIRST))) == 2
    second = run.sync(AFTER_FIRST + timedelta(hours=1))
    assert second.done == []
    assert len(run.mailbox.drafts()) == 2


def test_reschedule_before_due_drafts_once_at_the_new_time(run: Runner) -> None:
    later = FIRST + timedelta(days=2)
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.sync(FIRST - timedelta(days=2))
    run.mailbox.deliver("update", invite(start=later, sequence=1))
    assert _created(run.sync(AFTER_FIRST)) == []  # the old time no longer counts
    assert len(_created(run.sync(later + timedelta(days=1, hours=2)))) == 2
    assert len(run.mailbox.drafts()) == 2
    text = b"".join(run.mailbox.drafts().values())
    assert b"Wednesday" in text and b"Monday" not in text


def test_update_arriving_before_the_original_still_wins(run: Runner) -> None:
    later = FIRST + timedelta(days=2)
    run.mailbox.deliver("update", invite(start=later, sequence=1))
    run.mailbox.deliver("invite", invite(start=FIRST))  # older SEQUENCE, arrives last
    report = run.sync(later + timedelta(days=1, hours=2))
    (interview,) = report.detection.interviews
    assert interview.start == later


def test_reschedule_after_draft_rewrites_untouched_draft_in_place(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.sync(AFTER_FIRST)
    before = run.mailbox.drafts()
    moved = FIRST + timedelta(days=1)
    run.mailbox.deliver("update", invite(start=moved, sequence=1))
    report = run.sync(moved + timedelta(days=1, hours=2))
    assert _created(report) == []
    after = run.mailbox.drafts()
    assert after.keys() == before.keys() and after != before
    assert all(b"Tuesday" in raw for raw in after.values())


def test_reschedule_after_draft_leaves_edited_draft_alone(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.sync(AFTER_FIRST)
    edited_id = sorted(run.mailbox.drafts())[0]
    run.mailbox.user_edits(edited_id, "Many thanks for today, it was great to meet you.")
    edited = run.mailbox.drafts()[edited_id]
    moved = FIRST + timedelta(days=1)
    run.mailbox.deliver("update", invite(start=moved, sequence=1))
    run.sync(moved + timedelta(days=1, hours=2))
    assert run.mailbox.drafts()[edited_id] == edited


def test_cancel_after_draft_removes_untouched_and_keeps_edited(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.sync(AFTER_FIRST)
    edited_id, _untouched_id = sorted(run.mailbox.drafts())
    run.mailbox.user_edits(edited_id, "Many thanks for today, it was great to meet you.")
    run.mailbox.deliver("cancel", invite(start=FIRST, sequence=1, method="CANCEL"))
    run.sync(AFTER_FIRST + timedelta(hours=2))
    assert set(run.mailbox.drafts()) == {edited_id}


def test_cancel_before_due_means_no_draft(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.mailbox.deliver("cancel", invite(start=FIRST, sequence=1, method="CANCEL"))
    report = run.sync(AFTER_FIRST)
    assert [i.status for i in report.detection.interviews] == ["cancelled"]
    assert run.mailbox.drafts() == {}


def test_deleted_draft_is_never_recreated(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.sync(AFTER_FIRST)
    gone = sorted(run.mailbox.drafts())[0]
    run.mailbox.user_deletes(gone)
    run.sync(AFTER_FIRST + timedelta(hours=1))
    run.sync(AFTER_FIRST + timedelta(hours=2))
    assert len(run.mailbox.drafts()) == 1 and gone not in run.mailbox.drafts()


def test_too_late_is_skipped_with_its_reason(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    report = run.sync(FIRST + timedelta(days=9))
    assert run.mailbox.drafts() == {}
    assert any("late" in skip.reason for skip in run.ledger.skips())
    assert report.done == []


def test_dry_run_changes_nothing(run: Runner, tmp_path: Path) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    report = run.sync(AFTER_FIRST, dry_run=True)
    assert len([a for a in report.actions if type(a).__name__ == "CreateDraft"]) == 2
    assert run.mailbox.drafts() == {}
    assert run.ledger.items() == [] and run.ledger.drafts() == []
    assert len(_created(run.sync(AFTER_FIRST))) == 2  # the real pass still sees everything


class CrashAfterCreate:
    """A draft store whose process 'dies' right after the mailbox accepted the draft."""

    def __init__(self, inner: DraftStore) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def create(self, raw: bytes, thread_id: str | None) -> str:
        self.inner.create(raw, thread_id)
        raise KeyboardInterrupt("simulated crash between create and ledger confirm")


def test_crash_between_create_and_confirm_never_duplicates(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    crashing = CrashAfterCreate(run.mailbox.connectors().drafts)
    with pytest.raises(KeyboardInterrupt):
        run.sync(AFTER_FIRST, store=crashing)  # type: ignore[arg-type]
    assert len(run.mailbox.drafts()) == 1
    run.sync(AFTER_FIRST + timedelta(minutes=5))
    assert len(run.mailbox.drafts()) == 2  # the first was confirmed, only the second created
    assert all(row.state == "created" for row in run.ledger.drafts())


def test_lost_ledger_finds_its_drafts_again(run: Runner, tmp_path: Path) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.sync(AFTER_FIRST)
    with SqliteLedger.open(tmp_path / "fresh" / "ledger.sqlite3") as fresh:
        run_pass(OWNER, SETTINGS, run.mailbox.connectors(), fresh, AFTER_FIRST + timedelta(hours=1))
    assert len(run.mailbox.drafts()) == 2


def test_broken_message_is_recorded_and_the_pass_goes_on(run: Runner) -> None:
    run.mailbox.deliver("junk", b"\x00\xff not a message at all \x00" * 10)
    run.mailbox.deliver("invite", invite(start=FIRST))
    report = run.sync(AFTER_FIRST)
    assert len(_created(report)) == 2
