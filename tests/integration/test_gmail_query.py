"""The fake's Gmail search subset and message formats, through the real client over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from google.oauth2.credentials import Credentials

from integrations.google_client import build_gmail
from tests.fakes import FakeGoogle
from tests.fakes.mail_factory import make_mail

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def mailbox(fake_google: FakeGoogle) -> tuple[FakeGoogle, Any, dict[str, str]]:
    fake_google.now = NOW
    day = timedelta(days=1)
    ids = {
        "invite": fake_google.add_message(
            make_mail(
                "Invitation: Interview", "Jo <jo@greenhouse.io>", date=NOW - day, ics_uid="u"
            ),
        ),
        "screen": fake_google.add_message(
            make_mail(
                "Phone screen",
                "ann@acme.example",
                body="a phone screen at noon",
                date=NOW - 10 * day,
                message_id="<screen-1@acme.example>",
            ),
        ),
        "promo": fake_google.add_message(
            make_mail("Interview tips", "deals@shop.example", date=NOW - 2 * day),
            labels=("INBOX", "CATEGORY_PROMOTIONS"),
        ),
        "old": fake_google.add_message(
            make_mail("Lunch", "bob@example.org", to="team@example.org", date=NOW - 40 * day)
        ),
    }
    service = build_gmail(Credentials(token="fake"), fake_google.url)
    return fake_google, service, ids


def search(service: Any, q: str) -> set[str]:
    page = service.users().messages().list(userId="me", q=q).execute()
    return {m["id"] for m in page.get("messages", [])}


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("filename:ics", {"invite"}),
        ("has:attachment", {"invite"}),
        ("from:greenhouse.io", {"invite"}),
        ("to:team@example.org", {"old"}),
        ("subject:interview", {"invite", "promo"}),
        ("subject:interview -category:promotions", {"invite"}),
        ('"phone screen"', {"screen"}),
        ("noon", {"screen"}),
        ("newer_than:7d", {"invite", "promo"}),
        (
            f"after:{int((NOW - timedelta(days=20)).timestamp())} before:2026/11/19",
            {"screen", "promo"},
        ),
        ("older_than:30d OR filename:ics", {"old", "invite"}),
        ("(from:acme.example OR from:shop.example) -subject:tips", {"screen"}),
        ("subject:(tips OR screen)", {"screen", "promo"}),
        ("rfc822msgid:<screen-1@acme.example>", {"screen"}),
        ("category:promotions", {"promo"}),
    ],
)
def test_query_subset(
    mailbox: tuple[FakeGoogle, Any, dict[str, str]], q: str, expected: set[str]
) -> None:
    _fake, service, ids = mailbox
    assert search(service, q) == {ids[k] for k in expected}


def test_bad_query_is_400(mailbox: tuple[FakeGoogle, Any, dict[str, str]]) -> None:
    _fake, service, _ids = mailbox
    with pytest.raises(Exception, match="400"):
        search(service, "subject:(unclosed")


def test_formats(mailbox: tuple[FakeGoogle, Any, dict[str, str]]) -> None:
    _fake, service, ids = mailbox
    msgs = service.users().messages()
    meta = msgs.get(
        userId="me", id=ids["screen"], format="metadata", metadataHeaders=["Subject"]
    ).execute()
    assert meta["payload"]["headers"] == [{"name": "Subject", "value": "Phone screen"}]
    minimal = msgs.get(userId="me", id=ids["screen"], format="minimal").execute()
    assert (
        "payload" not in minimal and "raw" not in minimal and minimal["threadId"] == ids["screen"]
    )
    with pytest.raises(Exception, match="404"):
        msgs.get(userId="me", id="nope", format="raw").execute()
