"""A Maildir as a read-only :class:`MailSource`, and a Maildir ``Drafts`` folder as a DraftStore.

This is the offline default and a real backend for mutt, aerc and notmuch users. Layout, per the
Maildir spec (https://cr.yp.to/proto/maildir.html): a message is one file in ``new/`` (not yet
seen by a mail reader) or ``cur/``, named ``<unique key>:2,<flags>``; ``tmp/`` holds deliveries
in progress and is never read. Moving a file from ``new/`` to ``cur/`` or changing its flags
renames it but keeps the unique key, so the key (not the file name) is the item's identity.

Why the source lists and reads files itself instead of going through :class:`mailbox.Maildir`:
it needs each file's ``stat`` (size, mtime, inode) for the cursor, which ``mailbox.Maildir`` keeps
private, and it must be strictly read-only: nothing here renames, creates or touches a file in
the user's mailbox. The draft store writes files by hand for the same kind of reason: it must
control the file mode (0600) and keep the bytes exact; the result is a plain Maildir message
that ``mailbox.Maildir``, mutt, aerc and notmuch read as a draft (flag ``D``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import stat
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from pathlib import Path

from detector.model import SourceItem
from integrations import snapshot, sniff
from integrations.base import Changes, StoredDraft
from integrations.errors import DraftNotFound, SourceUnavailable

_FLAG_LABELS = {
    "D": "DRAFT",
    "F": "FLAGGED",
    "P": "PASSED",
    "R": "REPLIED",
    "S": "SEEN",
    "T": "TRASHED",
}
"""Maildir flags (the letters after ``:2,``) and the labels they become."""

_CURSOR_KIND = "maildir"
_HEADER_LIMIT = 256 * 1024
"""Stop reading a draft's header block after this many bytes (a broken file has no end)."""


def split_name(file_name: str) -> tuple[str, str]:
    """Split a Maildir file name into ``(unique key, flags)``; flags are ``""`` when absent."""
    key, _, info = file_name.partition(":")
    flags = info[2:] if info.startswith("2,") else ""
    return key, flags


def flag_labels(flags: str) -> frozenset[str]:
    """The upper-case labels for Maildir ``flags`` (unknown lower-case keyword flags ignored)."""
    return frozenset(_FLAG_LABELS[f] for f in flags if f in _FLAG_LABELS)


@dataclass(frozen=True)
class _Entry:
    key: str
    path: Path
    flags: str
    size: int
    mtime_ns: int
    inode: int

    @property
    def fingerprint(self) -> str:
        # Size + mtime + inode, not a content hash: hashing would read every message of a large
        # mailbox on every pass. Maildir messages are immutable by convention (flag changes are
        # renames, which keep all three); an edit in place changes size or mtime, and an edit by
        # write-new-then-rename (what editors and MDAs do) changes the inode.
        return f"{self.size}:{self.mtime_ns}:{self.inode}"


def _require_maildir(path: Path) -> None:
    if not path.is_dir():
        raise SourceUnavailable(f"Maildir not found: {path} does not exist or is not a folder")
    if not (path / "cur").is_dir() and not (path / "new").is_dir():
        raise SourceUnavailable(f"not a Maildir: {path} has no cur/ or new/ folder")


def _scan(path: Path) -> tuple[dict[str, _Entry], dict[str, str]]:
    """List the messages in ``cur/`` and ``new/``: ``(key -> entry, key -> why unreadable)``."""
    entries: dict[str, _Entry] = {}
    unreadable: dict[str, str] = {}
    # cur/ first so that a message caught mid-move (in both folders for an instant) is taken
    # from cur/, where it is going.
    for sub in ("cur", "new"):
        try:
            listing = list(os.scandir(path / sub))
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise SourceUnavailable(f"cannot list {path / sub}: {exc.strerror or exc}") from exc
        for dirent in listing:
            # Dot files are reserved by the Maildir spec (and used by Dovecot, Courier...).
            if dirent.name.startswith("."):
                continue
            key, flags = split_name(dirent.name)
            if key in entries:
                continue
            try:
                st = dirent.stat()  # follows symlinks: a dangling one is reported, not skipped
            except OSError as exc:
                unreadable.setdefault(key, f"cannot read {sub}/{dirent.name}: {exc.strerror}")
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            unreadable.pop(key, None)
            entries[key] = _Entry(
                key, Path(dirent.path), flags, st.st_size, st.st_mtime_ns, st.st_ino
            )
    return entries, unreadable


