import pytest
from _detdata import DATA

from detector.gcal_json import GcalJsonError, parse_event


def test_event_fields() -> None:
    ev = parse_event((DATA / "event.gcal.json").read_bytes(), "g")
    assert ev.uid == "ev1@google.com" and ev.sequence == 2
    assert ev.start is not None and ev.start.isoformat() == "2026-03-20T10:00:00-04:00"
    assert any(a.is_self for a in ev.attendees) and any(a.is_resource for a in ev.attendees)
    assert ev.conference_url == "https://meet.google.com/abc"


def test_deleted_event_has_only_id() -> None:
    ev = parse_event((DATA / "deleted.gcal.json").read_bytes(), "g")
    assert ev.status == "CANCELLED" and ev.start is None and ev.api_id == "ev1"


def test_not_json() -> None:
    with pytest.raises(GcalJsonError):
        parse_event(b"{nope", "g")
