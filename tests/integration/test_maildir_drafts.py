"""MaildirDraftStore on a real Drafts folder: what mutt, aerc, notmuch and mailbox.Maildir see."""

from __future__ import annotations

import mailbox
import stat
from email.message import EmailMessage
from pathlib import Path

import pytest

from integrations.errors import DraftNotFound
from integrations.maildir import MaildirDraftStore

MARKER = "<followup.k1.interviewer@interview-followup.invalid>"
PARENT = "<invite-7@greenhouse.example.com>"


def draft(subject: str = "Thank you", body: str = "Thanks for today.\n") -> bytes:
    msg = EmailMessage()
    msg["From"] = "candidate@example.org"
    msg["To"] = "interviewer@example.com"
    msg["Subject"] = f"Re: {subject}"
    msg["Message-ID"] = MARKER
    msg["In-Reply-To"] = PARENT
    msg["References"] = PARENT
    msg.set_content(body)
    return msg.as_bytes()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "Mail" / "Drafts"


def test_building_the_store_writes_nothing(folder: Path) -> None:
    store = MaildirDraftStore(folder)  # what a dry run does
    assert store.get("123.R1.host") is None and store.find(MARKER) is None
    store.delete("123.R1.host")
    assert not folder.exists()


def test_a_draft_is_a_maildir_message_flagged_d(folder: Path) -> None:
    store = MaildirDraftStore(folder)
    draft_id = store.create(draft(), thread_id="ignored")

    assert sorted(p.name for p in folder.iterdir()) == ["cur", "new", "tmp"]
    assert [p.name for p in (folder / "cur").iterdir()] == [f"{draft_id}:2,D"]
    assert list((folder / "tmp").iterdir()) == [] and list((folder / "new").iterdir()) == []
    assert mode(folder / "cur" / f"{draft_id}:2,D") == 0o600

    box = mailbox.Maildir(folder, create=False)
    assert box.keys() == [draft_id]
    msg = box[draft_id]
    assert msg.get_flags() == "D" and msg.get_subdir() == "cur"
    assert msg["Message-ID"] == MARKER
    assert msg["In-Reply-To"] == PARENT and msg["References"] == PARENT


def test_update_keeps_the_id_the_name_and_the_mode(folder: Path) -> None:
    store = MaildirDraftStore(folder)
    draft_id = store.create(draft("First"), None)
    assert store.update(draft_id, draft("Second"), None) == draft_id

    assert [p.name for p in (folder / "cur").iterdir()] == [f"{draft_id}:2,D"]
    assert list((folder / "tmp").iterdir()) == []
    assert mode(folder / "cur" / f"{draft_id}:2,D") == 0o600
    assert mailbox.Maildir(folder, create=False)[draft_id]["Subject"] == "Re: Second"


def test_crlf_is_stored_with_local_line_endings(folder: Path) -> None:
    store = MaildirDraftStore(folder)
    draft_id = store.create(draft().replace(b"\n", b"\r\n"), None)
    stored = store.get(draft_id)
    assert stored is not None and b"\r\n" not in stored.raw and stored.raw == draft()


def test_the_user_s_mail_client_can_reflag_and_move_the_draft(folder: Path) -> None:
    store = MaildirDraftStore(folder)
    draft_id = store.create(draft(), None)
    box = mailbox.Maildir(folder, create=False)
    msg = box[draft_id]
    msg.set_flags("DS")
    msg.set_subdir("new")
    box[draft_id] = msg  # mailbox.Maildir rewrites it as new/<key>:2,DS
    assert [p.name for p in (folder / "new").iterdir()] == [f"{draft_id}:2,DS"]

    found = store.find(MARKER)
    assert found is not None and found.draft_id == draft_id
    assert store.update(draft_id, draft("Moved"), None) == draft_id
    stored = store.get(draft_id)
    assert stored is not None and b"Re: Moved" in stored.raw
    store.delete(draft_id)
    assert store.get(draft_id) is None and box.keys() == []


@pytest.mark.parametrize("bad_id", ["", "../Inbox/cur/x", ".hidden", "a/b", "key:2,D", "\0"])
def test_ids_that_are_not_keys_name_nothing(folder: Path, bad_id: str) -> None:
    store = MaildirDraftStore(folder)
    store.create(draft(), None)
    (folder / ".hidden").write_bytes(draft())
    assert store.get(bad_id) is None
    store.delete(bad_id)
    assert (folder / ".hidden").exists()
    with pytest.raises(DraftNotFound):
        store.update(bad_id, draft(), None)


def test_find_skips_files_that_are_not_drafts(folder: Path) -> None:
    store = MaildirDraftStore(folder)
    (folder / "cur").mkdir(parents=True)
    (folder / "cur" / "000.garbage.host:2,D").write_bytes(b"\x00\xff no headers at all")
    (folder / "cur" / "001.dir.host").mkdir()
    draft_id = store.create(draft(body="x" * 2_000_000), None)  # a large body is not read
    found = store.find(MARKER)
    assert found is not None and found.draft_id == draft_id