class MaildirSource:
    """Reads a Maildir incrementally and never changes it.

    Item ids are ``maildir:<unique key>``; a flag change or a move from ``new/`` to ``cur/`` is
    the same item and is not emitted again (only a change of the file's content is). Items carry
    the labels of their Maildir flags plus ``labels`` (e.g. ``{"SENT"}`` for a Sent folder).
    ``thread_id`` is always ``None``: Maildir has no thread ids, the detector threads by headers.
    """

    def __init__(
        self, path: Path, name: str = "maildir", labels: frozenset[str] = frozenset()
    ) -> None:
        self.path = path
        self.name = name
        self.labels = frozenset(label.upper() for label in labels)

    def changes(self, cursor: str | None) -> Changes:
        """Messages added or changed since ``cursor`` (all when ``None``), and those removed.

        Raises :class:`~integrations.errors.SourceUnavailable` when the Maildir is missing. A file
        that cannot be read, or is not a mail message, becomes a line in ``problems``.
        """
        _require_maildir(self.path)
        entries, unreadable = _scan(self.path)
        previous, reason = snapshot.decode(cursor, _CURSOR_KIND)
        seen: dict[str, str] = {}
        items: list[SourceItem] = []
        problems: list[str] = []
        read = 0
        for entry in sorted(entries.values(), key=lambda e: (e.mtime_ns, e.key)):
            item_id = f"maildir:{entry.key}"
            fingerprint = entry.fingerprint
            if previous.get(item_id) == fingerprint:
                seen[item_id] = fingerprint
                continue
            try:
                raw = entry.path.read_bytes()
            except OSError as exc:
                unreadable[entry.key] = f"cannot read {entry.path.name}: {exc.strerror or exc}"
                continue
            read += 1
            # Recorded even when the bytes are garbage: reported once, again only if they change.
            seen[item_id] = fingerprint
            problem = sniff.mail_problem(raw)
            if problem is not None:
                problems.append(f"{item_id}: {problem}")
                continue
            labels = self.labels | flag_labels(entry.flags)
            # The Date header, not the file's mtime: a sync tool (mbsync, offlineimap) or a
            # copy sets the mtime to when it wrote the file, not when the mail arrived.
            received = sniff.header_date(raw) or datetime.fromtimestamp(
                entry.mtime_ns / 1e9, tz=UTC
            )
            items.append(
                SourceItem(id=item_id, kind="rfc822", raw=raw, labels=labels, received=received)
            )
        for key, why in sorted(unreadable.items()):
            item_id = f"maildir:{key}"
            problems.append(f"{item_id}: {why}")
            # A message that was readable before and is unreadable now (a permission hiccup, a
            # file caught mid-rename) is not "removed": keep its old fingerprint until it is back.
            if item_id in previous:
                seen[item_id] = previous[item_id]
        return Changes(
            items=tuple(items),
            cursor=snapshot.encode(_CURSOR_KIND, seen),
            removed=snapshot.removed_ids(previous, seen),
            full_resync_reason=reason,
            problems=tuple(problems),
            cost={"files_listed": len(entries) + len(unreadable), "files_read": read},
        )


def _new_key() -> str:
    # The Maildir spec's unique name: time, a random part ("R"), pid, host. The host part has
    # "/" and ":" escaped as the spec asks, since both would break the file name.
    host = socket.gethostname().replace("/", "\\057").replace(":", "\\072") or "localhost"
    return f"{int(time.time())}.R{secrets.token_hex(8)}P{os.getpid()}.{host}"


def _valid_key(draft_id: str) -> bool:
    # A draft id comes back from the ledger; never let one name a path outside the folder.
    return (
        bool(draft_id) and not draft_id.startswith(".") and not any(c in draft_id for c in "/:\\\0")
    )


def _norm_message_id(value: str) -> str:
    return value.strip().strip("<>").strip()


def _read_header_block(path: Path) -> bytes:
    """The bytes of a file up to and including the blank line that ends its headers."""
    # Reading only the header block keeps find() cheap on drafts with large attachments;
    # BytesHeaderParser itself would read the whole file.
    lines: list[bytes] = []
    size = 0
    with path.open("rb") as fh:
        for line in fh:
            lines.append(line)
            size += len(line)
            if line in (b"\n", b"\r\n") or size > _HEADER_LIMIT:
                break
    return b"".join(lines)


