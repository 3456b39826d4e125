"""The ledger: what the tool has seen and done, kept between passes.

:class:`Ledger` is the interface the sync pass uses; :class:`SqliteLedger` is the embedded
implementation (one SQLite file, WAL, mode 0600). An operator serving many mailboxes can write
the same interface on Postgres without touching the pass.

Stored facts: source cursors, the raw source items (re-read by the detector every pass), item
problems, a snapshot of each interview, one row per draft marker with its state, and skips.
All times are aware datetimes, stored as ISO 8601 text in UTC (so text order is time order).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Protocol, Self, TypeVar, runtime_checkable

from detector.model import Interview, SourceItem

DRAFT_STATES = frozenset(
    {
        "pending",  # intent recorded, creation not yet confirmed
        "created",  # in the mailbox, as we wrote it (or updated it)
        "retracted",  # we removed it (interview cancelled, no longer wanted)
        "user_deleted",  # the user deleted it without sending
        "user_edited",  # the user changed it: we never touch it again
        "sent",  # the user sent it
        "skipped",  # decided not to make it
        "abandoned",  # an intent whose create never happened (the planner may try again)
    }
)


class LedgerUnavailable(Exception):
    """The ledger file cannot be used (locked, corrupt, unwritable). The message is one line."""


@dataclass(frozen=True)
class InterviewRow:
    """The ledger's snapshot of one interview (the latest pass's view)."""

    key: str
    company: str | None
    role: str | None
    kind: str
    start: datetime
    end: datetime | None
    status: str
    recipients: tuple[str, ...]
    """Interviewer addresses, then the recruiter's, lower-cased, without repeats."""
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class DraftRow:
    """One draft we made or meant to make, keyed by its marker (the Message-ID we generate)."""

    marker: str
    interview_key: str
    recipients: tuple[str, ...]
    draft_id: str | None
    thread_id: str | None
    content_hash: str
    due: datetime
    state: str
    """One of :data:`DRAFT_STATES`."""
    reason: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SkipRow:
    """An interview that gets no draft, and why."""

    interview_key: str
    reason: str
    recorded_at: datetime


@runtime_checkable
class Ledger(Protocol):
    """What the sync pass needs to remember between runs.

    Write methods are atomic on their own; :meth:`transaction` groups several into one.
    """

    def get_cursor(self, source: str) -> str | None:
        """The cursor stored for ``source``, or ``None`` before its first sync."""
        ...

    def set_cursor(self, source: str, value: str) -> None:
        """Store the cursor for ``source``."""
        ...

    def put_items(self, items: Iterable[SourceItem], cursor: tuple[str, str] | None = None) -> int:
        """Store or replace items by id and set ``cursor`` (source, value) in one transaction.

        A replaced item moves to the end of the arrival order; an identical one is left alone.
        Returns how many items were new or changed.
        """
        ...

    def remove_items(self, ids: Iterable[str]) -> int:
        """Forget the items with these ids; return how many existed."""
        ...

    def items(self) -> list[SourceItem]:
        """Every stored item, in arrival order."""
        ...

    def item_count(self) -> int:
        """How many items are stored."""
        ...

    def forget_items_received_before(self, cutoff: datetime) -> int:
        """Forget items received before ``cutoff`` (unknown times are kept); return how many."""
        ...

    def record_problem(self, source_id: str, reason: str, now: datetime) -> None:
        """Remember that an item could not be read (once per source id and reason)."""
        ...

    def problems(self) -> list[tuple[str, str, datetime]]:
        """(source id, reason, first seen) for every recorded problem, oldest first."""
        ...

    def save_interviews(self, interviews: Iterable[Interview], now: datetime) -> None:
        """Upsert a snapshot of each interview by key (``first_seen`` is kept)."""
        ...

    def interviews(self) -> list[InterviewRow]:
        """Every interview snapshot, ordered by start."""
        ...

    def draft(self, marker: str) -> DraftRow | None:
        """The draft with this marker, if any."""
        ...

    def drafts(self, interview_key: str | None = None) -> list[DraftRow]:
        """All drafts (of one interview when ``interview_key`` is given), oldest first."""
        ...

    def record_intent(
        self,
        marker: str,
        interview_key: str,
        recipients: Iterable[str],
        due: datetime,
        content_hash: str,
        thread_id: str | None,
        now: datetime,
    ) -> None:
        """Record that a draft is about to be created (state ``pending``)."""
        ...

    def record_created(self, marker: str, draft_id: str, now: datetime) -> None:
        """Confirm that the draft exists in the mailbox under ``draft_id``."""
        ...

    def record_updated(
        self, marker: str, draft_id: str, content_hash: str, due: datetime, now: datetime
    ) -> None:
        """Record that we rewrote the draft (new content, possibly a new id and due time)."""
        ...

    def set_state(self, marker: str, state: str, reason: str, now: datetime) -> None:
        """Move a draft to ``state`` (one of :data:`DRAFT_STATES`), saying why."""
        ...

    def record_skip(self, interview_key: str, reason: str, now: datetime) -> None:
        """Remember that an interview gets no draft (once per key and reason)."""
        ...

    def skips(self, interview_key: str | None = None) -> list[SkipRow]:
        """The recorded skips (of one interview when ``interview_key`` is given)."""
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """A context manager: the writes inside it happen together or not at all."""
        ...

    def close(self) -> None:
        """Release the ledger."""
        ...


