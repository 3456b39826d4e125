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
    data = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART:20260301T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
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
