"""The SQLite ledger on real files: modes, migrations, atomicity, ordering, states, locking."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from detector.model import Interview, InterviewKind, Person, SourceItem
from followup.ledger import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Ledger,
    LedgerUnavailable,
    SqliteLedger,
)

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
BERLIN = timezone(timedelta(hours=1))


def item(item_id: str, raw: bytes = b"raw", labels: frozenset[str] = frozenset()) -> SourceItem:
    return SourceItem(id=item_id, kind="rfc822", raw=raw, thread_id="t1", labels=labels)


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SqliteLedger]:
    with SqliteLedger.open(tmp_path / "state" / "ledger.sqlite3") as opened:
        yield opened


def test_file_created_with_mode_0600_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "ledger.sqlite3"
    with SqliteLedger.open(path) as ledger:
        ledger.set_cursor("maildir", "c1")
        assert isinstance(ledger, Ledger)
        for file in (path, path.with_name(path.name + "-wal")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_existing_loose_file_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    SqliteLedger.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_migrations_run_once_and_are_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with SqliteLedger.open(path) as ledger:
        assert ledger.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
        ledger.set_cursor("gmail", "42")
    with SqliteLedger.open(path) as again:  # a second open must not re-run (tables exist)
        assert again.schema_version() == SCHEMA_VERSION
        assert again.get_cursor("gmail") == "42"


def test_v1_database_migrates_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute(
        "INSERT INTO drafts VALUES ('<m1@x>', 'uid-1', '[\"a@b.co\"]', 'd1', NULL, 'h1', "
        "'2026-03-03T09:00:00+00:00', 'created', '', '2026-03-02T09:00:00+00:00', "
        "'2026-03-02T09:00:00+00:00')"
    )
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    with SqliteLedger.open(path) as ledger:
        assert ledger.schema_version() == SCHEMA_VERSION
        row = ledger.draft("<m1@x>")
        assert row is not None and row.state == "created" and row.recipients == ("a@b.co",)
        ledger.set_state("<m1@x>", "sent", "user sent it", NOW)  # needs v2's journal table
        assert [event for _, event, _ in ledger.journal("<m1@x>")] == ["sent"]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    SqliteLedger.open(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(LedgerUnavailable, match="newer than this program"):
        SqliteLedger.open(path)


def test_cursor_and_items_are_atomic(ledger: SqliteLedger) -> None:
    ledger.put_items([item("a")], cursor=("maildir", "c1"))

    def broken() -> Iterator[SourceItem]:
        yield item("b")
        yield item("a", raw=b"changed")
        raise OSError("connection dropped half way")

    with pytest.raises(OSError, match="half way"):
        ledger.put_items(broken(), cursor=("maildir", "c2"))
    assert [i.id for i in ledger.items()] == ["a"]
    assert ledger.items()[0].raw == b"raw"
    assert ledger.get_cursor("maildir") == "c1"
    assert ledger.put_items([item("b")], cursor=("maildir", "c2")) == 1  # usable afterwards
    assert ledger.get_cursor("maildir") == "c2"


def test_replaced_item_moves_to_end_unchanged_item_stays(ledger: SqliteLedger) -> None:
    assert ledger.put_items([item("a"), item("b"), item("c")]) == 3
    assert ledger.put_items([item("a"), item("b")]) == 0  # identical: not moved, not counted
    assert [i.id for i in ledger.items()] == ["a", "b", "c"]
    assert ledger.put_items([item("a", raw=b"v2")]) == 1
    assert [i.id for i in ledger.items()] == ["b", "c", "a"]
    assert ledger.put_items([item("b", labels=frozenset({"SENT"}))]) == 1
    stored = ledger.items()
    assert [i.id for i in stored] == ["c", "a", "b"]
    assert stored[1].raw == b"v2" and stored[2].labels == frozenset({"SENT"})
    assert stored[0] == item("c")  # round trip of every field
    assert ledger.remove_items(["c", "zzz"]) == 1
    assert ledger.item_count() == 2


def test_draft_state_transitions(ledger: SqliteLedger) -> None:
    due = datetime(2026, 3, 3, 10, 0, tzinfo=BERLIN)
    ledger.record_intent("<m1@x>", "uid-1", ["ann@acme.example"], due, "h1", "thr", NOW)
    row = ledger.draft("<m1@x>")
    assert row is not None
    assert (row.state, row.draft_id, row.due, row.thread_id) == ("pending", None, due, "thr")
    assert row.due.utcoffset() == timedelta(0)  # stored and returned in UTC

    later = NOW + timedelta(minutes=1)
    ledger.record_created("<m1@x>", "d-1", later)
    ledger.record_updated("<m1@x>", "d-2", "h2", due + timedelta(hours=1), later)
    row = ledger.draft("<m1@x>")
    assert row is not None
    assert (row.state, row.draft_id, row.content_hash) == ("created", "d-2", "h2")
    assert (row.created_at, row.updated_at) == (NOW, later)

    ledger.set_state("<m1@x>", "retracted", "interview cancelled", later)
    row = ledger.draft("<m1@x>")
    assert row is not None and (row.state, row.reason) == ("retracted", "interview cancelled")
    events = [event for _, event, _ in ledger.journal("<m1@x>")]
    assert events == ["intent", "created", "updated", "retracted"]

    with pytest.raises(ValueError, match="unknown draft state"):
        ledger.set_state("<m1@x>", "exploded", "", NOW)
    with pytest.raises(KeyError):
        ledger.record_created("<nope@x>", "d-9", NOW)
    ledger.record_intent("<m2@x>", "uid-2", [], due, "h", None, NOW)
    assert [d.marker for d in ledger.drafts("uid-1")] == ["<m1@x>"]
    assert {d.marker for d in ledger.drafts()} == {"<m1@x>", "<m2@x>"}


def test_naive_datetime_refused(ledger: SqliteLedger) -> None:
    with pytest.raises(ValueError, match="naive"):
        ledger.record_skip("uid-1", "no recipient", datetime(2026, 3, 2, 9, 0))


def test_problems_and_skips_are_deduplicated(ledger: SqliteLedger) -> None:
    ledger.record_problem("maildir:1", "bad charset", NOW)
    ledger.record_problem("maildir:1", "bad charset", NOW + timedelta(hours=1))
    ledger.record_problem("maildir:1", "bad date", NOW)
    assert ledger.problems() == [
        ("maildir:1", "bad charset", NOW),
        ("maildir:1", "bad date", NOW),
    ]
    ledger.record_skip("uid-1", "no recipient", NOW)
    ledger.record_skip("uid-1", "no recipient", NOW)
    ledger.record_skip("uid-2", "too late", NOW)
    assert [(s.interview_key, s.reason) for s in ledger.skips("uid-1")] == [
        ("uid-1", "no recipient")
    ]
    assert len(ledger.skips()) == 2


def test_interviews_upsert_keeps_first_seen(ledger: SqliteLedger) -> None:
    start = datetime(2026, 3, 1, 14, 0, tzinfo=BERLIN)
    ann = Person("Ann Lee", "ann@acme.example")
    first = Interview(
        key="uid-1",
        company="Acme",
        role="Engineer",
        kind=InterviewKind.TECHNICAL,
        start=start,
        end=start + timedelta(hours=1),
        status="scheduled",
        interviewers=(ann,),
        recruiter=Person("Rex", "rex@acme.example"),
    )
    early = Interview(
        "uid-0", None, None, InterviewKind.OTHER, start - timedelta(days=1), None, "scheduled"
    )
    ledger.save_interviews([first, early], NOW)
    moved = Interview(
        **{**first.__dict__, "start": start + timedelta(days=1), "status": "cancelled"}
    )
    ledger.save_interviews([moved], NOW + timedelta(hours=2))
    rows = ledger.interviews()
    assert [r.key for r in rows] == ["uid-0", "uid-1"]  # by start
    row = rows[1]
    assert row.start == start + timedelta(days=1) and row.status == "cancelled"
    assert row.recipients == ("ann@acme.example", "rex@acme.example")
    assert (row.first_seen, row.last_seen) == (NOW, NOW + timedelta(hours=2))
    assert row.kind == "technical" and rows[0].end is None


def test_transaction_groups_writes(ledger: SqliteLedger) -> None:
    with pytest.raises(RuntimeError), ledger.transaction():
        ledger.set_cursor("a", "1")
        ledger.record_skip("uid-1", "r", NOW)
        raise RuntimeError("boom")
    assert ledger.get_cursor("a") is None and ledger.skips() == []
    with ledger.transaction():
        ledger.set_cursor("a", "1")
        with pytest.raises(OSError):
            ledger.put_items(iter_then_fail(), cursor=("a", "2"))  # inner part rolls back alone
    assert ledger.get_cursor("a") == "1" and ledger.item_count() == 0


def iter_then_fail() -> Iterator[SourceItem]:
    yield item("x")
    raise OSError("fail")


def test_second_connection_and_process_see_the_data(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with SqliteLedger.open(path) as writer, SqliteLedger.open(path) as reader:
        writer.put_items([item("a")], cursor=("maildir", "c1"))
        assert reader.get_cursor("maildir") == "c1"
        assert [i.id for i in reader.items()] == ["a"]
        code = (
            "import sys; from pathlib import Path; from followup.ledger import SqliteLedger\n"
            "with SqliteLedger.open(Path(sys.argv[1])) as l: print(l.get_cursor('maildir'))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "c1"


def test_locked_file_gives_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    SqliteLedger.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another sync holds the write lock
    try:
        with SqliteLedger.open(path, busy_timeout_ms=50) as ledger:
            assert ledger.get_cursor("x") is None  # WAL: reading still works
            with pytest.raises(LedgerUnavailable) as info:
                ledger.set_cursor("x", "1")
    finally:
        holder.close()
    message = str(info.value)
    assert "locked" in message and str(path) in message and "\n" not in message


def test_corrupt_file_gives_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    path.write_bytes(b"this is not a database, just some text\n" * 200)
    with pytest.raises(LedgerUnavailable) as info:
        SqliteLedger.open(path)
    message = str(info.value)
    assert "corrupt" in message and "\n" not in message


def test_unusable_location_gives_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LedgerUnavailable, match="cannot be created") as info:
        SqliteLedger.open(blocker / "ledger.sqlite3")  # parent is a file, not a folder
    assert "\n" not in str(info.value)
