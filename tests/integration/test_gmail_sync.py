"""GmailMailbox as a MailSource, against the fake Google server over HTTP."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from google.oauth2.credentials import Credentials

from integrations.base import MailSource
from integrations.gmail import GmailMailbox
from integrations.google_client import RetryPolicy
from tests.fakes import FakeGoogle
from tests.fakes.mail_factory import make_mail

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


class Sleeps:
    """Records the backoff sleeps instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def mailbox(fake: FakeGoogle, sleeps: Sleeps | None = None, **kw: object) -> GmailMailbox:
    policy = RetryPolicy(sleep=sleeps or Sleeps(), rand=lambda: 0.5)
    fake.now = NOW
    return GmailMailbox(
        Credentials(token="fake"),
        api_endpoint=fake.url,
        now=lambda: NOW,
        retry=policy,
        **kw,  # type: ignore[arg-type]
    )


def seed(fake: FakeGoogle) -> dict[str, str]:
    day = timedelta(days=1)
    ids = {
        "ics": fake.add_message(
            make_mail(
                "Invitation: Interview with Acme",
                "recruiter@acme.example",
                date=NOW - 3 * day,
                ics_uid="u1",
            ),
            thread_id="t-acme",
        ),
        "ats": fake.add_message(
            make_mail("Your application", "no-reply@greenhouse.io", date=NOW - 2 * day)
        ),
        "noise": fake.add_message(
            make_mail("Weekly newsletter", "news@shop.example", date=NOW - day)
        ),
        "promo": fake.add_message(
            make_mail("Interview tips sale", "deals@shop.example", date=NOW - day),
            labels=("INBOX", "CATEGORY_PROMOTIONS"),
        ),
        "old": fake.add_message(
            make_mail("Interview long ago", "x@y.example", date=NOW - 90 * day)
        ),
        "sent": fake.add_message(
            make_mail(
                "Re: Invitation: Interview with Acme",
                "me@example.com",
                "recruiter@acme.example",
                date=NOW - day,
            ),
            labels=("SENT",),
            thread_id="t-acme",
        ),
        "draft": fake.add_message(
            make_mail("Re: Interview with Acme", "me@example.com", date=NOW - day),
            labels=("DRAFT",),
        ),
    }
    return ids


def test_is_a_mail_source(fake_google: FakeGoogle) -> None:
    assert isinstance(mailbox(fake_google), MailSource)


def test_first_sync_reads_only_candidates(fake_google: FakeGoogle) -> None:
    ids = seed(fake_google)
    changes = mailbox(fake_google).changes(None)
    got = {item.id for item in changes.items}
    assert got == {f"gmail:{ids[k]}" for k in ("ics", "ats", "sent")}
    by_id = {item.id: item for item in changes.items}
    ics = by_id[f"gmail:{ids['ics']}"]
    assert ics.kind == "rfc822" and ics.thread_id == "t-acme" and b"invite.ics" in ics.raw
    assert "SENT" in by_id[f"gmail:{ids['sent']}"].labels
    assert json.loads(changes.cursor)["historyId"] == str(fake_google.history_id)
    assert fake_google.requests["getProfile"] == 1
    assert fake_google.requests["messages.get"] == 3  # only candidates are fetched
    assert fake_google.requests["batch"] == 1
    assert changes.cost["units:messages.get"] == 15 and changes.cost["calls:getProfile"] == 1
    assert changes.full_resync_reason is None


def test_incremental_without_change_is_cheap(fake_google: FakeGoogle) -> None:
    seed(fake_google)
    box = mailbox(fake_google)
    first = box.changes(None)
    fake_google.reset_counters()
    second = box.changes(first.cursor)
    assert second.items == ()
    assert fake_google.total_requests <= 3
    assert fake_google.total_units <= 10
    assert second.cost["units"] == fake_google.total_units


