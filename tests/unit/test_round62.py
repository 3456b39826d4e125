"""Capabilities added in round 62 (session 18, batch 75 worked): a Miami bilingual hotel-sales
manager, a Scottish charity fundraiser and an Osaka engineer (blind244-246)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _detdata import blind_case, signal_names

from detector import classify, texttime


def test_a_charity_workers_own_work_is_no_interview() -> None:
    # a donor who will "interview us properly" before a legacy pledge, a funder's "Stage 2
    # panel interview" of a grant application, and the owner's own board meeting
    assert "fundraising" in signal_names("Donor meeting - Jean & Robert Haldane (legacy pledge)")
    assert "fundraising" in signal_names("your application for £148,500 over three years")
    assert "non-job meeting" in signal_names("6. Risk register review\n7. AOCB")
    assert "non-job meeting" in signal_names("Board of Trustees Meeting - Tuesday 27 October")
    assert blind_case("b245-04") == () and blind_case("b245-07") == ()
    assert blind_case("b245-10") == ()
    # a hotel's staff briefing sent to its lists ("Department Heads", "Sales Team"), whose
    # agenda names "scheduled candidate interviews"
    assert blind_case("b244-19") == ()


def test_a_charity_jobs_words_are_no_negatives() -> None:
    # the job's "community fundraisers and volunteers" is no volunteering shift; a "Meetings &
    # Incentives" sales role is no paid research study
    assert "non-job meeting" not in signal_names("relationships with fundraisers and volunteers")
    assert "user research" not in signal_names("Director of Sales – Meetings & Incentives role")
    assert "user research" in signal_names("a $75 incentive for a 45-minute session")
    (iv,) = blind_case("b244-13")
    assert iv.start == datetime(2026, 10, 30, 15, tzinfo=UTC)
    # the next stage "for candidates successful at this stage" is not this screen's test
    (iv,) = blind_case("b245-01")
    assert iv.start == datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


def test_a_spanish_rejection_naming_the_past_interview() -> None:
    assert "rejection" in signal_names("continuar el proceso con otros perfiles que se ajustan")
    assert blind_case("b244-21") == ()


def test_moves_and_lengths() -> None:
    # "we'll move to the ground-floor room" moves a place, not the interview
    assert not classify.is_reschedule("let me know and we'll move to the ground-floor room")
    assert classify.is_reschedule("Could we move it to Thursday at 10?")
    first, second = blind_case("b245-09")
    assert first.start == datetime(2026, 10, 13, 13, tzinfo=UTC)
    # "a 10-minute presentation ...; the whole thing should take about an hour"
    said = "Please prepare a 10-minute presentation; the whole thing should take about an hour."
    assert texttime.duration_in(said) == timedelta(hours=1)
    assert second.end is not None and second.end - second.start == timedelta(hours=1)
    # a move asked by mail, then the updated invite: the invite's time, still scheduled
    (iv,) = blind_case("b245-06")
    assert iv.start == datetime(2026, 10, 29, 11, tzinfo=UTC) and iv.status == "scheduled"


def test_who_conducts_and_who_gets_the_note() -> None:
    # "Callum (cc'd), our Director, would love to have a first-stage interview with you"
    first, _ = blind_case("b245-09")
    assert [p.email for p in first.interviewers] == ["callum@clydesideyouthmusic.example"]
    # a Microsoft Bookings mailbox ("Development & Alumni Relations Interviews") is no person
    (iv,) = blind_case("b245-05")
    assert iv.interviewers == () and iv.recruiter is not None
    assert iv.recruiter.email == "ruaridh.forbes@lomond-university.example"
    # the agency's "I'll give you a call on Monday to go through prep" is no interview; the
    # client's forwarded "It'll be with me" is
    (iv,) = blind_case("b245-12")
    assert [p.email for p in iv.interviewers] == ["alison.gow@bairnstrust.example"]


def test_japanese_mail() -> None:
    # the owner asked to sit on a graduate's interview panel ("【面接官ご依頼】")
    assert "user is the interviewer" in signal_names("【面接官ご依頼】2027年度新卒採用 一次面接")
    assert blind_case("b246-12") == ()
    # a HERP scheduling page not yet booked: a window of days to choose from
    assert blind_case("b246-16") == ()
    # "明日 午後2時" in a mail whose Date is stamped in UTC: Japanese is written on Tokyo's clock
    (iv,) = blind_case("b246-19")
    assert iv.start == datetime(2026, 12, 9, 5, tzinfo=UTC)
    # the Japanese Outlook quote header ("送信日時: 2026年11月24日 20:15") is no interview time
    (iv,) = blind_case("b246-21")
    assert iv.start == datetime(2026, 12, 3, 1, tzinfo=UTC)
