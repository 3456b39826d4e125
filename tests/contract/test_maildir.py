"""The shared contract suites run against the local-file adapters, on real folders in tmp_path."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from integrations.base import CalendarSource, DraftStore, MailSource
from integrations.icsfolder import IcsFolderSource
from integrations.maildir import MaildirDraftStore, MaildirSource, split_name

from .suites import (
    CalendarHarness,
    CalendarSourceContract,
    DraftHarness,
    DraftStoreContract,
    MailHarness,
    MailSourceContract,
    make_ics,
)


def _deliver(folder: Path, name: str, raw: bytes) -> Path:
    """Write a file the way an MDA or editor does: into a temp name, then rename into place."""
    tmp = folder.parent / "tmp" if (folder.parent / "tmp").is_dir() else folder
    staging = tmp / f".staging-{name}"
    staging.write_bytes(raw)
    target = folder / name
    os.replace(staging, target)
    return target


class MaildirHarness:
    """Plays the mail delivery agent around a :class:`MaildirSource`."""

    def __init__(self, root: Path) -> None:
        for sub in ("cur", "new", "tmp"):
            (root / sub).mkdir(parents=True)
        self.root = root
        self._source = MaildirSource(root)
        self._n = itertools.count(1)

    @property
    def source(self) -> MailSource:
        return self._source

    def _path(self, item_id: str) -> Path:
        key = item_id.removeprefix("maildir:")
        for sub in ("new", "cur"):
            for path in (self.root / sub).iterdir():
                if split_name(path.name)[0] == key:
                    return path
        raise KeyError(item_id)

    def add(self, raw: bytes) -> str:
        key = f"1775556000.M{next(self._n)}P1.contract"
        _deliver(self.root / "new", key, raw)
        return f"maildir:{key}"

    def replace(self, item_id: str, raw: bytes) -> None:
        path = self._path(item_id)
        _deliver(path.parent, path.name, raw)

    def remove(self, item_id: str) -> None:
        self._path(item_id).unlink()

    def add_garbage(self) -> str | None:
        return self.add(b"\x00\x01\x02 this is not a mail message \xff\xfe")


class IcsFolderHarness:
    """Plays the user saving invites into an ``.ics`` folder around an :class:`IcsFolderSource`."""

    def __init__(self, root: Path) -> None:
        root.mkdir()
        self.root = root
        self._source = IcsFolderSource(root)
        self._n = itertools.count(1)

    @property
    def source(self) -> CalendarSource:
        return self._source

    def add_event(self, uid: str, summary: str) -> str:
        name = f"invite-{next(self._n)}.ics"
        _deliver(self.root, name, make_ics(uid, summary))
        return f"ics:{name}"

    def change_event(self, item_id: str, uid: str, summary: str) -> None:
        # Same size on purpose: the change must be seen by content, not by size or mtime.
        path = self.root / item_id.removeprefix("ics:")
        path.write_bytes(make_ics(uid, summary))

    def remove(self, item_id: str) -> None:
        (self.root / item_id.removeprefix("ics:")).unlink()

    def add_garbage(self) -> str | None:
        name = f"broken-{next(self._n)}.ics"
        (self.root / name).write_bytes(b"\x89PNG\r\n\x1a\n not a calendar")
        return f"ics:{name}"


class MaildirDraftHarness:
    """Plays the user's mail client (mutt, aerc) around a :class:`MaildirDraftStore`."""

    thread_id = None

    def __init__(self, root: Path) -> None:
        self.root = root
        self._store = MaildirDraftStore(root)

    @property
    def store(self) -> DraftStore:
        return self._store

    def reopen(self) -> DraftStore:
        return MaildirDraftStore(self.root)

    def _path(self, draft_id: str) -> Path:
        for sub in ("cur", "new"):
            for path in (self.root / sub).iterdir():
                if split_name(path.name)[0] == draft_id:
                    return path
        raise KeyError(draft_id)

    def user_edits(self, draft_id: str, raw: bytes) -> None:
        path = self._path(draft_id)
        path.write_bytes(raw)

    def user_deletes(self, draft_id: str) -> None:
        self._path(draft_id).unlink()


class TestMaildirSource(MailSourceContract):
    @pytest.fixture
    def mail(self, tmp_path: Path) -> MailHarness:
        return MaildirHarness(tmp_path / "Inbox")


class TestIcsFolderSource(CalendarSourceContract):
    @pytest.fixture
    def calendar(self, tmp_path: Path) -> CalendarHarness:
        return IcsFolderHarness(tmp_path / "calendar")


class TestMaildirDraftStore(DraftStoreContract):
    @pytest.fixture
    def drafts(self, tmp_path: Path) -> DraftHarness:
        return MaildirDraftHarness(tmp_path / "Drafts")
