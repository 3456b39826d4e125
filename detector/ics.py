"""iCalendar bytes -> :class:`~detector.model.CalendarEvent` values (icalendar 7, zoneinfo).

icalendar does the grammar; this module adds what real-world invites need on top:
Windows zone names (``Eastern Standard Time``), Outlook's ``Customized Time Zone`` and
``(UTC-08:00) ...`` display labels, floating times with ``X-WR-TIMEZONE``, all-day holds and
repeated events. icalendar does not raise on bad values, so every value is type-checked here.
Nothing in this module raises: a broken calendar or event becomes a line in ``problems``.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import icalendar
import recurring_ical_events
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from detector.model import Attendee, CalendarEvent, PartStat, Person, natural_name

# "(UTC-08:00) Pacific Time (US & Canada)" as Outlook writes it in TZIDs and descriptions.
_UTC_LABEL = re.compile(r"\((?:UTC|GMT)\s*([+-])(\d{1,2}):?(\d{2})?\)")
_PARTSTAT = {p.name.replace("_", "-"): p for p in PartStat}
_MAX_EVENTS = 200  # a huge feed is not an invite; bound the work per item


def parse_calendar(
    data: bytes, source_id: str, context_tz: str | None = None
) -> tuple[list[CalendarEvent], list[str]]:
    """Parse iCalendar ``data`` into events; return ``(events, problems)``; never raises.

    ``context_tz`` is an IANA zone to assume for floating times when the calendar names none
    (events that use it are marked ``time_is_guess``).
    """
    problems: list[str] = []
    with warnings.catch_warnings():
        # icalendar warns (to stderr) about guessed vendor TZIDs; that is expected input here
        warnings.simplefilter("ignore")
        # icalendar keeps every VTIMEZONE it reads under its TZID for the rest of the process:
        # two senders' "Customized Time Zone" (Outlook's name for any zone it has no id for)
        # would share the rules of whichever came first. A fresh provider forgets them.
        tzp.use_zoneinfo()
        try:
            cals = icalendar.Calendar.from_ical(data, multiple=True)
        except Exception as exc:  # icalendar raises ValueError and friends on broken syntax
            return [], [f"{source_id}: unreadable calendar ({_short(exc)})"]
        return _all_events(cals, source_id, context_tz, problems)


def _all_events(
    cals: Any, source_id: str, context_tz: str | None, problems: list[str]
) -> tuple[list[CalendarEvent], list[str]]:
    events: list[CalendarEvent] = []
    for cal in cals:
        try:
            events.extend(_calendar_events(cal, source_id, context_tz, problems))
        except Exception as exc:  # never let one odd calendar stop the others
            problems.append(f"{source_id}: calendar skipped ({_short(exc)})")
        if len(events) >= _MAX_EVENTS:
            break
    return events[:_MAX_EVENTS], problems


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value)


def _calendar_events(
    cal: Any, source_id: str, context_tz: str | None, problems: list[str]
) -> list[CalendarEvent]:
    method = _text(cal, "METHOD").upper() or None
    # X-WR-TIMEZONE is the calendar's own statement; context_tz is only our guess.
    stated = _zone(_text(cal, "X-WR-TIMEZONE"))
    wr_tz = stated or _zone(context_tz or "")
    wr_is_guess = stated is None
    fallback_name = _text(cal, "X-WR-TIMEZONE") or context_tz
    out: list[CalendarEvent] = []
    for ev in cal.walk("VEVENT"):
        try:
            parsed = _event(ev, source_id, method, wr_tz, wr_is_guess, fallback_name)
        except Exception as exc:
            problems.append(f"{source_id}: event skipped ({_short(exc)})")
            continue
        if parsed is not None and ev.get("RRULE") is not None and ev.get("RECURRENCE-ID") is None:
            parsed = _series_start(cal, ev, parsed, problems)
        if parsed is not None:
            out.append(parsed)
        if len(out) >= _MAX_EVENTS:
            break
    return out


def _series_start(
    cal: Any, master: Any, parsed: CalendarEvent, problems: list[str]
) -> CalendarEvent:
    """A repeating event whose first occurrence is excluded (EXDATE) or overridden by its own
    VEVENT: move it to the first occurrence the series itself still holds.

    The overriding VEVENT is reported separately (it has a RECURRENCE-ID), so without this the
    series would claim the first slot twice. recurring_ical_events expands RRULE/RDATE/EXDATE.
    """
    if parsed.start is None or parsed.all_day:
        return parsed
    try:
        return _first_held(cal, master, parsed)
    except Exception as exc:  # a broken repeat rule: keep DTSTART and say why
        problems.append(f"{parsed.source_id}: repeat rule ignored ({_short(exc)})")
        return parsed


def _first_held(cal: Any, master: Any, parsed: CalendarEvent) -> CalendarEvent:
    assert parsed.start is not None
    zone = parsed.start.tzinfo

    def aware(value: object) -> datetime | None:
        if not isinstance(value, datetime):
            return None
        return value if value.tzinfo else value.replace(tzinfo=zone)

    uid = parsed.uid
    overridden = [
        rid
        for comp in cal.walk("VEVENT")
        if _text(comp, "UID").strip() == uid
        and (rid := aware(getattr(comp.get("RECURRENCE-ID"), "dt", None))) is not None
    ]
    raw_first = getattr(master.get("DTSTART"), "dt", None)
    first = aware(raw_first)
    if first is None or not isinstance(raw_first, datetime):
        return parsed
    for occ in recurring_ical_events.of(cal).between(raw_first, raw_first + timedelta(days=400)):
        if _text(occ, "UID").strip() != uid:
            continue
        rid = aware(getattr(occ.get("RECURRENCE-ID"), "dt", None)) or aware(
            getattr(occ.get("DTSTART"), "dt", None)
        )
        if rid is None or any(abs((rid - o).total_seconds()) < 60 for o in overridden):
            continue
        if abs((rid - first).total_seconds()) < 60:
            return parsed  # the series' own first occurrence stands
        start = datetime.combine(rid.astimezone(zone).date(), parsed.start.timetz())
        end = start + (parsed.end - parsed.start) if parsed.end else None
        return replace(parsed, start=start, end=end)
    return parsed


def _zone(name: str) -> tzinfo | None:
    """An IANA or Windows zone name (or a ``(UTC-05:00)`` label) -> tzinfo, else ``None``."""
    name = (name or "").strip().strip('"')
    if not name:
        return None
    olson = WINDOWS_TO_OLSON.get(name, name)
    try:
        return ZoneInfo(olson)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    label = _UTC_LABEL.search(name)
    # "(UTC-08:00) Pacific Time (US & Canada)": try the Windows display name without the label
    tail = _UTC_LABEL.sub("", name).strip()
    for win, olson in WINDOWS_TO_OLSON.items():
        if tail and (tail == win or tail.startswith(win.replace(" Standard Time", ""))):
            try:
                return ZoneInfo(olson)
            except (ZoneInfoNotFoundError, ValueError):
                return None
    if label:
        # "(UTC+01:00) Amsterdam, Berlin, Bern, Rome": the label's offset is the winter one all
        # year, so a listed city that is a real zone with that standard offset gives the DST.
        return zone_for_label(name) or _fixed(label)
    return None


@cache
def _city_zones() -> dict[str, str]:
    """``"berlin" -> "Europe/Berlin"``: the last part of every IANA name, read once."""
    out: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if "/" in key and not key.startswith(("Etc/", "SystemV/", "US/")):
            out.setdefault(key.rsplit("/", 1)[1].replace("_", " ").lower(), key)
    return out


def zone_for_label(label: str) -> ZoneInfo | None:
    """An Outlook display label ("(UTC+01:00) Amsterdam, Berlin, ...") -> a real IANA zone.

    Windows writes the zone's display name instead of an id when it sends no VTIMEZONE; the
    names are city lists, so each city is matched against the IANA zone names and kept only
    when its standard (winter) offset equals the label's offset.
    """
    m = _UTC_LABEL.search(label)
    if m is None:
        return None
    want = int(m.group(2)) * 60 + int(m.group(3) or 0)
    want = -want if m.group(1) == "-" else want
    cities = _city_zones()
    for word in re.split(r"[,;/]|\band\b|\(|\)", _UTC_LABEL.sub("", label)):
        key = cities.get(word.strip().lower())
        if key is None:
            continue
        zone = ZoneInfo(key)
        # the standard offset is the smaller of January's and July's (either hemisphere)
        offs = [datetime(2026, mo, 15, 12, tzinfo=zone).utcoffset() for mo in (1, 7)]
        std = min(int(o.total_seconds() // 60) for o in offs if o is not None)
        if std == want:
            return zone
    return None


def _fixed(match: re.Match[str]) -> tzinfo:
    sign = -1 if match.group(1) == "-" else 1
    minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
    return timezone(sign * timedelta(minutes=minutes))


def _when(
    ev: Any, name: str, wr_tz: tzinfo | None, wr_is_guess: bool, description: str
) -> tuple[datetime | None, bool, bool, str | None]:
    """Return ``(aware datetime, all_day, time_is_guess, tz_hint)`` for DTSTART/DTEND."""
    prop = ev.get(name)
    if prop is None:
        return None, False, False, None
    value = getattr(prop, "dt", None)
    params = getattr(prop, "params", {}) or {}
    tzid = str(params.get("TZID", "") or "")
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            hint = _iana(value.tzinfo) or tzid or None
            return value, False, False, hint
        # Floating, or a TZID icalendar could not resolve: try the name ourselves.
        zone = _zone(tzid) if tzid else None
        if zone is None:
            label = _UTC_LABEL.search(description)
            line = description[label.start() :].split("\n", 1)[0] if label else ""
            zone = (zone_for_label(line) or _fixed(label)) if label else None
            if zone is not None:
                return value.replace(tzinfo=zone), False, True, None
        if zone is not None:
            return value.replace(tzinfo=zone), False, False, _iana(zone) or tzid
        if wr_tz is not None:
            return value.replace(tzinfo=wr_tz), False, wr_is_guess, _iana(wr_tz)
        return value.replace(tzinfo=UTC), False, True, None
    if isinstance(value, date):
        zone = wr_tz or UTC
        return datetime.combine(value, time(0), zone), True, True, _iana(zone)
    return None, False, False, None


def _iana(tz: tzinfo) -> str | None:
    key = getattr(tz, "key", None)
    if isinstance(key, str):
        return key
    if tz is UTC:
        return "UTC"
    name = str(tz)
    zone = _zone(name)
    return getattr(zone, "key", None) if zone is not None else None


def _person(prop: Any) -> Person | None:
    if prop is None:
        return None
    addr = str(prop).strip()
    if addr.lower().startswith("mailto:"):
        addr = addr[7:]
    addr = addr.strip().lower()
    if "@" not in addr:
        return None
    params = getattr(prop, "params", {}) or {}
    cn = params.get("CN", "") or ""
    # an unquoted "CN=Albers, Dr. Thomas" comes back from icalendar as a list of two
    name = (", ".join(map(str, cn)) if isinstance(cn, list) else str(cn)).strip().strip('"')
    if name.lower() == addr:
        name = ""
    return Person(name=natural_name(name), email=addr)


def _attendees(ev: Any) -> tuple[Attendee, ...]:
    props = ev.get("ATTENDEE")
    if props is None:
        return ()
    if not isinstance(props, list):
        props = [props]
    out: list[Attendee] = []
    for prop in props:
        person = _person(prop)
        if person is None:
            continue
        params = getattr(prop, "params", {}) or {}
        cutype = str(params.get("CUTYPE", "") or "").upper()
        partstat = _PARTSTAT.get(
            str(params.get("PARTSTAT", "") or "").upper(), PartStat.NEEDS_ACTION
        )
        role = str(params.get("ROLE", "") or "REQ-PARTICIPANT").upper()
        out.append(
            Attendee(
                person=person,
                partstat=partstat,
                role=role,
                is_resource=cutype in {"ROOM", "RESOURCE"},
            )
        )
    return tuple(out)


def _event(
    ev: Any,
    source_id: str,
    method: str | None,
    wr_tz: tzinfo | None,
    wr_is_guess: bool,
    fallback: str | None,
) -> CalendarEvent | None:
    description = _text(ev, "DESCRIPTION")
    start, all_day, guess, hint = _when(ev, "DTSTART", wr_tz, wr_is_guess, description)
    end, _, _, _ = _when(ev, "DTEND", wr_tz, wr_is_guess, description)
    if start is not None and end is None:
        duration = ev.get("DURATION")
        delta = getattr(duration, "dt", None)
        if isinstance(delta, timedelta):
            end = start + delta
    sequence_raw = ev.get("SEQUENCE")
    try:
        sequence = int(str(sequence_raw)) if sequence_raw is not None else 0
    except ValueError:
        sequence = 0
    stamp = getattr(ev.get("DTSTAMP"), "dt", None)
    dtstamp = stamp if isinstance(stamp, datetime) and stamp.tzinfo is not None else None
    recurrence = getattr(ev.get("RECURRENCE-ID"), "dt", None)
    url = _text(ev, "X-MICROSOFT-SKYPETEAMSMEETINGURL") or _text(ev, "X-GOOGLE-CONFERENCE") or None
    return CalendarEvent(
        source_id=source_id,
        uid=_text(ev, "UID").strip() or None,
        recurrence_id=recurrence.isoformat() if isinstance(recurrence, date) else None,
        method=method,
        status=_text(ev, "STATUS").upper() or None,
        sequence=sequence,
        dtstamp=dtstamp,
        summary=_text(ev, "SUMMARY"),
        description=description,
        location=_text(ev, "LOCATION"),
        start=start,
        end=end,
        all_day=all_day,
        time_is_guess=guess,
        tz_hint=hint or fallback,
        organizer=_person(ev.get("ORGANIZER")),
        attendees=_attendees(ev),
        conference_url=url,
    )
