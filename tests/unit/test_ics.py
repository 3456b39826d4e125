from datetime import timedelta

from _detdata import DATA

from detector.ics import parse_calendar


def test_x_wr_timezone_floating_and_all_day() -> None:
    events, problems = parse_calendar((DATA / "floating.ics").read_bytes(), "f")
    assert problems == []
    timed = next(e for e in events if e.uid == "float-1@test")
    assert timed.start is not None and timed.start.isoformat() == "2026-03-17T14:00:00+01:00"
    assert not timed.time_is_guess
    allday = next(e for e in events if e.uid == "allday-1@test")
    assert allday.all_day and allday.time_is_guess


def test_floating_without_zone_uses_context_and_is_a_guess() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART:20260301T090000\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (ev,), _ = parse_calendar(data, "x", context_tz="America/Chicago")
    assert ev.time_is_guess and ev.start is not None and ev.start.utcoffset() is not None
    assert ev.start.isoformat() == "2026-03-01T09:00:00-06:00"


def test_utc_label_tzid_and_cancel() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:u\r\nSEQUENCE:3\r\nSTATUS:CANCELLED\r\n"
        b'DTSTART;TZID="(UTC-08:00) Pacific Time (US & Canada)":20260301T090000\r\n'
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (ev,), _ = parse_calendar(data, "x")
    assert ev.method == "CANCEL" and ev.status == "CANCELLED" and ev.sequence == 3
    assert ev.start is not None and ev.start.utcoffset() is not None


def test_garbage_is_a_problem_not_an_exception() -> None:
    events, problems = parse_calendar(b"\x00\xffnot ics", "bad")
    assert events == [] and problems and "bad" in problems[0]


def _series(extra: str, override: str = "") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:hold-1\r\n"
        "DTSTAMP:20260301T000000Z\r\nDTSTART;TZID=Europe/London:20260323T100000\r\n"
        "DTEND;TZID=Europe/London:20260323T110000\r\nRRULE:FREQ=DAILY;COUNT=3\r\n"
        f"{extra}SUMMARY:Interview hold\r\nEND:VEVENT\r\n{override}END:VCALENDAR\r\n"
    ).encode()


def test_repeating_event_moves_past_excluded_or_overridden_first_occurrence() -> None:
    plain, problems = parse_calendar(_series(""), "r")
    assert problems == [] and plain[0].start is not None and plain[0].start.day == 23
    ex = "EXDATE;TZID=Europe/London:20260323T100000,20260324T100000\r\n"
    (moved,), _ = parse_calendar(_series(ex), "r")
    assert moved.start is not None and moved.start.isoformat() == "2026-03-25T10:00:00+00:00"
    assert moved.end is not None and moved.end.hour == 11
    over = (
        "BEGIN:VEVENT\r\nUID:hold-1\r\nRECURRENCE-ID;TZID=Europe/London:20260323T100000\r\n"
        "DTSTAMP:20260301T000000Z\r\nDTSTART;TZID=Europe/London:20260323T150000\r\n"
        "SUMMARY:moved first\r\nEND:VEVENT\r\n"
    )
    series, first = parse_calendar(_series("", over), "r")[0]
    assert series.start is not None and series.start.day == 24
    assert first.recurrence_id is not None and first.start is not None and first.start.hour == 15


def _customized(offset: str, start: str) -> bytes:
    """An Outlook invite whose zone has no id: "Customized Time Zone" with a fixed ``offset``."""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:Microsoft Exchange Server 2010\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\n"
        f"DTSTART:16010101T000000\r\nTZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\n"
        "END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        f"DTSTART;TZID=Customized Time Zone:{start}\r\nSUMMARY:Interview\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_each_calendar_keeps_its_own_customized_time_zone() -> None:
    # icalendar caches a VTIMEZONE by its TZID for the whole process; a second sender's
    # "Customized Time Zone" must not take the first one's rules (a sync reads many senders)
    (india,), _ = parse_calendar(_customized("+0530", "20260212T150000"), "a.ics")
    (chicago,), _ = parse_calendar(_customized("-0600", "20260212T150000"), "b.ics")
    assert india.start is not None and chicago.start is not None
    assert india.start.utcoffset() == timedelta(hours=5, minutes=30)
    assert chicago.start.utcoffset() == timedelta(hours=-6)
