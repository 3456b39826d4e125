"""Capabilities added in round 27 (session 10, the first contact with blind122-124): a head
chef's one-line reply to a cold application, Australian shorthand, a forward's own note, names
that begin with "The", nursing titles and a faculty search committee."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.texttime import find_times

MELBOURNE = ZoneInfo("Australia/Melbourne")
CENTRAL = ZoneInfo("America/Chicago")


def test_a_chefs_one_line_answer_to_a_cold_application() -> None:
    # the owner wrote first ("you're after a sous chef ... Happy to send my CV through"); the
    # chef answered "can u come in thurs arvo for a chat, say 3?" and she said yes
    (chat,) = blind_case("b124-01")
    assert chat.start == datetime(2026, 3, 12, 15, tzinfo=MELBOURNE)
    # the owner addressed "Osteria Lunetta <luca@osterialunetta.example>": the name, not the
    # squashed domain
    assert chat.company == "Osteria Lunetta"
    ref = datetime(2026, 3, 9, 21, tzinfo=MELBOURNE)
    assert find_times("we need, say 3 people?", ref, MELBOURNE) == []


def test_cancellations_and_arrivals() -> None:
    # "really sorry but I've got to cancel Friday"
    (video,) = blind_case("b124-06")
    assert video.status == "cancelled"
    # "Please report to the staff entrance ... at 8:50am", then the itinerary from 9am
    (day,) = blind_case("b124-12")
    assert day.start == datetime(2026, 4, 23, 9, tzinfo=MELBOURNE)
    assert day.company == "The Aldridge Melbourne"


def test_a_forward_to_ones_other_address_with_a_note() -> None:
    # "fwd to myself so it's in the job folder - said yes on the phone" above the chef's
    # "Could you do a quick phone call Monday at noon?"
    (call,) = blind_case("b124-13")
    assert call.start == datetime(2026, 3, 30, 12, tzinfo=MELBOURNE)
    assert call.company == "The Crooked Anchor Hotel"


def test_healthcare_hiring() -> None:
    # "we will validate your ticket" is a hospital garage, no event; the itinerary's
    # "9:00a - 10:00a" rows list the panel under them
    (onsite,) = blind_case("b122-10")
    assert onsite.start == datetime(2026, 5, 8, 9, tzinfo=CENTRAL)
    assert len(onsite.interviewers) == 3
    assert onsite.role == "RN Clinical Educator - Women's Services"
    # "The committee consists of myself, Dr. Owen Marchbanks (copied) and Dr. Hye-jin Park"
    (faculty,) = blind_case("b122-05")
    assert len(faculty.interviewers) == 3


def test_a_standing_meeting_of_the_current_job() -> None:
    # Google's "Weekly on Monday from 9:30am to 10am", an on-call handover that mentions who
    # covers an interview loop
    assert blind_case("b123-14") == ()
    assert "internal meeting" in signal_names("Weekly on Monday from 9:30am to 10am\n")
