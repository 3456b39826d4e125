"""The sync pass end to end: real detector, drafter and SQLite ledger, on two mailbox backends.

Each rule of "respect for the mailbox" is exercised on three backends: the in-memory fake, a real
Maildir on disk (with a Sent folder), and Gmail through the real client library against the fake
Google server over HTTP (tests/fakes). The user's side (editing, deleting, sending a draft, a
reply from the company) is simulated on each backend the way that mailbox really shows it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

import pytest
from google.oauth2.credentials import Credentials

from detector.model import Owner, SourceItem
from drafts.settings import DraftSettings
from followup.ledger import SqliteLedger
from followup.report import print_status, print_sync_report
from followup.sync import Connectors, SyncReport, run_pass
from integrations.base import DraftStore
from integrations.gmail import GmailMailbox
from integrations.google_client import RetryPolicy
from integrations.maildir import MaildirDraftStore, MaildirSource
from integrations.memory import MemoryDraftStore, MemoryMailSource
from tests.fakes import FakeGoogle

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

    def deliver(self, name: str, raw: bytes, *, thread: str | None = None) -> None: ...
    def connectors(self, now: datetime) -> Connectors: ...
    def drafts(self) -> dict[str, bytes]: ...
    def user_edits(self, draft_id: str, new_text: str) -> None: ...
    def user_deletes(self, draft_id: str) -> None: ...
    def user_sends(self, draft_id: str, at: datetime) -> Sent:
        """Send the draft as it is: it leaves Drafts and a copy lands in Sent."""
        ...

    def user_writes(self, name: str, raw: bytes) -> None:
        """A message the user wrote and sent themselves (lands in Sent)."""
        ...


@dataclass(frozen=True)
class Sent:
    """What a reply to a sent message needs: its Message-ID and the thread it went into."""

    message_id: str
    thread: str | None


def sent_copy(raw: bytes, at: datetime, message_id: str | None = None) -> bytes:
    """The draft as the Sent folder keeps it: dated when sent, Message-ID kept or replaced."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    del msg["Date"]
    msg["Date"] = format_datetime(at)
    if message_id is not None:
        del msg["Message-ID"]
        msg["Message-ID"] = message_id
    return bytes(msg)


def message_id_of(raw: bytes) -> str:
    return str(message_from_bytes(raw, policy=policy.default)["Message-ID"]).strip()


class MemoryMailbox:
    def __init__(self) -> None:
        self.source = MemoryMailSource("mail")
        self.store = MemoryDraftStore()
        self.threads: dict[str, str | None] = {}

    def deliver(
        self, name: str, raw: bytes, *, thread: str | None = None, sent: bool = False
    ) -> None:
        labels = frozenset({"SENT"}) if sent else frozenset({"INBOX"})
        item = SourceItem(id=f"mem:{name}", kind="rfc822", raw=raw, thread_id=thread, labels=labels)
        self.source.add(item)

    def connectors(self, now: datetime) -> Connectors:
        return Connectors(mail=[self.source], calendars=[], drafts=self.store)

    def drafts(self) -> dict[str, bytes]:
        return dict(self.store.drafts)

    def user_edits(self, draft_id: str, new_text: str) -> None:
        self.store.edit_draft(draft_id, edited(self.store.drafts[draft_id], new_text))

    def user_deletes(self, draft_id: str) -> None:
        self.store.delete_draft(draft_id)

    def user_sends(self, draft_id: str, at: datetime) -> Sent:
        stored = self.store.get(draft_id)
        assert stored is not None
        self.store.delete_draft(draft_id)
        thread = stored.thread_id or f"thread-{draft_id}"
        self.deliver(f"sent-{draft_id}", sent_copy(stored.raw, at), thread=thread, sent=True)
        return Sent(message_id_of(stored.raw), thread)

    def user_writes(self, name: str, raw: bytes) -> None:
        self.deliver(name, raw, sent=True)


class MaildirMailbox:
    def __init__(self, root: Path) -> None:
        self.inbox = root / "INBOX"
        self.sent = root / "Sent"
        self.drafts_dir = root / "Drafts"
        for folder in (self.inbox, self.sent):
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(parents=True)
        self.store = MaildirDraftStore(self.drafts_dir)
        self._clock = 1_700_000_000

    def deliver(
        self, name: str, raw: bytes, *, thread: str | None = None, sent: bool = False
    ) -> None:
        # Maildir has no thread ids: ``thread`` is ignored, the headers thread the mail.
        path = (self.sent if sent else self.inbox) / "new" / f"{self._clock}.{name}.host"
        path.write_bytes(raw)
        os.utime(path, (self._clock, self._clock))  # arrival order = mtime order
        self._clock += 60

    def connectors(self, now: datetime) -> Connectors:
        sent = MaildirSource(self.sent, name="maildir-sent", labels=frozenset({"SENT"}))
        return Connectors(mail=[MaildirSource(self.inbox), sent], calendars=[], drafts=self.store)

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

    def user_sends(self, draft_id: str, at: datetime) -> Sent:
        path = self._files()[draft_id]
        raw = path.read_bytes()
        path.unlink()  # mutt/aerc move the draft to Sent, keeping its Message-ID
        self.deliver(f"sent-{draft_id}", sent_copy(raw, at), sent=True)
        return Sent(message_id_of(raw), None)

    def user_writes(self, name: str, raw: bytes) -> None:
        self.deliver(name, raw, sent=True)