# --- schema ------------------------------------------------------------------------------

MIGRATIONS: tuple[str, ...] = (
    # v1: the facts the pass needs.
    """
    CREATE TABLE cursors (
        source TEXT PRIMARY KEY,
        value  TEXT NOT NULL
    );
    CREATE TABLE items (
        seq       INTEGER PRIMARY KEY AUTOINCREMENT,  -- arrival order; never reused
        id        TEXT NOT NULL UNIQUE,
        kind      TEXT NOT NULL,
        raw       BLOB NOT NULL,
        thread_id TEXT,
        labels    TEXT NOT NULL                       -- JSON list, sorted
    );
    CREATE TABLE problems (
        source_id  TEXT NOT NULL,
        reason     TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (source_id, reason)
    );
    CREATE TABLE interviews (
        key        TEXT PRIMARY KEY,
        company    TEXT,
        role       TEXT,
        kind       TEXT NOT NULL,
        start      TEXT NOT NULL,
        "end"      TEXT,
        status     TEXT NOT NULL,
        recipients TEXT NOT NULL,                     -- JSON list of addresses
        first_seen TEXT NOT NULL,
        last_seen  TEXT NOT NULL
    );
    CREATE TABLE drafts (
        marker        TEXT PRIMARY KEY,
        interview_key TEXT NOT NULL,
        recipients    TEXT NOT NULL,                  -- JSON list of addresses
        draft_id      TEXT,
        thread_id     TEXT,
        content_hash  TEXT NOT NULL,
        due           TEXT NOT NULL,
        state         TEXT NOT NULL,
        reason        TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    );
    CREATE TABLE skips (
        interview_key TEXT NOT NULL,
        reason        TEXT NOT NULL,
        recorded_at   TEXT NOT NULL,
        PRIMARY KEY (interview_key, reason)
    );
    """,
    # v2: a journal of every draft step (intent, created, updated, state changes), so a crash or
    # a surprising draft can be explained afterwards; and a lookup index by interview.
    """
    CREATE TABLE draft_journal (
        id     INTEGER PRIMARY KEY AUTOINCREMENT,
        marker TEXT NOT NULL REFERENCES drafts (marker) ON DELETE CASCADE,
        at     TEXT NOT NULL,
        event  TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX drafts_by_interview ON drafts (interview_key);
    CREATE INDEX draft_journal_by_marker ON draft_journal (marker);
    """,
    # v3: when each item was received, so the pass can forget mail older than its window.
    """
    ALTER TABLE items ADD COLUMN received TEXT;  -- ISO 8601 UTC; NULL = unknown, kept
    CREATE INDEX items_by_received ON items (received);
    """,
)
"""Schema migrations; entry ``n`` takes ``PRAGMA user_version`` from ``n`` to ``n + 1``.

Append only: never edit a released entry, add a new one.
"""

SCHEMA_VERSION = len(MIGRATIONS)


def _statements(script: str) -> Iterator[str]:
    # Split a script into statements for execute(): executescript() would commit the open
    # transaction first, and a migration must run inside the same transaction as its checks.
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


# --- helpers -----------------------------------------------------------------------------


def _to_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime given to the ledger: {moment.isoformat()}")
    return moment.astimezone(UTC).isoformat()


