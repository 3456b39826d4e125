"""A token that dies in the middle of a sync, over HTTP against the fake token endpoint.

The access token is accepted at first; then Gmail answers 401, google-auth refreshes, and the
fake's token endpoint answers ``invalid_grant`` (``refresh_fails``). The connector must raise
:class:`ReauthRequired` with what to do, never a library traceback.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from google.oauth2.credentials import Credentials

from integrations.errors import ReauthRequired
from integrations.gcal import GoogleCalendarSource
from integrations.gmail import GmailMailbox
from integrations.google_client import GoogleApiError, RetryPolicy
from tests.fakes import FakeGoogle
from tests.fakes.mail_factory import make_mail

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def creds(fake: FakeGoogle) -> Credentials:
    return Credentials(
        token="ya29.still-good",
        refresh_token="rt",
        token_uri=fake.token_uri,
        client_id="cid",
        client_secret="secret",
    )


def mailbox(fake: FakeGoogle) -> GmailMailbox:
    fake.now = NOW
    return GmailMailbox(
        creds(fake),
        api_endpoint=fake.url,
        now=lambda: NOW,
        retry=RetryPolicy(sleep=lambda s: None, rand=lambda: 0.5),
    )


@pytest.mark.parametrize("method", ["messages.list", "messages.get"])
def test_refresh_refused_mid_sync_is_reauth(fake_google: FakeGoogle, method: str) -> None:
    fake_google.add_message(make_mail("Interview with Acme", "hr@greenhouse.io"))
    fake_google.refresh_fails = True
    # getProfile succeeds with the old token; then the token "expires" (401) mid-sync. For
    # messages.get the 401 is one part of the batch, which the library refreshes on its own.
    fake_google.inject(method, status=401, reason="authError")
    with pytest.raises(ReauthRequired, match=r"invalid_grant.*followup auth.*Testing"):
        mailbox(fake_google).changes(None)
    assert fake_google.requests["getProfile"] == 1
    assert fake_google.requests["token"] == 1  # one refresh tried, not retried in a loop


def test_refresh_refused_during_draft_create_is_reauth(fake_google: FakeGoogle) -> None:
    fake_google.refresh_fails = True
    fake_google.inject("drafts.create", status=401, reason="authError")
    with pytest.raises(ReauthRequired):
        mailbox(fake_google).create(make_mail("Thanks", "me@example.com"), None)
    assert fake_google.drafts == {}


def test_refresh_refused_on_calendar_is_reauth(fake_google: FakeGoogle) -> None:
    fake_google.add_event("primary", {"summary": "x", "start": {}, "end": {}})
    fake_google.refresh_fails = True
    fake_google.inject("events.list", status=401, reason="authError")
    source = GoogleCalendarSource(creds(fake_google), api_endpoint=fake_google.url, now=lambda: NOW)
    with pytest.raises(ReauthRequired):
        source.changes(None)


def test_other_api_errors_are_one_line_source_errors(fake_google: FakeGoogle) -> None:
    fake_google.inject("getProfile", status=403, reason="insufficientPermissions")
    with pytest.raises(GoogleApiError) as caught:
        mailbox(fake_google).changes(None)
    assert caught.value.status == 403 and caught.value.reason == "insufficientPermissions"
    assert "\n" not in str(caught.value) and "getProfile" in str(caught.value)