class GmailTestMailbox:
    """The fake Google server as the mailbox, read and written through the real client library.

    Gmail rewrites the Message-ID of a draft when it is sent, and files the sent copy in the
    draft's thread; ``user_sends`` does the same, so the second follow-up must thread by the
    id Gmail gave the sent message.
    """

    def __init__(self, fake: FakeGoogle) -> None:
        self.fake = fake
        self.now: datetime | None = None
        self.threads: dict[str, str] = {}
        self.box: GmailMailbox | None = None
        self._sent = 0

    def _add(self, raw: bytes, labels: list[str], thread: str | None, when: datetime | None) -> str:
        gmail_thread = self.threads.get(thread) if thread else None
        if gmail_thread is None and thread in self.fake.messages:
            gmail_thread = thread  # a Gmail thread id handed out by user_sends
        mid = self.fake.add_message(raw, labels=labels, thread_id=gmail_thread, internal_date=when)
        if thread is not None:
            self.threads.setdefault(thread, self.fake.messages[mid].thread_id)
        return mid

    def deliver(self, name: str, raw: bytes, *, thread: str | None = None) -> None:
        # Arrival time = just after the last pass (what Gmail's internalDate would be).
        when = self.now + timedelta(minutes=1) if self.now else None
        self._add(raw, ["INBOX"], thread, when)

    def connectors(self, now: datetime) -> Connectors:
        self.now = now
        self.fake.now = now.astimezone(UTC)
        if self.box is None:
            self.box = GmailMailbox(
                Credentials(token="fake"),
                api_endpoint=self.fake.url,
                now=lambda: (self.now or datetime.now(UTC)).astimezone(UTC),
                retry=RetryPolicy(sleep=lambda _s: None, rand=lambda: 0.5),
            )
        return Connectors(mail=[self.box], calendars=[], drafts=self.box)

    def drafts(self) -> dict[str, bytes]:
        return {d: self.fake.messages[m].raw for d, m in self.fake.drafts.items()}

    def user_edits(self, draft_id: str, new_text: str) -> None:
        stored = self.fake.messages[self.fake.drafts[draft_id]]
        stored.raw = edited(stored.raw, new_text)

    def user_deletes(self, draft_id: str) -> None:
        self.fake.messages.pop(self.fake.drafts.pop(draft_id))

    def user_sends(self, draft_id: str, at: datetime) -> Sent:
        stored = self.fake.messages.pop(self.fake.drafts.pop(draft_id))
        self._sent += 1
        new_id = f"<CAG{self._sent:04d}sent@mail.gmail.com>"
        raw = sent_copy(stored.raw, at, message_id=new_id)
        self.fake.add_message(raw, labels=["SENT"], thread_id=stored.thread_id, internal_date=at)
        return Sent(new_id, stored.thread_id)

    def user_writes(self, name: str, raw: bytes) -> None:
        when = self.now + timedelta(minutes=1) if self.now else None
        self._add(raw, ["SENT"], None, when)


@pytest.fixture(params=["memory", "maildir", "gmail"])
def mailbox(request: pytest.FixtureRequest, tmp_path: Path) -> Mailbox:
    if request.param == "memory":
        return MemoryMailbox()
    if request.param == "maildir":
        return MaildirMailbox(tmp_path / "mail")
    return GmailTestMailbox(request.getfixturevalue("fake_google"))


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SqliteLedger]:
    with SqliteLedger.open(tmp_path / "state" / "ledger.sqlite3") as opened:
        yield opened


@dataclass
class Runner:
    mailbox: Mailbox
    ledger: SqliteLedger
    settings: DraftSettings = SETTINGS

    def sync(
        self, now: datetime, *, dry_run: bool = False, store: DraftStore | None = None
    ) -> SyncReport:
        connectors = self.mailbox.connectors(now)
        if store is not None:
            connectors = Connectors(connectors.mail, connectors.calendars, store)
        return run_pass(OWNER, self.settings, connectors, self.ledger, now, dry_run=dry_run)


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
    crashing = CrashAfterCreate(run.mailbox.connectors(AFTER_FIRST).drafts)
    with pytest.raises(KeyboardInterrupt):
        run.sync(AFTER_FIRST, store=crashing)  # type: ignore[arg-type]
    assert len(run.mailbox.drafts()) == 1
    run.sync(AFTER_FIRST + timedelta(minutes=5))
    assert len(run.mailbox.drafts()) == 2  # the first was confirmed, only the second created
    assert all(row.state == "created" for row in run.ledger.drafts())


