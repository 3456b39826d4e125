"""Capabilities added in round 61 (session 17, the first contact with blind239-242): English
mail from a London solicitor, a Chicago dietitian, a remote Austin engineer and a Phoenix
teacher, aimed at other vendors and wording."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector import texttime


def test_look_alikes() -> None:
    # the owner as interviewer ("Thank you both for agreeing to interview Samuel"), and an
    # intern's reply to the owner's invitation ("Thank you so much for offering me an interview")
    assert blind_case("b239-18") == () and blind_case("b240-17") == ()
    # a jury summons, a DMV appointment
    assert "appointment" in signal_names("Juror Summons - report for jury service at 8:30 AM")
    assert "appointment" in signal_names("Your Driver Services appointment is confirmed")
    assert blind_case("b240-12") == () and blind_case("b240-15") == ()
    # a recruiter's coffee chat that "isn't for a specific role" lends no hiring context
    assert "no role on offer" in signal_names("To be upfront, this isn't for a specific role")
    assert blind_case("b241-20") == ()


def test_teachers_words_are_no_negatives() -> None:
    # an Arizona teacher's "IVP fingerprint clearance card", "1:1 Chromebooks", and the site
    # interview after "the phone screening" are no onboarding, standing 1:1 or later interview
    assert "onboarding" not in signal_names("have your IVP fingerprint clearance card number")
    assert "internal meeting" not in signal_names("Ask about: lab budget, 1:1 Chromebooks")
    (iv,) = blind_case("b242-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 12, 22, 45, tzinfo=UTC)
    (iv,) = blind_case("b242-10")  # the owner's own "Phone interview - Sonoran STEM" entry
    assert iv.start.astimezone(UTC) == datetime(2026, 6, 2, 18, 30, tzinfo=UTC)


def test_vendors_and_zones() -> None:
    # a UK postcode in a UTC-stamped signature puts the writer on London's clock
    assert texttime.zone_words("Spinningfields, Manchester M3 3EB") == [
        texttime.zone_words("London")[0]
    ]
    screen, _ = blind_case("b239-08")
    assert screen.start.astimezone(UTC) == datetime(2026, 10, 1, 11, tzinfo=UTC)
    # Karat runs the screen "on behalf of Juniper Relay": the employer is the company
    (iv,) = blind_case("b241-01")
    assert iv.company == "Juniper Relay"
    # Calendly's reschedule under a new UID ("Former: 10:00am - Friday, October 30, 2026")
    (iv,) = blind_case("b241-04")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 2, 16, tzinfo=UTC)
    # a recruiter's intro call: "a quick 30 min call", "We'll cover your background"
    (iv,) = blind_case("b241-06")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 22, 18, tzinfo=UTC)
