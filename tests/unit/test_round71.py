"""Capabilities added in round 71 (session 20, the first contact with blind278-281): a Columbus
store manager, an Auckland site engineer, a Denver engineer at remote-first startups, a
Singapore risk analyst."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import extract, texttime


def test_look_alikes() -> None:
    # a chartership's assessment interview is no job interview
    assert "other interview types" in signal_names(
        "Your Chartered Professional Engineer (CPEng) assessment interview has been scheduled."
    )
    assert blind_case("b279-19") == ()
    # the owner asks the practical questions of someone else's interview
    assert "user is the interviewer" in signal_names(
        "Can you take the practical questions (TMPs, ITPs)? I'll cover the behavioural stuff."
    )
    assert blind_case("b279-10") == ()
    # a fintech's paid user interview booked through Calendly
    assert "user research" in signal_names("Confirmed: Kopi Wallet user interview (45 min)")
    assert "user research" not in signal_names("You'd run user interviews with our customers")
    assert blind_case("b281-12") == ()
    # a credit scorecard the candidate built is no interviewer's scorecard
    assert "user is the interviewer" not in signal_names(
        "Expect a walkthrough of a scorecard you have built or challenged."
    )
    assert len(blind_case("b281-10")) == 2


def test_a_booked_slot_at_a_hiring_event() -> None:
    # "Interview time: 11:20 AM / With: Keisha Grant, Store Manager"
    (iv,) = blind_case("b278-20")
    assert iv.start == datetime(2026, 10, 24, 15, 20, tzinfo=UTC)
    # "Operations Manager w/ Keisha Grant": the job, then whom it is with
    assert iv.role == "Operations Manager"


def test_the_day_said_after_the_time() -> None:
    # "the Sunday after (4 October), so 10am AEDT on the 6th": the 6th is the time's day
    sydney = ZoneInfo("Australia/Sydney")
    ref = datetime(2026, 9, 25, 9, 40, tzinfo=sydney)
    text = "NSW moves the Sunday after (4 October), so 10am AEDT on the 6th is noon for you."
    assert texttime.find_times(text, ref, sydney)[0].start == datetime(
        2026, 10, 6, 10, tzinfo=sydney
    )
    (iv,) = blind_case("b279-09")
    assert iv.start == datetime(2026, 10, 5, 23, tzinfo=UTC)


def test_a_floating_invite_in_the_one_zone_the_mail_names() -> None:
    # a Taleo file with no zone beside mail that says "Hong Kong Time (HKT)"
    (iv,) = blind_case("b281-18")
    assert iv.start == datetime(2026, 9, 29, 1, tzinfo=UTC)


def test_who_interviews() -> None:
    # "Rob Castellano (cc'd), our district manager ..., wants to set up a quick phone screen
    # ... \n\nHe has an opening tomorrow at 2 and will call you"
    (iv,) = blind_case("b278-03")
    assert [p.email for p in iv.interviewers] == ["rob.castellano@buckeyeharvest.example"]
    # "Thanks for speaking with Monique yesterday": the round before
    _screen, visit = blind_case("b278-09")
    assert [p.email for p in visit.interviewers] == ["greg.patterson@summitcrossing.example"]


def test_a_job_boards_relayed_message() -> None:
    subject = "Kōwhai Civil Ltd sent you a message about Site Engineer – Civil Infrastructure"
    assert extract.role_from_segments(subject, "Kōwhai Civil") == "Site Engineer"
    # a booking page's note names the job before the step
    note = "Booked by\nDaniel Okafor\n\nSenior Full-Stack Engineer: final conversation with Ruth."
    assert extract.pick_role([note]) == "Senior Full-Stack Engineer"
