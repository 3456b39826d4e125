"""GoogleCalendarSource against the fake Google server over HTTP."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from google.oauth2.credentials import Credentials

from integrations.base import CalendarSource
from integrations.gcal import GoogleCalendarSource
from integrations.google_client import RetryPolicy
from tests.fakes import FakeGoogle

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TEAM = "team@group.calendar.google.com"


def event(summary: str, days: float) -> dict[str, object]:
    start = NOW + timedelta(days=days)
    return {
        "summary": summary,
        "start": {"dateTime": start.isoformat()},
        "end": {"dateTime": (start + timedelta(hours=1)).isoformat()},
        "attendees": [{"email": "me@example.com", "self": True, "responseStatus": "accepted"}],
    }


def source(
    fake: FakeGoogle, sleeps: list[float] | None = None, page_size: int = 250
) -> GoogleCalendarSource:
    return GoogleCalendarSource(
        Credentials(token="fake"),
        calendar_ids=("primary", TEAM),
        api_endpoint=fake.url,
        now=lambda: NOW,
        page_size=page_size,
        retry=RetryPolicy(sleep=(sleeps if sleeps is not None else []).append, rand=lambda: 0.5),
    )


def seed(fake: FakeGoogle) -> None:
    for i in range(7):
        fake.add_event("primary", event(f"Interview {i}", i - 2))
    fake.add_event("primary", event("Long ago", -90))
    fake.add_event(TEAM, event("Team sync", 1))


def test_is_a_calendar_source(fake_google: FakeGoogle) -> None:
    assert isinstance(source(fake_google), CalendarSource)


def test_first_sync_pages_and_windows(fake_google: FakeGoogle) -> None:
    seed(fake_google)
    changes = source(fake_google, page_size=3).changes(None)
    assert len(changes.items) == 8  # 7 recent primary + 1 team; the old one is outside timeMin
    assert all(i.kind == "gcal-json" for i in changes.items)
    first = changes.items[0]
    assert (
        first.id.startswith("gcal:primary/") and json.loads(first.raw)["summary"] == "Interview 0"
    )
    assert any(i.id.startswith(f"gcal:{TEAM}/") for i in changes.items)
    assert set(json.loads(changes.cursor)["syncTokens"]) == {"primary", TEAM}
    assert fake_google.requests["events.list"] == 3 + 1  # 3 pages of primary, 1 of team


def test_incremental_gets_changes_and_cancellations(fake_google: FakeGoogle) -> None:
    seed(fake_google)
    cal = source(fake_google)
    first = cal.changes(None)
    fake_google.reset_counters()
    assert cal.changes(first.cursor).items == ()
    assert fake_google.total_requests == 2
    victim = json.loads(first.items[0].raw)["id"]
    fake_google.cancel_event("primary", victim)
    fake_google.add_event(TEAM, event("New loop", 3))
    later = cal.changes(first.cursor)
    by_id = {i.id: json.loads(i.raw) for i in later.items}
    assert by_id[f"gcal:primary/{victim}"]["status"] == "cancelled"
    assert len(by_id) == 2 and later.full_resync_reason is None


def test_410_gives_full_resync(fake_google: FakeGoogle) -> None:
    seed(fake_google)
    cal = source(fake_google)
    first = cal.changes(None)
    fake_google.expire_sync_tokens()
    again = cal.changes(first.cursor)
    assert again.full_resync_reason and "410" in again.full_resync_reason
    assert len(again.items) == 8
    assert cal.changes(again.cursor).items == ()


@pytest.mark.parametrize(
    "fault",
    [
        {"status": 429, "retry_after": 4},
        {"status": 503},
        {"status": 403, "reason": "rateLimitExceeded"},
    ],
)
def test_retries(fake_google: FakeGoogle, fault: dict[str, object]) -> None:
    seed(fake_google)
    sleeps: list[float] = []
    fake_google.inject("events.list", **fault)  # type: ignore[arg-type]
    assert len(source(fake_google, sleeps).changes(None).items) == 8
    assert len(sleeps) == 1


def test_unknown_calendar_is_a_clear_error(fake_google: FakeGoogle) -> None:
    cal = GoogleCalendarSource(
        Credentials(token="fake"),
        calendar_ids=("nope",),
        api_endpoint=fake_google.url,
        now=lambda: NOW,
    )
    with pytest.raises(Exception, match=r"calendar nope: events\.list failed: HTTP 404"):
        cal.changes(None)