def _from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


P = ParamSpec("P")
R = TypeVar("R")


def _guarded(
    method: Callable[Concatenate[SqliteLedger, P], R],
) -> Callable[Concatenate[SqliteLedger, P], R]:
    """Turn SQLite's operational errors (locked, corrupt, disk full) into LedgerUnavailable.

    IntegrityError and ProgrammingError stay as they are: they mean a bug, not a bad file.
    """

    @wraps(method)
    def wrapper(self: SqliteLedger, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
            raise
        except sqlite3.DatabaseError as exc:
            raise LedgerUnavailable(_describe(self.path, exc)) from None

    return wrapper


def _describe(path: Path, exc: sqlite3.Error) -> str:
    text = _one_line(exc)
    if "locked" in text or "busy" in text:
        return f"ledger {path} is locked by another process ({text})"
    if "not a database" in text or "malformed" in text:
        return f"ledger {path} is corrupt or not a SQLite file ({text})"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"ledger {path} cannot be written ({text})"
    return f"ledger {path} cannot be used ({text})"


# --- the SQLite ledger -------------------------------------------------------------------


class SqliteLedger:
    """The embedded :class:`Ledger`: one SQLite file in WAL mode, readable only by its owner.

    Open it with :meth:`open`; use it as a context manager or call :meth:`close`.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        """Wrap an open connection; use :meth:`open` instead."""
        self.path = path
        self._db = connection
        self._depth = 0  # nesting of transaction(): the outermost owns BEGIN/COMMIT

    @classmethod
    def open(cls, path: Path, *, busy_timeout_ms: int = 5000) -> SqliteLedger:
        """Open (creating if needed) the ledger at ``path`` and bring its schema up to date.

        The file is created with mode 0600 before SQLite opens it, so no other user can read
        the interview facts even for a moment (SQLite gives its -wal/-shm files the same mode).
        Raises :class:`LedgerUnavailable` when the file cannot be created, opened or migrated.
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                os.fchmod(fd, 0o600)  # an existing file made by hand keeps no looser mode
            finally:
                os.close(fd)
        except OSError as exc:
            reason = exc.strerror or _one_line(exc)
            raise LedgerUnavailable(f"ledger {path} cannot be created ({reason})") from None
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves (BEGIN IMMEDIATE takes the
            # write lock up front, so busy_timeout applies instead of a deadlock on upgrade).
            connection = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout_ms / 1000)
        except sqlite3.Error as exc:
            raise LedgerUnavailable(_describe(path, exc)) from None
        ledger = cls(path, connection)
        try:
            ledger._configure(busy_timeout_ms)
            ledger._migrate()
        except BaseException:
            connection.close()
            raise
        return ledger

    @_guarded
    def _configure(self, busy_timeout_ms: int) -> None:
        self._db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        self._db.execute("PRAGMA foreign_keys = ON")
        mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise LedgerUnavailable(f"ledger {self.path} cannot use WAL mode (got {mode})")

    @_guarded
    def _migrate(self) -> None:
        # Up to date: no write lock needed, so `followup status` opens while a sync runs.
        if self._check_version() == SCHEMA_VERSION:
            return
        with self.transaction():
            # Read the version again inside the write transaction: two processes opening a
            # new ledger at once must not both run migration 1.
            version = self._check_version()
            for number in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[number]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number + 1}")

    def _check_version(self) -> int:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise LedgerUnavailable(
                f"ledger {self.path} has schema v{version}, newer than this program's "
                f"v{SCHEMA_VERSION}: upgrade interview-followup"
            )
        return version

    def schema_version(self) -> int:
        """The schema version of the open file (``PRAGMA user_version``)."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # -- lifecycle --

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: all of them happen or none. Nested calls use savepoints."""
        depth = self._depth
        self._control("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
        self._depth += 1
        try:
            yield
            self._control("COMMIT" if depth == 0 else f"RELEASE sp{depth}")
        except BaseException:
            if depth == 0:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
            else:
                self._db.execute(f"ROLLBACK TO sp{depth}")
                self._db.execute(f"RELEASE sp{depth}")
            raise
        finally:
            self._depth = depth

    def _control(self, statement: str) -> None:
        # BEGIN IMMEDIATE is where a lock held by another process shows up (after
        # busy_timeout): report it as LedgerUnavailable even when called from transaction().
        try:
            self._db.execute(statement)
        except sqlite3.OperationalError as exc:
            raise LedgerUnavailable(_describe(self.path, exc)) from None

    # -- cursors --

    @_guarded
    def get_cursor(self, source: str) -> str | None:
        """The cursor stored for ``source``, or ``None`` before its first sync."""
        row = self._db.execute("SELECT value FROM cursors WHERE source = ?", (source,)).fetchone()
        return None if row is None else str(row[0])

    @_guarded
    def set_cursor(self, source: str, value: str) -> None:
        """Store the cursor for ``source``."""
        with self.transaction():
            self._set_cursor(source, value)

    def _set_cursor(self, source: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO cursors (source, value) VALUES (?, ?) "
            "ON CONFLICT (source) DO UPDATE SET value = excluded.value",
            (source, value),
        )

    # -- items --

    @_guarded
    def put_items(self, items: Iterable[SourceItem], cursor: tuple[str, str] | None = None) -> int:
        """Store or replace items by id and set ``cursor`` (source, value) in one transaction.

        A changed item is deleted and inserted again, so it moves to the end of the arrival
        order (the detector replays items in that order: the latest version counts last). An
        item identical in every field is left where it is. Returns how many were new or
        changed. If anything fails (including the ``items`` iterable itself), nothing is
        written: neither items nor cursor, so a crash never skips items.
        """
        changed = 0
        with self.transaction():
            for item in items:
                labels = json.dumps(sorted(item.labels))
                received = _to_text(item.received) if item.received else None
                row = self._db.execute(
                    "SELECT kind, raw, thread_id, labels, received FROM items WHERE id = ?",
                    (item.id,),
                ).fetchone()
                if row is not None:
                    if tuple(row) == (item.kind, item.raw, item.thread_id, labels, received):
                        continue
                    self._db.execute("DELETE FROM items WHERE id = ?", (item.id,))
                self._db.execute(
                    "INSERT INTO items (id, kind, raw, thread_id, labels, received)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (item.id, item.kind, item.raw, item.thread_id, labels, received),
                )
                changed += 1
            if cursor is not None:
                self._set_cursor(*cursor)
        return changed

    @_guarded
    def remove_items(self, ids: Iterable[str]) -> int:
        """Forget the items with these ids; return how many existed."""
        removed = 0
        with self.transaction():
            for item_id in ids:
                removed += self._db.execute("DELETE FROM items WHERE id = ?", (item_id,)).rowcount
        return removed

    @_guarded
    def items(self) -> list[SourceItem]:
        """Every stored item, in arrival order."""
        rows = self._db.execute(
            "SELECT id, kind, raw, thread_id, labels, received FROM items ORDER BY seq"
        ).fetchall()
        return [
            SourceItem(
                id=item_id,
                kind=kind,
                raw=bytes(raw),
                thread_id=thread_id,
                labels=frozenset(json.loads(labels)),
                received=_from_text(received) if received else None,
            )
            for item_id, kind, raw, thread_id, labels, received in rows
        ]

    @_guarded
    def forget_items_received_before(self, cutoff: datetime) -> int:
        """Forget items received before ``cutoff`` (unknown times are kept); return how many."""
        with self.transaction():
            cursor = self._db.execute(
                "DELETE FROM items WHERE received IS NOT NULL AND received < ?",
                (_to_text(cutoff),),
            )
        return cursor.rowcount

    @_guarded
    def item_count(self) -> int:
        """How many items are stored."""
        return int(self._db.execute("SELECT count(*) FROM items").fetchone()[0])

    # -- problems --

    @_guarded
    def record_problem(self, source_id: str, reason: str, now: datetime) -> None:
        """Remember that an item could not be read (once per source id and reason)."""
        with self.transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO problems (source_id, reason, first_seen) VALUES (?, ?, ?)",
                (source_id, reason, _to_text(now)),
            )

    @_guarded
    def problems(self) -> list[tuple[str, str, datetime]]:
        """(source id, reason, first seen) for every recorded problem, oldest first."""
        rows = self._db.execute(
            "SELECT source_id, reason, first_seen FROM problems ORDER BY first_seen, rowid"
        ).fetchall()
        return [(source_id, reason, _from_text(seen)) for source_id, reason, seen in rows]

    # -- interviews --

    @_guarded
    def save_interviews(self, interviews: Iterable[Interview], now: datetime) -> None:
        """Upsert a snapshot of each interview by key; ``first_seen`` is kept from the first."""
        stamp = _to_text(now)
        with self.transaction():
            for interview in interviews:
                people = [p.email for p in interview.interviewers]
                if interview.recruiter is not None:
                    people.append(interview.recruiter.email)
                recipients = list(dict.fromkeys(email.lower() for email in people))
                self._db.execute(
                    """
                    INSERT INTO interviews (key, company, role, kind, start, "end", status,
                                            recipients, first_seen, last_seen)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (key) DO UPDATE SET
                        company = excluded.company, role = excluded.role,
                        kind = excluded.kind, start = excluded.start, "end" = excluded."end",
                        status = excluded.status, recipients = excluded.recipients,
                        last_seen = excluded.last_seen
                    """,
                    (
                        interview.key,
                        interview.company,
                        interview.role,
                        str(interview.kind),
                        _to_text(interview.start),
                        None if interview.end is None else _to_text(interview.end),
                        interview.status,
                        json.dumps(recipients),
                        stamp,
                        stamp,
                    ),
                )

    @_guarded
    def interviews(self) -> list[InterviewRow]:
        """Every interview snapshot, ordered by start (then key)."""
        rows = self._db.execute(
            'SELECT key, company, role, kind, start, "end", status, recipients, first_seen, '
            "last_seen FROM interviews ORDER BY start, key"
        ).fetchall()
        return [self._interview_row(row) for row in rows]

    @staticmethod
    def _interview_row(row: tuple[Any, ...]) -> InterviewRow:
        key, company, role, kind, start, end, status, recipients, first_seen, last_seen = row
        return InterviewRow(
            key=key,
            company=company,
            role=role,
            kind=kind,
            start=_from_text(start),
            end=None if end is None else _from_text(end),
            status=status,
            recipients=tuple(json.loads(recipients)),
            first_seen=_from_text(first_seen),
            last_seen=_from_text(last_seen),
        )

    # -- drafts --

    _DRAFT_COLUMNS = (
        "marker, interview_key, recipients, draft_id, thread_id, content_hash, due, state, "
        "reason, created_at, updated_at"
    )

    @staticmethod
    def _draft_row(row: tuple[Any, ...]) -> DraftRow:
        (marker, key, recipients, draft_id, thread_id, content_hash, due, state, reason) = row[:9]
        return DraftRow(
            marker=marker,
            interview_key=key,
            recipients=tuple(json.loads(recipients)),
            draft_id=draft_id,
            thread_id=thread_id,
            content_hash=content_hash,
            due=_from_text(due),
            state=state,
            reason=reason,
            created_at=_from_text(row[9]),
            updated_at=_from_text(row[10]),
        )

    @_guarded
    def draft(self, marker: str) -> DraftRow | None:
        """The draft with this marker, if any."""
        row = self._db.execute(
            f"SELECT {self._DRAFT_COLUMNS} FROM drafts WHERE marker = ?", (marker,)
        ).fetchone()
        return None if row is None else self._draft_row(row)

    @_guarded
    def drafts(self, interview_key: str | None = None) -> list[DraftRow]:
        """All drafts (of one interview when ``interview_key`` is given), oldest first."""
        query = f"SELECT {self._DRAFT_COLUMNS} FROM drafts"
        args: tuple[str, ...] = ()
        if interview_key is not None:
            query += " WHERE interview_key = ?"
            args = (interview_key,)
        rows = self._db.execute(query + " ORDER BY created_at, marker", args).fetchall()
        return [self._draft_row(row) for row in rows]

    @_guarded
    def record_intent(
        self,
        marker: str,
        interview_key: str,
        recipients: Iterable[str],
        due: datetime,
        content_hash: str,
        thread_id: str | None,
        now: datetime,
    ) -> None:
        """Record that a draft is about to be created (state ``pending``).

        Called before the mailbox is touched, so a crash leaves a ``pending`` row the next
        pass resolves by looking for the marker. Recording an intent for a marker that
        already has a row (a draft made again after a retraction) resets it to ``pending``
        and keeps its ``created_at`` and last known ``draft_id``.
        """
        stamp = _to_text(now)
        with self.transaction():
            self._db.execute(
                f"""
                INSERT INTO drafts ({self._DRAFT_COLUMNS})
                VALUES (?, ?, ?, NULL, ?, ?, ?, 'pending', '', ?, ?)
                ON CONFLICT (marker) DO UPDATE SET
                    interview_key = excluded.interview_key, recipients = excluded.recipients,
                    thread_id = excluded.thread_id, content_hash = excluded.content_hash,
                    due = excluded.due, state = 'pending', reason = '',
                    updated_at = excluded.updated_at
                """,
                (
                    marker,
                    interview_key,
                    json.dumps(list(recipients)),
                    thread_id,
                    content_hash,
                    _to_text(due),
                    stamp,
                    stamp,
                ),
            )
            self._journal(marker, stamp, "intent", content_hash)

    @_guarded
    def record_created(self, marker: str, draft_id: str, now: datetime) -> None:
        """Confirm that the draft exists in the mailbox under ``draft_id`` (state ``created``)."""
        stamp = _to_text(now)
        with self.transaction():
            self._update(
                marker,
                "draft_id = ?, state = 'created', reason = '', updated_at = ?",
                (draft_id, stamp),
            )
            self._journal(marker, stamp, "created", draft_id)

    @_guarded
    def record_updated(
        self, marker: str, draft_id: str, content_hash: str, due: datetime, now: datetime
    ) -> None:
        """Record that we rewrote the draft: new content, maybe a new id and due time."""
        stamp = _to_text(now)
        with self.transaction():
            self._update(
                marker,
                "draft_id = ?, content_hash = ?, due = ?, state = 'created', reason = '', "
                "updated_at = ?",
                (draft_id, content_hash, _to_text(due), stamp),
            )
            self._journal(marker, stamp, "updated", f"{draft_id} {content_hash}")

    @_guarded
    def set_state(self, marker: str, state: str, reason: str, now: datetime) -> None:
        """Move a draft to ``state`` (one of :data:`DRAFT_STATES`), saying why.

        Raises :class:`ValueError` for an unknown state and :class:`KeyError` for an unknown
        marker: both are bugs in the caller, not facts about the mailbox.
        """
        if state not in DRAFT_STATES:
            raise ValueError(f"unknown draft state {state!r}")
        stamp = _to_text(now)
        with self.transaction():
            self._update(marker, "state = ?, reason = ?, updated_at = ?", (state, reason, stamp))
            self._journal(marker, stamp, state, reason)

    def _update(self, marker: str, assignments: str, args: tuple[str, ...]) -> None:
        cursor = self._db.execute(
            f"UPDATE drafts SET {assignments} WHERE marker = ?", (*args, marker)
        )
        if cursor.rowcount == 0:
            raise KeyError(f"no draft with marker {marker!r} in the ledger")

    def _journal(self, marker: str, stamp: str, event: str, detail: str) -> None:
        self._db.execute(
            "INSERT INTO draft_journal (marker, at, event, detail) VALUES (?, ?, ?, ?)",
            (marker, stamp, event, detail),
        )

    @_guarded
    def journal(self, marker: str) -> list[tuple[datetime, str, str]]:
        """(time, event, detail) of every recorded step of one draft, oldest first."""
        rows = self._db.execute(
            "SELECT at, event, detail FROM draft_journal WHERE marker = ? ORDER BY id", (marker,)
        ).fetchall()
        return [(_from_text(at), event, detail) for at, event, detail in rows]

    # -- skips --

    @_guarded
    def record_skip(self, interview_key: str, reason: str, now: datetime) -> None:
        """Remember that an interview gets no draft (once per key and reason)."""
        with self.transaction():
            self._db.execute(
                "INSERT OR IGNORE INTO skips (interview_key, reason, recorded_at) VALUES (?, ?, ?)",
                (interview_key, reason, _to_text(now)),
            )

    @_guarded
    def skips(self, interview_key: str | None = None) -> list[SkipRow]:
        """The recorded skips (of one interview when ``interview_key`` is given), oldest first."""
        query = "SELECT interview_key, reason, recorded_at FROM skips"
        args: tuple[str, ...] = ()
        if interview_key is not None:
            query += " WHERE interview_key = ?"
            args = (interview_key,)
        rows = self._db.execute(query + " ORDER BY recorded_at, rowid", args).fetchall()
        return [SkipRow(key, reason, _from_text(at)) for key, reason, at in rows]
