"""GmailMailbox as a DraftStore, against the fake Google server over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from google.oauth2.credentials import Credentials

from integrations.base import DraftStore
from integrations.errors import DraftNotFound
from integrations.gmail import GmailMailbox
from integrations.google_client import RetryPolicy
from tests.fakes import FakeGoogle
from tests.fakes.mail_factory import make_mail

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
MARKER = "<followup.abc123.jo@interview-followup.invalid>"


def mailbox(fake: FakeGoogle, sleeps: list[float] | None = None) -> GmailMailbox:
    policy = RetryPolicy(sleep=(sleeps if sleeps is not None else []).append, rand=lambda: 0.5)
    return GmailMailbox(
        Credentials(token="fake"), api_endpoint=fake.url, now=lambda: NOW, retry=policy
    )


def reply_bytes(
    subject: str = "Re: Interview with Acme", marker: str = MARKER, body: str = "Thanks!"
) -> bytes:
    return make_mail(
        subject,
        "me@example.com",
        "jo@acme.example",
        body=body,
        message_id=marker,
        in_reply_to="<orig-1@acme.example>",
    )


def test_is_a_draft_store(fake_google: FakeGoogle) -> None:
    assert isinstance(mailbox(fake_google), DraftStore)


def test_draft_is_threaded(fake_google: FakeGoogle) -> None:
    fake_google.add_message(
        make_mail("Interview with Acme", "jo@acme.example", message_id="<orig-1@acme.example>"),
        thread_id="t-acme",
    )
    box = mailbox(fake_google)
    draft_id = box.create(reply_bytes(), "t-acme")
    stored = fake_google.messages[fake_google.drafts[draft_id]]
    assert stored.thread_id == "t-acme" and stored.labels == ["DRAFT"]
    msg = fake_google.draft_message(draft_id)
    assert msg["In-Reply-To"] == "<orig-1@acme.example>"
    assert msg["References"] == "<orig-1@acme.example>"
    assert msg["Subject"] == "Re: Interview with Acme"
    got = box.get(draft_id)
    assert got is not None and got.thread_id == "t-acme" and got.marker == MARKER
    assert b"Thanks!" in got.raw


def test_update_keeps_id_and_thread_then_delete(fake_google: FakeGoogle) -> None:
    fake_google.add_message(make_mail("Interview", "jo@acme.example"), thread_id="t1")
    box = mailbox(fake_google)
    draft_id = box.create(reply_bytes(), "t1")
    assert box.update(draft_id, reply_bytes(body="Thank you again"), "t1") == draft_id
    got = box.get(draft_id)
    assert got is not None and b"Thank you again" in got.raw and got.thread_id == "t1"
    assert len(fake_google.drafts) == 1
    box.delete(draft_id)
    assert box.get(draft_id) is None
    box.delete(draft_id)  # already gone: not an error
    with pytest.raises(DraftNotFound):
        box.update(draft_id, reply_bytes(), "t1")
    assert fake_google.requests["drafts.delete"] == 2


def test_find_by_marker_after_lost_ledger(fake_google: FakeGoogle) -> None:
    box = mailbox(fake_google)
    box.create(reply_bytes(marker="<other@interview-followup.invalid>"), None)
    draft_id = box.create(reply_bytes(), None)
    fresh = mailbox(fake_google)  # nothing remembered
    found = fresh.find(MARKER)
    assert found is not None and found.draft_id == draft_id
    assert fresh.find("<missing@interview-followup.invalid>") is None


def test_create_is_not_retried_blindly(fake_google: FakeGoogle) -> None:
    """A create whose answer is lost must not leave two drafts."""
    sleeps: list[float] = []
    box = mailbox(fake_google, sleeps)
    # The fake stores the draft, then the connection drops before the answer.
    original = fake_google._h_drafts_create

    def store_then_fail(*args: object) -> object:
        original(*args)  # type: ignore[arg-type]
        from tests.fakes.google_server import _Reset

        raise _Reset

    calls = {"n": 0}

    def flaky(*args: object) -> object:
        calls["n"] += 1
        return store_then_fail(*args) if calls["n"] <= 2 else original(*args)  # type: ignore[arg-type]

    fake_google._h_drafts_create = flaky  # type: ignore[method-assign]
    draft_id = box.create(reply_bytes(), None)
    assert len(fake_google.drafts) == 1  # found by marker, not created twice
    assert draft_id in fake_google.drafts and sleeps


def test_create_retries_after_rate_limit_when_nothing_was_stored(fake_google: FakeGoogle) -> None:
    sleeps: list[float] = []
    box = mailbox(fake_google, sleeps)
    fake_google.inject("drafts.create", status=429, retry_after=2)
    draft_id = box.create(reply_bytes(), None)
    assert list(fake_google.drafts) == [draft_id]
    # Looked for the marker before retrying: the rfc822msgid search, then the one-off scan.
    assert fake_google.requests["drafts.list"] == 2
    assert sleeps == [2.0]


def test_own_drafts_do_not_come_back_as_mail(fake_google: FakeGoogle) -> None:
    fake_google.add_message(make_mail("Interview with Acme", "jo@acme.example"), thread_id="t1")
    box = mailbox(fake_google)
    first = box.changes(None)
    box.create(reply_bytes(), "t1")
    fake_google.reset_counters()
    again = box.changes(first.cursor)
    assert again.items == ()
    assert fake_google.requests["messages.get"] == 0


def test_find_scans_drafts_when_gmail_ignores_rfc822msgid(fake_google: FakeGoogle) -> None:
    fake_google.drafts_msgid_search = False
    box = mailbox(fake_google)
    for n in range(3):
        box.create(reply_bytes(marker=f"<other{n}@interview-followup.invalid>"), None)
    draft_id = box.create(reply_bytes(), None)
    fresh = mailbox(fake_google)  # a lost ledger: nothing remembered
    fake_google.reset_counters()
    found = fresh.find(MARKER)
    assert found is not None and found.draft_id == draft_id and found.marker == MARKER
    # the empty search, one drafts.list page, one metadata get per draft (one batch)
    assert fake_google.requests["drafts.list"] == 2
    assert fake_google.requests["messages.get"] == 4 and fake_google.requests["batch"] == 1
    fake_google.reset_counters()
    assert fresh.find("<missing@interview-followup.invalid>") is None
    assert fake_google.requests["messages.get"] == 0  # scanned once per pass, not per find


def test_scan_cache_follows_our_own_creates_and_deletes(fake_google: FakeGoogle) -> None:
    fake_google.drafts_msgid_search = False
    box = mailbox(fake_google)
    assert box.find(MARKER) is None  # scans: no drafts yet
    draft_id = box.create(reply_bytes(), None)
    again = box.find(MARKER)
    assert again is not None and again.draft_id == draft_id
    box.delete(draft_id)
    assert box.find(MARKER) is None


def test_scan_is_bounded(fake_google: FakeGoogle) -> None:
    fake_google.drafts_msgid_search = False
    box = mailbox(fake_google)
    target = box.create(reply_bytes(), None)
    for n in range(4):  # newer drafts push ours past the bound
        box.create(reply_bytes(marker=f"<n{n}@interview-followup.invalid>"), None)
    fresh = GmailMailbox(
        Credentials(token="fake"), api_endpoint=fake_google.url, now=lambda: NOW, max_draft_scan=2
    )
    fake_google.reset_counters()
    assert fresh.find(MARKER) is None
    assert fake_google.requests["messages.get"] == 2
    assert target in fake_google.drafts


def test_lost_ledger_does_not_duplicate_when_rfc822msgid_is_ignored(
    fake_google: FakeGoogle,
) -> None:
    """The retry path of create: the answer is lost, the search finds nothing, the scan does."""
    fake_google.drafts_msgid_search = False
    sleeps: list[float] = []
    box = mailbox(fake_google, sleeps)
    original = fake_google._h_drafts_create
    calls = {"n": 0}

    def store_then_drop(*args: object) -> object:
        calls["n"] += 1
        answer = original(*args)  # type: ignore[arg-type]
        if calls["n"] == 1:
            from tests.fakes.google_server import _Reset

            raise _Reset
        return answer

    fake_google._h_drafts_create = store_then_drop  # type: ignore[method-assign]
    draft_id = box.create(reply_bytes(), None)
    assert list(fake_google.drafts) == [draft_id] and calls["n"] == 1
