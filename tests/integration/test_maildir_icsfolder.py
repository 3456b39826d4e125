"""IcsFolderSource on a real folder: which files count, content-hash changes, read-only."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from integrations.errors import SourceUnavailable
from integrations.icsfolder import IcsFolderSource


def ics(summary: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{hashlib.sha1(summary.encode()).hexdigest()}@example.com\r\n"
        "DTSTAMP:20260401T090000Z\r\nDTSTART:20260407T150000Z\r\n"
        f"SUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def snapshot(root: Path) -> dict[str, tuple[int, int, int, str]]:
    return {
        str(p.relative_to(root)): (
            p.stat().st_mode,
            p.stat().st_mtime_ns,
            p.stat().st_ino,
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "",
        )
        for p in [root, *sorted(root.rglob("*"))]
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "invites"
    root.mkdir()
    return root


def test_which_files_are_read_and_as_what(folder: Path) -> None:
    (folder / "a.ics").write_bytes(ics("A"))
    (folder / "B.ICS").write_bytes(b"\xef\xbb\xbf" + ics("B"))
    (folder / "c.gcal.json").write_bytes(json.dumps({"id": "c", "summary": "C"}).encode())
    (folder / "notes.txt").write_bytes(b"not a calendar, not read")
    (folder / ".hidden.ics").write_bytes(ics("hidden"))
    (folder / "sub").mkdir()
    (folder / "sub" / "deeper.ics").write_bytes(ics("deeper"))
    (folder / "dir.ics").mkdir()
    before = snapshot(folder)

    changes = IcsFolderSource(folder).changes(None)

    assert sorted((i.id, i.kind) for i in changes.items) == [
        ("ics:B.ICS", "ics"),
        ("ics:a.ics", "ics"),
        ("ics:c.gcal.json", "gcal-json"),
    ]
    assert changes.problems == ()
    assert snapshot(folder) == before


def test_touch_is_not_a_change_but_new_bytes_are(folder: Path) -> None:
    path = folder / "invite.ics"
    path.write_bytes(ics("Interview v1"))
    source = IcsFolderSource(folder)
    first = source.changes(None)

    os.utime(path, ns=(1, 2_000_000_000_000_000_000))
    assert source.changes(first.cursor).items == ()

    path.write_bytes(ics("Interview v2"))  # same size
    os.utime(path, ns=(1, 2_000_000_000_000_000_000))  # and the same mtime as before
    second = source.changes(first.cursor)
    assert [i.raw for i in second.items] == [ics("Interview v2")]


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("empty.ics", b""),
        ("page.ics", b"<html></html>"),
        ("x.gcal.json", b"[1, 2]"),
        ("y.gcal.json", b"{not json"),
    ],
)
def test_bad_files_are_one_line_problems(folder: Path, name: str, raw: bytes) -> None:
    (folder / "good.ics").write_bytes(ics("good"))
    (folder / name).write_bytes(raw)
    changes = IcsFolderSource(folder).changes(None)
    assert [i.id for i in changes.items] == ["ics:good.ics"]
    assert len(changes.problems) == 1 and changes.problems[0].startswith(f"ics:{name}: ")


def test_a_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceUnavailable) as err:
        IcsFolderSource(tmp_path / "nope").changes(None)
    assert str(tmp_path / "nope") in str(err.value) and "\n" not in str(err.value)