def _message_id(header_block: bytes) -> str | None:
    value = BytesHeaderParser().parsebytes(header_block).get("Message-ID")
    return None if value is None else str(value).strip()


class MaildirDraftStore:
    """Keeps drafts as files in a Maildir ``Drafts`` folder, flagged ``D``. Never sends.

    ``draft_id`` is the Maildir unique key, stable across updates and across the user's flag
    changes. Files are written atomically (``tmp/``, then renamed into ``cur/``) with mode 0600.
    ``thread_id`` is ignored: Maildir threads by the ``In-Reply-To``/``References`` headers that
    the raw bytes already carry.
    """

    def __init__(self, path: Path) -> None:
        # The folders are created on the first write, not here, so that a dry run (which builds
        # the store but writes nothing) leaves no trace in the user's mailbox.
        self.path = path

    def create(self, raw: bytes, thread_id: str | None) -> str:
        """Write ``raw`` as a new draft (``cur/<key>:2,D``) and return its key."""
        self._ensure_folders()
        key = _new_key()
        tmp = self._write_tmp(key, raw)
        os.rename(tmp, self.path / "cur" / f"{key}:2,D")
        return key

    def get(self, draft_id: str) -> StoredDraft | None:
        """The draft's current bytes (the user's edits included), or ``None`` when it is gone."""
        path = self._locate(draft_id)
        if path is None:
            return None
        try:
            raw = path.read_bytes()
        except FileNotFoundError:  # deleted between the lookup and the read
            return None
        return StoredDraft(draft_id=draft_id, raw=raw, marker=_message_id(raw))

    def update(self, draft_id: str, raw: bytes, thread_id: str | None) -> str:
        """Replace the draft's bytes atomically, keeping its id, name and flags.

        Raises :class:`~integrations.errors.DraftNotFound` when the draft is gone: the user
        deleted or sent it, and it must not come back.
        """
        path = self._locate(draft_id)
        if path is None:
            raise DraftNotFound(f"draft {draft_id} is no longer in {self.path}")
        tmp = self._write_tmp(_new_key(), raw)
        os.replace(tmp, path)
        return draft_id

    def delete(self, draft_id: str) -> None:
        """Remove the draft; a draft that is already gone is fine."""
        path = self._locate(draft_id)
        if path is not None:
            path.unlink(missing_ok=True)

    def find(self, marker: str) -> StoredDraft | None:
        """The draft whose ``Message-ID`` is ``marker`` (angle brackets optional), if any."""
        wanted = _norm_message_id(marker)
        if not wanted:
            return None
        for path in self._files():
            try:
                found = _message_id(_read_header_block(path))
            except OSError:
                continue  # vanished or unreadable: it cannot be ours to update anyway
            if found is not None and _norm_message_id(found) == wanted:
                return self.get(split_name(path.name)[0])
        return None

    def _files(self) -> list[Path]:
        files: list[Path] = []
        for sub in ("cur", "new"):
            with contextlib.suppress(FileNotFoundError):
                files.extend(
                    Path(d.path)
                    for d in sorted(os.scandir(self.path / sub), key=lambda d: d.name)
                    if not d.name.startswith(".") and d.is_file()
                )
        return files

    def _locate(self, draft_id: str) -> Path | None:
        if not _valid_key(draft_id):
            return None
        usual = self.path / "cur" / f"{draft_id}:2,D"
        if usual.is_file():
            return usual
        # The user's mail reader may have changed the flags or moved the file to new/.
        for path in self._files():
            if split_name(path.name)[0] == draft_id:
                return path
        return None

    def _ensure_folders(self) -> None:
        for sub in ("cur", "new", "tmp"):
            (self.path / sub).mkdir(mode=0o700, parents=True, exist_ok=True)

    def _write_tmp(self, key: str, raw: bytes) -> Path:
        self._ensure_folders()
        # Maildir files use the local line ending; mutt and notmuch show "^M" on CRLF files.
        data = raw.replace(b"\r\n", b"\n")
        tmp = self.path / "tmp" / key
        # O_EXCL + 0600 at creation: the draft is never readable by others, not even briefly.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return tmp
