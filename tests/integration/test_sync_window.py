"""The look-back window: old mail is neither stored nor kept, so a pass stays cheap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from detector.model import Owner, SourceItem
from drafts.settings import DraftSettings
from followup.ledger import SqliteLedger
from followup.sync import Connectors, run_pass
from integrations.maildir import MaildirSource
from integrations.memory import MemoryDraftStore, MemoryMailSource

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
OWNER = Owner(emails=frozenset({"kim@example.com"}), name="Kim", timezone="UTC")
SETTINGS = DraftSettings(
    user_name="Kim", user_email="kim@example.com", timezone="UTC", signature="Kim"
)


def _mail(date: datetime) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ola Berg <ola@quill.example>"
    msg["To"] = "kim@example.com"
    msg["Subject"] = "Phone screen - Analyst at Quill"
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{date.timestamp():.0f}@quill.example>"
    msg.set_content(f"Hi Kim, confirming our phone screen on {date:%A, %B %d} at 3:00 PM UTC.")
    return bytes(msg)


def test_items_older_than_the_window_are_not_stored_and_age_out(tmp_path: Path) -> None:
    source = MemoryMailSource("mail")
    old = NOW - timedelta(days=90)
    source.add(SourceItem(id="old", kind="rfc822", raw=_mail(old), received=old))
    source.add(SourceItem(id="new", kind="rfc822", raw=_mail(NOW), received=NOW))
    source.add(SourceItem(id="unknown", kind="rfc822", raw=_mail(old)))  # no date: kept
    connectors = Connectors(mail=[source], calendars=[], drafts=MemoryDraftStore())
    with SqliteLedger.open(tmp_path / "ledger.sqlite3") as ledger:
        run_pass(OWNER, SETTINGS, connectors, ledger, NOW, lookback=timedelta(days=60))
        assert sorted(item.id for item in ledger.items()) == ["new", "unknown"]
        later = NOW + timedelta(days=61)
        run_pass(OWNER, SETTINGS, connectors, ledger, later, lookback=timedelta(days=60))
        assert [item.id for item in ledger.items()] == ["unknown"]


def test_maildir_items_are_dated_by_their_date_header(tmp_path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    sent = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    (tmp_path / "new" / "1.a.host").write_bytes(_mail(sent))
    (tmp_path / "new" / "2.b.host").write_bytes(b"Subject: no date here\n\nbody\n")
    items = {i.id: i for i in MaildirSource(tmp_path).changes(None).items}
    assert items["maildir:1.a.host"].received == sent
    fallback = items["maildir:2.b.host"].received
    assert fallback is not None and fallback.tzinfo is not None  # the file's mtime