def test_lost_ledger_finds_its_drafts_again(
    run: Runner, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.sync(AFTER_FIRST)
    with SqliteLedger.open(tmp_path / "fresh" / "ledger.sqlite3") as fresh:
        later = AFTER_FIRST + timedelta(hours=1)
        report = run_pass(OWNER, SETTINGS, run.mailbox.connectors(later), fresh, later)
    assert len(run.mailbox.drafts()) == 2
    # The plan said "create"; what happened was "adopted", and that is what the user is told.
    assert [type(a.action).__name__ for a in report.applied] == ["CreateDraft", "CreateDraft"]
    assert [a.outcome for a in report.applied] == ["adopted", "adopted"]
    print_sync_report(report, "UTC")
    out = capsys.readouterr().out
    assert out.count("already in your mailbox") == 2 and "created draft" not in out, out
    assert "No drafts created, updated or removed." in out


def test_broken_message_is_recorded_and_the_pass_goes_on(run: Runner) -> None:
    run.mailbox.deliver("junk", b"\x00\xff not a message at all \x00" * 10)
    run.mailbox.deliver("invite", invite(start=FIRST))
    report = run.sync(AFTER_FIRST)
    assert len(_created(report)) == 2


# --- rules added with the second follow-up ----------------------------------------------------


def mail(
    sender: str,
    to: str,
    subject: str,
    body: str,
    at: datetime,
    *,
    in_reply_to: str | None = None,
    message_id: str | None = None,
) -> bytes:
    """A plain message (a reply from the company, or one the user wrote by hand)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = message_id or f"<{abs(hash((sender, subject, at)))}@test.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    return bytes(msg)


RUTH = "Ruth Adler <ruth.adler@tallgrass.example>"
SENT_AT = datetime(2026, 3, 10, 17, 0, tzinfo=NY)  # Tuesday, an hour after the drafts appeared
SECOND_DUE = datetime(2026, 3, 19, 17, 0, tzinfo=NY)  # 7 business days later (Thursday week)


def _ruth_draft(run: Runner) -> str:
    return next(d for d, raw in run.mailbox.drafts().items() if b"ruth.adler@" in raw)


def _body(raw: bytes) -> str:
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("plain",))
    return " ".join(str(part.get_content()).split()) if part is not None else ""


def _second_drafts(run: Runner) -> dict[str, bytes]:
    """The "checking in" drafts (the thank-you drafts never say "check in")."""
    return {d: raw for d, raw in run.mailbox.drafts().items() if "check in" in _body(raw)}


def test_user_already_wrote_after_the_interview_began_means_no_draft(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    # Not interview-looking mail at all ("Thanks for today"): it must still count.
    by_hand = mail(
        f"Casey Ng <{USER}>",
        RUTH,
        "Thanks for today",
        "Hi Ruth, thanks for the chat this afternoon!",
        FIRST + timedelta(hours=3),
    )
    run.mailbox.user_writes("by-hand", by_hand)
    run.sync(AFTER_FIRST)
    assert run.mailbox.drafts() == {}
    assert any("already wrote" in skip.reason for skip in run.ledger.skips())
    assert run.sync(AFTER_FIRST + timedelta(hours=1)).done == []


def test_mail_written_before_the_interview_does_not_stop_the_draft(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    before = mail(
        f"Casey Ng <{USER}>",
        RUTH,
        "See you Monday",
        "Looking forward to it.",
        FIRST - timedelta(days=2),
    )
    run.mailbox.user_writes("before", before)
    assert len(_created(run.sync(AFTER_FIRST))) == 2


def test_keep_cancelled_drafts_when_configured(run: Runner) -> None:
    run.settings = replace(SETTINGS, keep_cancelled_drafts=True)
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.sync(AFTER_FIRST)
    before = run.mailbox.drafts()
    assert len(before) == 2
    run.mailbox.deliver("cancel", invite(start=FIRST, sequence=1, method="CANCEL"))
    report = run.sync(AFTER_FIRST + timedelta(hours=2))
    assert run.mailbox.drafts() == before
    assert not any(line.startswith("removed") for line in report.done)


def _sent_thank_you(run: Runner) -> Sent:
    run.mailbox.deliver("invite", invite(start=FIRST))
    assert len(_created(run.sync(AFTER_FIRST))) == 2
    sent = run.mailbox.user_sends(_ruth_draft(run), SENT_AT)
    run.sync(SENT_AT + timedelta(hours=1))
    states = sorted(row.state for row in run.ledger.drafts())
    assert states == ["created", "sent"], states  # a send is told apart from a delete
    return sent


def test_second_follow_up_once_after_n_business_days_in_the_sent_thread(run: Runner) -> None:
    sent = _sent_thank_you(run)
    run.sync(SECOND_DUE - timedelta(hours=1))
    assert _second_drafts(run) == {}
    report = run.sync(SECOND_DUE + timedelta(minutes=30))
    assert len(_created(report)) == 1
    [(draft_id, raw)] = _second_drafts(run).items()
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["In-Reply-To"] == sent.message_id
    assert str(msg["Subject"]) == "Re: Thank you - Platform Engineer interview"
    assert "ruth.adler@tallgrass.example" in str(msg["To"]) and "ken.mori" not in str(msg["To"])
    if isinstance(run.mailbox, GmailTestMailbox):
        assert run.mailbox.fake.messages[run.mailbox.fake.drafts[draft_id]].thread_id == sent.thread
    assert run.sync(SECOND_DUE + timedelta(hours=1)).done == []
    assert run.sync(SECOND_DUE + timedelta(days=3)).done == []
    assert len(_second_drafts(run)) == 1


def test_status_names_the_second_follow_up(run: Runner, capsys: pytest.CaptureFixture[str]) -> None:
    _sent_thank_you(run)
    print_sync_report(run.sync(SECOND_DUE + timedelta(minutes=30)), "UTC")
    assert "created second follow-up draft to Ruth Adler" in capsys.readouterr().out
    print_status(run.ledger, SETTINGS, SECOND_DUE + timedelta(hours=1))
    lines = [line.strip() for line in capsys.readouterr().out.splitlines()]
    drafts = sorted(line.split(":")[0] for line in lines if " to " in line)
    assert drafts == [
        "draft to ken.mori@tallgrass.example",
        "draft to ruth.adler@tallgrass.example",
        "second follow-up to ruth.adler@tallgrass.example",
    ], lines


def test_deleted_thank_you_gets_no_second_follow_up(run: Runner) -> None:
    run.mailbox.deliver("invite", invite(start=FIRST))
    run.sync(AFTER_FIRST)
    run.mailbox.user_deletes(_ruth_draft(run))
    run.sync(SENT_AT)
    assert "user_deleted" in {row.state for row in run.ledger.drafts()}
    run.sync(SECOND_DUE + timedelta(hours=1))
    assert _second_drafts(run) == {}


ANSWERS = {
    "reply": (RUTH, "Re: Thank you - Platform Engineer interview", "Thanks Casey, talk soon."),
    "rejection": (
        "Tallgrass Systems <no-reply@greenhouse-mail.io>",
        "Your application to Tallgrass Systems",
        "Unfortunately, we have decided to move forward with other candidates.",
    ),
    "offer": (
        "Nina Park <nina.park@tallgrass.example>",
        "Next steps: Platform Engineer",
        "We are pleased to extend an offer of employment after your interviews.",
    ),
}


@pytest.mark.parametrize("kind", sorted(ANSWERS))
def test_no_second_follow_up_after_an_answer(run: Runner, kind: str) -> None:
    sent = _sent_thank_you(run)
    sender, subject, body = ANSWERS[kind]
    at = SENT_AT + timedelta(days=2)
    in_reply_to = sent.message_id if kind == "reply" else None
    raw = mail(sender, f"Casey Ng <{USER}>", subject, body, at, in_reply_to=in_reply_to)
    run.mailbox.deliver(f"answer-{kind}", raw, thread=sent.thread if kind == "reply" else None)
    report = run.sync(SECOND_DUE + timedelta(hours=1))
    assert any(f.kind == kind for f in report.detection.inbound), report.detection.inbound
    assert _second_drafts(run) == {}
    assert run.sync(SECOND_DUE + timedelta(days=2)).done == []


def test_untouched_second_follow_up_is_removed_when_the_company_answers(run: Runner) -> None:
    sent = _sent_thank_you(run)
    run.sync(SECOND_DUE + timedelta(minutes=30))
    assert len(_second_drafts(run)) == 1
    sender, subject, body = ANSWERS["reply"]
    at = SECOND_DUE + timedelta(hours=2)
    raw = mail(sender, f"Casey Ng <{USER}>", subject, body, at, in_reply_to=sent.message_id)
    run.mailbox.deliver("late-reply", raw, thread=sent.thread)
    report = run.sync(SECOND_DUE + timedelta(hours=3))
    assert _second_drafts(run) == {}
    assert any(line.startswith("removed draft") for line in report.done)
