"""Capabilities added in round 23 (session 9, the first contact with blind110-112): Irish
Standard Time, the day of a trip beside an onsite's day, restated slots "your time", forwarded
notes counted in full, phone numbers, and an engineer's and an agency's look-alikes."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.extract import pick_role
from detector.texttime import duration_in, find_times

DUBLIN = ZoneInfo("Europe/Dublin")


def test_ist_from_dublin_is_irish_and_from_bangalore_indian() -> None:
    sent = datetime(2026, 4, 8, 11, 20, tzinfo=DUBLIN)
    text = "Would Tuesday (14th) at 2pm IST suit?\n\nTalent Partner\n35 Barrow St, Dublin 4"
    (m,) = find_times(text, sent, DUBLIN)
    assert m.start.utcoffset() == timedelta(hours=1)
    india = ZoneInfo("Asia/Kolkata")
    text = "Shall we do Tuesday, 21 April at 4:30 PM IST? That is 12 noon for you in Dublin."
    first, *_ = find_times(text, datetime(2026, 4, 16, 10, 12, tzinfo=india), india)
    assert first.start.utcoffset() == timedelta(hours=5, minutes=30)
    # the Bangalore engineer whom the recruiter introduced by name writes in a new thread
    _screen, technical = blind_case("b111-11")
    assert technical.start == datetime(2026, 4, 21, 16, 30, tzinfo=india)
    # "Embassy Golf Links, Bengaluru" is an office park, not a visa appointment
    assert "other interview types" not in signal_names("Embassy Golf Links, Bengaluru")
    assert "other interview types" in signal_names("your appointment at the US Embassy")


def test_restated_times_trips_and_phone_numbers() -> None:
    mountain = ZoneInfo("America/Denver")
    sent = datetime(2026, 4, 2, 16, 48, tzinfo=mountain)
    text = "confirmed for Wednesday 4/15, 14:00-15:30 Mountain (1:00-2:30 PM your time)."
    meetings = [m for m in find_times(text, sent, mountain) if not m.not_a_meeting]
    assert [m.start.hour for m in meetings] == [14]
    # "an onsite interview on Wednesday, April 1 ... your flight into HSV on March 31", then the
    # itinerary's rows: they are the onsite's day, not the flight's
    _, onsite = blind_case("b110-11")
    assert onsite.start.date().isoformat() == "2026-04-01"
    london = ZoneInfo("Europe/London")
    phone = "please contact Morven Reid on 0131 496 0811."
    assert find_times(phone, datetime(2026, 4, 21, 17, 48, tzinfo=london), london) == []


def test_lengths_and_ends() -> None:
    parts = (
        "a case-study presentation: 20 minutes presenting your approach to a brief, followed by\n"
        "around 40 minutes of questions from the panel"
    )
    assert duration_in(parts) == timedelta(hours=1)
    # "we'll see you at 10.30 on Monday 13th. Ask for me at reception": no arrival before a
    # timetable, and "we'll finish by 11.30" is the end
    (panel,) = blind_case("b112-05")
    assert (panel.start.hour, panel.start.minute, panel.end.hour) == (10, 30, 11)  # type: ignore[union-attr]


def test_people_and_roles() -> None:
    # "the team really enjoyed your chat with me last week": the writer held the last round
    (exercise,) = blind_case("b111-03")
    assert [p.email for p in exercise.interviewers] == ["dara.whelan@lumenpay.example"]
    # "For the second interview I'll be joined by Grace Holm"
    (cancelled,) = blind_case("b112-08")
    assert {p.email for p in cancelled.interviewers} == {
        "grace.holm@kotare-telecom.example",
        "sione.latu@kotare-telecom.example",
    }
    assert pick_role(["about the Senior Technical Support Engineer position"]) == (
        "Senior Technical Support Engineer"
    )
    # "Contract ME role - Poway": "our clients in Poway" name a place, not the client
    # (the agency's own name in full, as its signature spells tridentstaffing)
    (screen,) = blind_case("b110-08")
    assert screen.company == "Trident Technical Staffing"


def test_forwards_and_lookalikes() -> None:
    # the agency's note names the time; the client's forwarded mail below it is the substance
    (forwarded,) = blind_case("b112-11")
    assert len(forwarded.interviewers) == 2
    # "41 Sale Street" is an address, not a sale
    (screen,) = blind_case("b112-01")
    assert screen.start == datetime(2026, 3, 31, 14, 30, tzinfo=ZoneInfo("Pacific/Auckland"))
    assert "internal meeting" in signal_names("Supplier Qualification Visit - Anvil Precision")
    panel = "we've a candidate coming in and I'd like you on the interview panel with me"
    assert "user is the interviewer" in signal_names(panel)
    assert blind_case("b111-21") == () and blind_case("b110-15") == ()
