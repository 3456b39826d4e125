"""MaildirSource on a real Maildir on disk: read-only, identity across renames, flags, problems."""

from __future__ import annotations

import hashlib
import os
import tempfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integrations.errors import SourceUnavailable
from integrations.maildir import MaildirSource

Tree = dict[str, tuple[int, int, int, int, str]]


def message(subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "recruiter@example.com"
    msg["To"] = "candidate@example.org"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{hashlib.sha1(subject.encode()).hexdigest()}@example.com>"
    msg.set_content("Body.\n")
    return msg.as_bytes()


def put(path: Path, raw: bytes, mtime_ns: int | None = None) -> Path:
    path.write_bytes(raw)
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def tree(root: Path) -> Tree:
    """Every file and folder under root: type+mode, size, mtime, inode, content hash.

    Folders are included (their mtime changes when a file inside is created, renamed or
    removed); access times are not, since reading a file may legitimately update them.
    """
    out: Tree = {}
    for path in [root, *sorted(root.rglob("*"))]:
        st = path.lstat()
        digest = ""
        if path.is_file() and not path.is_symlink():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out[str(path.relative_to(root))] = (
            st.st_mode,
            st.st_size,
            st.st_mtime_ns,
            st.st_ino,
            digest,
        )
    return out


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    root = tmp_path / "Inbox"
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    return root


T0 = 1_775_556_000_000_000_000  # 2026-04-07, in ns


def test_the_source_never_changes_the_mailbox(maildir: Path) -> None:
    put(maildir / "new" / "100.A.host", message("unseen"), T0)
    put(maildir / "cur" / "101.B.host:2,S", message("seen"), T0 + 1)
    put(maildir / "cur" / "102.C.host:2,RS", message("replied"), T0 + 2)
    put(maildir / "cur" / "103.D.host:2,S", b"\x00\x01 garbage", T0 + 3)
    put(maildir / "tmp" / "104.E.host", b"half a deliv")  # in progress: never read
    put(maildir / "cur" / ".hidden", message("dot file"))
    (maildir / "cur" / "105.F.host:2,").symlink_to(maildir / "nowhere")
    (maildir / ".Sent" / "cur").mkdir(parents=True)  # a Maildir++ subfolder: not ours
    put(maildir / ".Sent" / "cur" / "106.G.host:2,S", message("sent"))
    before = tree(maildir)

    source = MaildirSource(maildir)
    first = source.changes(None)
    source.changes(first.cursor)
    source.changes("not a cursor")

    assert tree(maildir) == before
    assert [i.id for i in first.items] == [
        "maildir:100.A.host",
        "maildir:101.B.host",
        "maildir:102.C.host",
    ]
    assert len(first.problems) == 2


def test_a_move_to_cur_with_new_flags_is_the_same_item(maildir: Path) -> None:
    new = put(maildir / "new" / "200.A.host", message("invite"), T0)
    source = MaildirSource(maildir)
    first = source.changes(None)
    assert [(i.id, i.labels) for i in first.items] == [("maildir:200.A.host", frozenset())]

    os.rename(new, maildir / "cur" / "200.A.host:2,FS")  # what mutt does when it is read
    second = source.changes(first.cursor)
    assert second.items == () and second.removed == ()

    third = source.changes(None)  # a full read sees the flags as labels
    assert third.items[0].labels == {"FLAGGED", "SEEN"}


def test_flags_and_folder_labels(maildir: Path) -> None:
    put(maildir / "cur" / "300.A.host:2,DFPRST", message("all flags"))
    put(maildir / "cur" / "301.B.host:2,Sa", message("keyword flag a is ignored"))
    source = MaildirSource(maildir, name="sent", labels=frozenset({"sent"}))
    labels = {i.id: i.labels for i in source.changes(None).items}
    assert labels["maildir:300.A.host"] == {
        "SENT",
        "DRAFT",
        "FLAGGED",
        "PASSED",
        "REPLIED",
        "SEEN",
        "TRASHED",
    }
    assert labels["maildir:301.B.host"] == {"SENT", "SEEN"}
    assert source.name == "sent"


def test_items_come_oldest_first(maildir: Path) -> None:
    put(maildir / "cur" / "z-newest:2,S", message("c"), T0 + 3_000)
    put(maildir / "new" / "a-middle", message("b"), T0 + 2_000)
    put(maildir / "cur" / "m-oldest:2,S", message("a"), T0 + 1_000)
    items = MaildirSource(maildir).changes(None).items
    assert [i.id for i in items] == ["maildir:m-oldest", "maildir:a-middle", "maildir:z-newest"]
    assert all(i.kind == "rfc822" and i.thread_id is None for i in items)


def test_same_size_rewrites_are_seen(maildir: Path) -> None:
    path = put(maildir / "cur" / "400.A.host:2,S", message("version 1"), T0)
    source = MaildirSource(maildir)
    first = source.changes(None)

    # Written to a new file and renamed over the old one (editors, MDAs): same size, same
    # mtime even, but a new inode.
    staged = put(maildir / "tmp" / "staged", message("version 2"), T0)
    os.replace(staged, path)
    second = source.changes(first.cursor)
    assert [i.raw for i in second.items] == [message("version 2")]

    # Rewritten in place, same size: the mtime moves.
    put(path, message("version 3"), T0 + 5_000_000)
    third = source.changes(second.cursor)
    assert [i.raw for i in third.items] == [message("version 3")]


def test_an_unreadable_message_is_reported_and_retried(maildir: Path) -> None:
    put(maildir / "new" / "500.A.host", message("fine"))
    link = maildir / "cur" / "501.B.host:2,S"
    link.symlink_to(maildir / "target")
    source = MaildirSource(maildir)

    first = source.changes(None)
    assert [i.id for i in first.items] == ["maildir:500.A.host"]
    assert len(first.problems) == 1 and first.problems[0].startswith("maildir:501.B.host: ")
    assert "\n" not in first.problems[0]

    second = source.changes(first.cursor)  # still broken: reported again, not remembered
    assert second.problems == first.problems and second.items == ()

    put(maildir / "target", message("repaired"))
    third = source.changes(second.cursor)
    assert [i.id for i in third.items] == ["maildir:501.B.host"]


def test_a_message_that_turns_unreadable_is_not_removed(maildir: Path) -> None:
    target = put(maildir / "target", message("behind a link"))
    (maildir / "cur" / "600.A.host:2,S").symlink_to(target)
    source = MaildirSource(maildir)
    first = source.changes(None)
    assert len(first.items) == 1

    target.unlink()
    second = source.changes(first.cursor)
    assert second.removed == () and len(second.problems) == 1

    put(target, message("behind a link"))
    third = source.changes(second.cursor)
    assert third.removed == () and third.problems == ()


def test_a_missing_maildir_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceUnavailable) as missing:
        MaildirSource(tmp_path / "nope").changes(None)
    assert str(tmp_path / "nope") in str(missing.value) and "\n" not in str(missing.value)

    (tmp_path / "plain").mkdir()
    with pytest.raises(SourceUnavailable, match="no cur/ or new/"):
        MaildirSource(tmp_path / "plain").changes(None)


def test_a_maildir_with_only_new_is_read(tmp_path: Path) -> None:
    (tmp_path / "box" / "new").mkdir(parents=True)
    put(tmp_path / "box" / "new" / "700.A.host", message("just delivered"))
    assert [i.id for i in MaildirSource(tmp_path / "box").changes(None).items] == [
        "maildir:700.A.host"
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=300))
def test_any_bytes_are_an_item_or_a_problem_never_a_crash(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for sub in ("cur", "new", "tmp"):
            (root / sub).mkdir()
        put(root / "new" / "800.A.host", raw)
        changes = MaildirSource(root).changes(None)
        assert len(changes.items) + len(changes.problems) == 1
        if changes.items:
            assert changes.items[0].raw == raw
