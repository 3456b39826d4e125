"""Google Calendar API v3 ``Event`` JSON -> :class:`~detector.model.CalendarEvent`."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from detector.htmltext import html_to_text
from detector.model import Attendee, CalendarEvent, PartStat, Person, natural_name

_RESPONSE = {
    "needsAction": PartStat.NEEDS_ACTION,
    "accepted": PartStat.ACCEPTED,
    "declined": PartStat.DECLINED,
    "tentative": PartStat.TENTATIVE,
}


class GcalJsonError(ValueError):
    """The bytes are not a Calendar API event resource."""


def parse_event(data: bytes, source_id: str) -> CalendarEvent:
    """Parse one Calendar API v3 Event resource. Raises :class:`GcalJsonError` on bad input.

    A deleted event (``status: cancelled``) may carry only ``id`` and ``status``; it is
    returned with ``start=None`` and the detector matches it by ``api_id``/``uid``.
    """
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GcalJsonError(f"not JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise GcalJsonError("not a JSON object")
    zone_name = _str(
        obj.get("start", {}).get("timeZone") if isinstance(obj.get("start"), dict) else None
    )
    start, all_day = _when(obj.get("start"), zone_name)
    end, _ = _when(obj.get("end"), zone_name)
    organizer = _person(obj.get("organizer"))
    attendees = tuple(a for a in (_attendee(x) for x in _list(obj.get("attendees"))) if a)
    status = _str(obj.get("status")).upper() or None
    seq = obj.get("sequence")
    updated = _instant(obj.get("updated"))
    api_id = _str(obj.get("id")) or None
    return CalendarEvent(
        source_id=source_id,
        uid=_str(obj.get("iCalUID")) or (f"{api_id}@google.com" if api_id else None),
        recurrence_id=_original_start(obj.get("originalStartTime")),
        api_id=api_id,
        method=None,
        status=status,
        sequence=seq if isinstance(seq, int) and not isinstance(seq, bool) else 0,
        dtstamp=updated,
        summary=_str(obj.get("summary")),
        description=_description(_str(obj.get("description"))),
        location=_str(obj.get("location")),
        start=start,
        end=end,
        all_day=all_day,
        time_is_guess=all_day,
        tz_hint=zone_name or None,
        organizer=organizer,
        attendees=attendees,
        conference_url=_str(obj.get("hangoutLink")) or None,
    )


def _original_start(v: Any) -> str | None:
    if not isinstance(v, dict):
        return None
    return _str(v.get("dateTime")) or _str(v.get("date")) or None


def _str(v: Any) -> str:
    return v if isinstance(v, str) else ""


def _list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else []


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _instant(v: Any) -> datetime | None:
    if not isinstance(v, str):
        return None
    try:
        d = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        return None
    return d if d.tzinfo is not None else d.replace(tzinfo=UTC)


def _when(v: Any, zone_name: str) -> tuple[datetime | None, bool]:
    if not isinstance(v, dict):
        return None, False
    zone = _zone(_str(v.get("timeZone")) or zone_name)
    if isinstance(v.get("dateTime"), str):
        d = _instant(v["dateTime"])
        if d is not None and zone is not None:
            d = d.astimezone(zone)
        return d, False
    if isinstance(v.get("date"), str):
        try:
            day = date.fromisoformat(v["date"])
        except ValueError:
            return None, False
        return datetime.combine(day, time(0), zone or UTC), True
    return None, False


def _person(v: Any) -> Person | None:
    if not isinstance(v, dict):
        return None
    email = _str(v.get("email")).strip().lower()
    if "@" not in email:
        return None
    return Person(name=natural_name(_str(v.get("displayName")).strip()), email=email)


def _attendee(v: Any) -> Attendee | None:
    person = _person(v)
    if person is None or not isinstance(v, dict):
        return None
    role = "OPT-PARTICIPANT" if v.get("optional") is True else "REQ-PARTICIPANT"
    if v.get("organizer") is True:
        role = "CHAIR"
    return Attendee(
        person=person,
        partstat=_RESPONSE.get(_str(v.get("responseStatus")), PartStat.NEEDS_ACTION),
        role=role,
        is_resource=v.get("resource") is True,
        is_self=v.get("self") is True,
    )


_TAG = re.compile(r"<(?:p|br|b|i|u|ul|ol|li|div|span|a|strong|em)\b[^>]*>", re.I)


def _description(text: str) -> str:
    """The event's description as text: Google Calendar stores what its editor wrote as HTML
    ("<p>Hallo Jonas,</p><ul><li>Dienstag ...</li></ul>")."""
    return html_to_text(text) if _TAG.search(text) else text
