"""Capabilities added in round 26 (session 10): a friend forwards the company's "Thank you for
referring Ms. X" to X herself; and what came of the first contact with blind119-121."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case


def test_a_friend_forwards_the_thanks_for_referring_the_owner() -> None:
    # "Thank you for referring Ms. Adaeze Nwachukwu. Kindly inform her that she has been
    # shortlisted": the one referred is the owner, so this is her interview, and she answers
    # the company's writer, not the friend who forwarded it
    (interview,) = blind_case("b89-12")
    assert interview.start == datetime(2026, 4, 23, 14, tzinfo=ZoneInfo("Africa/Lagos"))
    assert interview.recruiter is not None
    assert interview.recruiter.email == "ngozi.eze@northbridge-energy.example"