def test_incremental_returns_new_candidates_and_skips_drafts(fake_google: FakeGoogle) -> None:
    seed(fake_google)
    box = mailbox(fake_google)
    first = box.changes(None)
    new = fake_google.add_message(make_mail("Phone screen next week", "jo@lever.co", date=NOW))
    fake_google.add_message(make_mail("lunch?", "friend@example.org", date=NOW))
    fake_google.add_message(
        make_mail("Re: Interview", "me@example.com", date=NOW), labels=("DRAFT",)
    )
    fake_google.reset_counters()
    second = box.changes(first.cursor)
    assert [item.id for item in second.items] == [f"gmail:{new}"]
    assert fake_google.requests["messages.get"] == 1
    assert json.loads(second.cursor)["historyId"] == str(fake_google.history_id)
    third = box.changes(second.cursor)
    assert third.items == ()


def test_stale_history_id_gives_full_resync(fake_google: FakeGoogle) -> None:
    ids = seed(fake_google)
    box = mailbox(fake_google)
    first = box.changes(None)
    fake_google.expire_history()
    again = box.changes(first.cursor)
    assert again.full_resync_reason is not None and "404" in again.full_resync_reason
    assert f"gmail:{ids['ics']}" in {item.id for item in again.items}


def test_unreadable_cursor_gives_full_resync(fake_google: FakeGoogle) -> None:
    seed(fake_google)
    changes = mailbox(fake_google).changes("not json")
    assert changes.full_resync_reason and len(changes.items) == 3


@pytest.mark.parametrize(
    ("method", "fault"),
    [
        ("messages.list", {"status": 429, "retry_after": 7}),
        ("messages.list", {"status": 403, "reason": "userRateLimitExceeded"}),
        ("getProfile", {"status": 500}),
        ("history.list", {"status": 503}),
        ("messages.get", {"status": 429, "retry_after": 3}),
        ("messages.get", {"status": 503}),
        ("batch", {"reset": True, "times": 2}),
    ],
)
def test_retries_each_fault(
    fake_google: FakeGoogle, sleeps: Sleeps, method: str, fault: dict[str, object]
) -> None:
    seed(fake_google)
    box = mailbox(fake_google, sleeps)
    first = box.changes(None)
    fake_google.add_message(make_mail("Interview on Monday", "hr@ashbyhq.com", date=NOW))
    fake_google.inject(method, **fault)  # type: ignore[arg-type]
    result = box.changes(first.cursor) if method == "history.list" else box.changes(None)
    assert any(b"Interview on Monday" in item.raw for item in result.items)
    assert result.problems == ()
    assert sleeps.calls, "a retry must have waited"
    if "retry_after" in fault:
        assert sleeps.calls[0] == fault["retry_after"]


def test_non_retryable_error_is_not_retried(fake_google: FakeGoogle, sleeps: Sleeps) -> None:
    seed(fake_google)
    fake_google.inject("messages.list", status=403, reason="insufficientPermissions")
    with pytest.raises(Exception, match="403"):
        mailbox(fake_google, sleeps).changes(None)
    assert sleeps.calls == [] and fake_google.requests["messages.list"] == 1


def test_exhausted_part_is_reported_not_fatal(fake_google: FakeGoogle, sleeps: Sleeps) -> None:
    ids = seed(fake_google)
    fake_google.inject("messages.get", status=500, times=5, path_contains=ids["ats"])
    changes = mailbox(fake_google, sleeps).changes(None)
    assert len(changes.items) == 2
    assert len(changes.problems) == 1 and "HTTP 500" in changes.problems[0]


def test_401_refreshes_the_token_and_goes_on(fake_google: FakeGoogle) -> None:
    seed(fake_google)
    creds = Credentials(
        token="expired",
        refresh_token="rt",
        token_uri=fake_google.token_uri,
        client_id="cid",
        client_secret="secret",
    )
    fake_google.inject("getProfile", status=401, reason="authError")
    box = GmailMailbox(creds, api_endpoint=fake_google.url, now=lambda: NOW)
    changes = box.changes(None)
    assert len(changes.items) == 3
    assert fake_google.requests["token"] == 1 and creds.token == "ya29.fake-1"
