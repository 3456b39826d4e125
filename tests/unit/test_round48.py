"""Capabilities added in round 48 (session 14, the first contact with blind182-184): a calendar-
first mailbox, law-firm laterals through search firms, Gulf hospitality and cabin crew."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector.extract import pick_company


def test_law_firm_callbacks_and_itineraries() -> None:
    # "Oakhurst Lyle Callback Interviews - Nora Castellanos": the firm, then its step
    (iv,) = blind_case("b183-17")
    assert iv.company == "Oakhurst Lyle"
    # the search firm's note books her flight ("the 7:05 pm flight Monday"); the forwarded
    # itinerary holds the interview, and "Grace's itinerary" names no interviewer
    (iv,) = blind_case("b183-21")
    assert iv.start.astimezone(UTC) == datetime(2026, 5, 12, 13, 30, tzinfo=UTC)
    assert "gtilden@harcourtellery.example" not in {p.email for p in iv.interviewers}
    # a recruiter's market check-in "is not an interview for any specific role"
    assert "no role on offer" in signal_names("Confidential Market Check-In (30 min)")
    assert blind_case("b183-16") == ()


def test_calendar_first_look_alikes() -> None:
    # the owner's own "Interview w/ Kestrel?" held the time; the company's invite booked it
    (iv,) = blind_case("b182-10")
    assert iv.company == "Kestrel Learning"
    # a freelance client's "Per the SOW, here's our round 2 review"
    assert "production work" in signal_names("Per the SOW, here's our round 2 review")
    assert blind_case("b182-08") == ()


def test_gulf_names_and_assessment_days() -> None:
    # "Registration opens at 08:00" beside a booked day's reporting time is no event sign-up
    assert "newsletter/tips" not in signal_names(
        "Reporting time: 08:30. Registration opens at 08:00."
    )
    assert "newsletter/tips" in signal_names("Registration is now open for our spring webinar")
    (iv,) = blind_case("b184-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 2, 14, 4, 30, tzinfo=UTC)
    # the Arabic article is no part of a domain: "Qasr Al Najd Hospitality" for qasrnajd
    name, _ = pick_company(["Qasr Al Najd Hospitality Co. | Riyadh\n"], ["qasrnajd.example"], [])
    assert name is not None and name.startswith("Qasr Al Najd Hospitality")
    # "Henrik Olsen, General Manager of Corniche Pearl Hotel Doha": the hotel, not his title
    (iv,) = blind_case("b184-06")
    assert iv.company == "Corniche Pearl Hotel Doha"
