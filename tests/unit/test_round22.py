"""Capabilities added in round 22 (session 9, the first contact with blind107-109): Arizona's
all-year clock, careers platforms, panels listed in a sentence, an interviewer's note before the
day, the owner's own name, and a teacher's look-alikes."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, blind_items, signal_names

from detector import infer_owner
from detector.extract import pick_company, pick_role, without_owner
from detector.texttime import find_times, named_zones

PHOENIX = ZoneInfo("America/Phoenix")


def test_mst_in_summer_from_a_writer_on_minus_seven_is_arizona() -> None:
    text = "Date: Tue, Mar 24, 2026\nTime: 11:00 AM - 11:45 AM MST"
    pacific = ZoneInfo("America/Los_Angeles")
    (m,) = find_times(text, datetime(2026, 3, 16, 10, 31, tzinfo=pacific), pacific)
    assert m.start.utcoffset() == timedelta(hours=-7)
    # a writer on Denver's summer clock means Denver's
    denver = ZoneInfo("America/Denver")
    (m,) = find_times(text, datetime(2026, 3, 16, 10, 31, tzinfo=denver), denver)
    assert m.start.utcoffset() == timedelta(hours=-6)


def test_an_arizona_address_and_the_owners_own_zone() -> None:
    assert PHOENIX in named_zones("2205 S. Arrowhead Pkwy, Chandler, AZ 85286")
    # the owner wrote only in February (-07:00, Denver's winter too), quoting an AZ signature
    assert infer_owner(blind_items("b108-09")).timezone == "America/Phoenix"
    (_screen, visit) = blind_case("b108-09")
    assert visit.start == datetime(2026, 3, 9, 16, 15, tzinfo=PHOENIX)
    # "Dr. Carl Hofstadter, our Director (chofstadter@cbusd.example), would like to meet with
    # you": the address inside the sentence does not end it
    assert [p.email for p in visit.interviewers] == ["chofstadter@cbusd.example"]


def test_a_careers_platform_names_the_employer_and_the_job() -> None:
    text = (
        "Cascadia Polytechnic University scheduled an interview with you for Instructional "
        "Design Fellow (Graduate, Remote)."
    )
    assert pick_company([text], [], [])[0] == "Cascadia Polytechnic University"
    assert pick_role([text]) == "Instructional Design Fellow (Graduate, Remote)"
    # the interviewer's own "See you Tuesday" note, with no time, joins the platform's booking
    (found,) = blind_case("b108-10")
    assert [p.email for p in found.interviewers] == ["praman@cascadiapoly.example"]


def test_panels_and_their_ends() -> None:
    # "Your panel will be Dr. Angela Marquez, Principal; Mr. Tom Okonkwo, ...; and Ms. Rachel
    # Feld", and "we'll start at 12:30 and wrap up by 1:30"
    (panel,) = blind_case("b108-03")
    assert len(panel.interviewers) == 3
    assert panel.end == datetime(2026, 3, 17, 13, 30, tzinfo=PHOENIX)
    assert panel.company == "West Salado Union High School District"
    # "The committee is me, Marcus Eide (faculty) and Rosa Delgado"
    (demo,) = blind_case("b108-04")
    assert "lcho@pscc.example" in {p.email for p in demo.interviewers}
    # "would Tuesday the 21st at half past ten work? ... we'll wrap up by noon"
    (final,) = blind_case("b108-13")
    assert (final.start.hour, final.start.minute, final.end) == (
        10,
        30,
        datetime(2026, 4, 21, 12, tzinfo=PHOENIX),
    )


def test_a_teachers_lookalikes() -> None:
    assert "other interview types" in signal_names(
        "IEP Annual Review / Reevaluation - A.T. (Gr. 10) ... confidential (FERPA)"
    )
    assert "onboarding" in signal_names("your fingerprinting appointment is scheduled")
    assert blind_case("b108-15") == () and blind_case("b108-20") == ()


def test_the_owners_name_and_a_calendar_notice() -> None:
    assert infer_owner(blind_items("b109-05")).name == "Ong Wei Ting"
    # "Ren Kobayashi <calendar-notice@lark...>" is the organizer, not the employer; the title's
    # "Ong Wei Ting (Senior Product Manager, ...)" leads with the owner's name
    _, case_round = blind_case("b109-05")
    assert case_round.company == "Hoshizora Commerce"
    assert case_round.role == "Senior Product Manager, Cross-border Commerce"
    for title, job in [
        ("Nadia Petrov <> Tomás Ferreira | Product Design Lead", "Product Design Lead"),
        ("Nadia Petrov / Medical Information Pharmacist", "Medical Information Pharmacist"),
        ("Nadia Petrov - Embedded Software Engineer II", "Embedded Software Engineer II"),
    ]:
        assert without_owner(title, "Nadia Petrov") == job
    assert without_owner("Product Design Lead", "") == "Product Design Lead"
    # a colleague of the Calendly host sent the link and named the job
    (chat,) = blind_case("b109-08")
    assert chat.role == "Senior Product Manager, Platform"
