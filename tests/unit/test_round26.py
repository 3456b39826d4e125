"""Capabilities added in round 26 (session 10): a friend forwards the company's "Thank you for
referring Ms. X" to X herself; and what came of the first contact with blind119-121."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case

from detector.texttime import find_times


def test_a_friend_forwards_the_thanks_for_referring_the_owner() -> None:
    # "Thank you for referring Ms. Adaeze Nwachukwu. Kindly inform her that she has been
    # shortlisted": the one referred is the owner, so this is her interview, and she answers
    # the company's writer, not the friend who forwarded it
    (interview,) = blind_case("b89-12")
    assert interview.start == datetime(2026, 4, 23, 14, tzinfo=ZoneInfo("Africa/Lagos"))
    assert interview.recruiter is not None
    assert interview.recruiter.email == "ngozi.eze@northbridge-energy.example"


NEW_YORK = ZoneInfo("America/New_York")
PACIFIC = ZoneInfo("America/Los_Angeles")


def test_a_walk_in_window_and_a_terse_thread() -> None:
    # "Come by the branch Tuesday between 9 and 11 and I'll do your interview": the window is
    # the slot (bare hours after a named day), and the writer conducts it
    (branch,) = blind_case("b120-04")
    assert (branch.start, branch.end) == (
        datetime(2026, 3, 10, 9, tzinfo=NEW_YORK),
        datetime(2026, 3, 10, 11, tzinfo=NEW_YORK),
    )
    assert [p.email for p in branch.interviewers] == ["ldobbs@tricountyworkforce.example"]
    assert_times("I am free Tuesday between 9 and 11", not_a_meeting=True)
    # "a quick phone screen before we send you to orientation paperwork" is no onboarding, and
    # "I'll call you Wed at 2:30 CT. Plan on 20 min." gives the length of the agreed Wednesday
    (screen,) = blind_case("b120-05")
    central = ZoneInfo("America/Chicago")
    assert screen.end == datetime(2026, 3, 18, 14, 50, tzinfo=central)


def assert_times(text: str, not_a_meeting: bool) -> None:
    ref = datetime(2026, 3, 5, 16, tzinfo=NEW_YORK)
    (found,) = find_times(text, ref, NEW_YORK)
    assert found.start == datetime(2026, 3, 10, 9, tzinfo=NEW_YORK)
    assert found.not_a_meeting is not_a_meeting


def test_a_texted_conversation_forwarded_by_mail() -> None:
    # "Mon, Mar 30, 4:52 PM\n(380) 555-0119: ... U free for a phone interview tmrw @ 2?": the
    # stamp is when the text was sent; the interview is the next day at 2
    (call,) = blind_case("b120-09")
    assert call.start == datetime(2026, 3, 31, 14, tzinfo=NEW_YORK)
    ref = datetime(2026, 3, 30, 21, tzinfo=NEW_YORK)
    assert (
        find_times("[30/03/2026, 16:52:10] Jess: free tmrw @ 2?", ref, NEW_YORK)[0].start.hour == 14
    )
    # an itinerary has the same shape but no "Me:" speaker: its time stays
    (row,) = find_times("Tuesday 3/31, 2pm\nInterviewer: Jane Doe", ref, NEW_YORK)
    assert row.start == datetime(2026, 3, 31, 14, tzinfo=NEW_YORK)


def test_hourly_hiring_vendors() -> None:
    # an Outlook invite titled "Dale Kowalczyk / Alicia - DC Shift Supervisor (3rd shift)":
    # the candidate and the job in the title, no word of an interview
    (manager,) = blind_case("b120-10")
    assert manager.start == datetime(2026, 4, 7, 10, 30, tzinfo=NEW_YORK)
    # "Riley from Crestline Auto Parts" at a chat assistant's domain speaks for the employer
    (bot,) = blind_case("b120-11")
    assert bot.company == "Crestline Auto Parts"
    # a job board's notice: the job on a line of its own under "scheduled an interview"
    store, _ = blind_case("b120-08")
    assert store.role == "Inventory Control Supervisor"
    # "Megan will join only if needed", an optional guest, does not conduct it
    (plant,) = blind_case("b120-12")
    assert [p.email for p in plant.interviewers] == ["j.maier@vogtland-antrieb.example"]


def test_scheduling_tools() -> None:
    # a game jam's kickoff, where recruiters talk about "how they interview", is an event
    assert blind_case("b119-15") == ()
    # Prelude's "Previously: Tuesday, April 7 ..." in the updated booking replaces the first
    # confirmation, in another conversation
    (moved,) = blind_case("b119-08")
    assert moved.start == datetime(2026, 4, 9, 17, tzinfo=PACIFIC)
    # "Mar 10" is no short form of "Marcus"; "Booked ... on behalf of Jess Albright
    # (Northpine Labs Recruiting)" only arranged it
    (lead,) = blind_case("b119-02")
    assert [p.email for p in lead.interviewers] == ["dana.whitfield@ironbarkinteractive.example"]
    (manager,) = blind_case("b119-05")
    assert [p.email for p in manager.interviewers] == ["theo.lindqvist@northpine.example"]
    # a list wrapped after its "and": "with Julien Ouellet (Lead ...) and\nSasha Kowal (...)"
    (review,) = blind_case("b119-06")
    assert len(review.interviewers) == 2
    # the job from the same recruiter's earlier mail, for a booking page's notice
    (intro,) = blind_case("b119-04")
    assert intro.role == "Gameplay Programmer"


def test_development_sector_hiring() -> None:
    # "Next step is for you to meet Dana Kowalczyk", then Dana's "Monday 3/23 at 9:30 a.m.
    # Eastern works on my end"
    _first, second = blind_case("b121-07")
    assert second.start == datetime(2026, 3, 23, 9, 30, tzinfo=NEW_YORK)
    # "the United States moves to daylight saving time on Sunday, 8 March" dates the clocks,
    # not the interview
    (cbi,) = blind_case("b121-13")
    assert cbi.start == datetime(2026, 3, 9, 8, 30, tzinfo=NEW_YORK)
    # "45 minutes on Teams with myself and Daniel Ouma"
    (cancelled,) = blind_case("b121-04")
    assert {p.email for p in cancelled.interviewers} == {
        "daniel.ouma@tumainichild.example",
        "esther.njeri@tumainichild.example",
    }
