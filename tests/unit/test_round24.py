"""Capabilities added in round 24 (session 9, the first contact with blind113-115): a follow-up
that says the call took place, UTC-stamping mail clients, German proposals and directories,
invites that hold only the first session of a day, and a few more look-alikes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.extract import _domain_match, pick_role
from detector.model import Person, natural_name
from detector.texttime import find_times

CHICAGO = ZoneInfo("America/Chicago")
BERLIN = ZoneInfo("Europe/Berlin")


def test_a_call_that_took_place_and_a_plant_visit() -> None:
    # "Can you talk Tuesday 2pm ET?", no answer in the mailbox, then "Good talking yesterday.
    # I'd like you to come see the plant next Tuesday the 24th, 10am"
    call, visit = blind_case("b113-13")
    eastern = ZoneInfo("America/New_York")
    assert call.start == datetime(2026, 3, 17, 14, tzinfo=eastern)
    assert visit.start == datetime(2026, 3, 24, 10, tzinfo=eastern)
    assert "screen/round" in signal_names("This is your 2nd round, 45 min on Teams with Priya")


def test_a_utc_stamped_writer_keeps_the_home_of_their_signature() -> None:
    # Proton Mail stamps every Date in UTC; the COO's first mail signs "Chicago, IL", her
    # confirmation "noon on Tuesday the 17th" has no signature
    (call,) = blind_case("b113-07")
    assert call.start == datetime(2026, 3, 17, 12, tzinfo=CHICAGO)


def test_clocks_that_cannot_be_placed_and_restated_ones() -> None:
    denver = ZoneInfo("America/Denver")
    text = "he suggested 16h his time on Thursday 3/19, which works out to 9:00 AM here in Denver"
    meetings = [
        m
        for m in find_times(text, datetime(2026, 3, 13, 11, 20, tzinfo=denver), denver)
        if not m.not_a_meeting
    ]
    assert [m.start.hour for m in meetings] == [9]


def test_german_mail() -> None:
    # two slots joined by "oder", the second date's dot no sentence end
    (phone,) = blind_case("b114-08")
    assert phone.start == datetime(2026, 4, 9, 16, tzinfo=ZoneInfo("Europe/Zurich"))
    # "Passt dir einer dieser Termine?" offers; "dann machen wir Donnerstag um 14:30" books
    (call,) = blind_case("b114-02")
    assert call.start == datetime(2026, 3, 5, 14, 30, tzinfo=BERLIN)
    # a directory's "Kessler Yvonne Dr." is "Frau Dr. Yvonne Kessler" in the text
    first, second = blind_case("b114-10")
    assert "yvonne.kessler@wuermtal-medtech.example" in {p.email for p in second.interviewers}
    assert first.company == second.company == "Würmtal Medizintechnik GmbH"
    assert _domain_match("Würmtal Medizintechnik GmbH", "wuermtal-medtech")
    assert natural_name("Sedlmayr, Florian Dr.") == "Dr. Florian Sedlmayr"
    assert Person("Dr. Florian Sedlmayr", "f@x.example").first_name == "Florian"


def test_an_invite_that_holds_the_first_session_of_a_day() -> None:
    # softgarden's .ics covers 10:00-11:00; the mail's timetable runs to the HR talk at 13:30
    (day,) = blind_case("b114-04")
    assert day.end == datetime(2026, 4, 20, 13, 30, tzinfo=BERLIN)


def test_an_agency_forward_names_the_candidate_and_the_job() -> None:
    (call,) = blind_case("b114-13")
    assert call.start == datetime(2026, 3, 25, 12, tzinfo=ZoneInfo("America/New_York"))
    assert [p.email for p in call.interviewers] == ["marcus.delaney@halyardpine.example"]
    text = 'your application for the position "Backend Engineer – Connected Vehicle Platform"'
    assert pick_role([text]) is not None


def test_lookalikes() -> None:
    assert "appointment" in signal_names("Your in-home moving survey ... Arrival window: 9-11")
    assert "networking" in signal_names("No formal interview or anything - up for coffee?")
    for prefix in ("b113-16", "b113-20"):
        assert blind_case(prefix) == (), prefix
