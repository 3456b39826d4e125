"""Capabilities added in round 35 (session 11, the first contact with blind143-145): Gulf
residency paperwork, a licence holder's recurrent check, Ramadan working hours, a cancellation
that names its interview by the day, Afrikaans, and a journal's spotlight interview."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.classify import is_reschedule

DUBAI = ZoneInfo("Asia/Dubai")
JOHANNESBURG = ZoneInfo("Africa/Johannesburg")


def test_look_alikes_of_a_gulf_engineer() -> None:
    assert "appointment" in signal_names("Your appointment for the Medical Fitness Test")
    assert "appointment" in signal_names("appointment for biometrics for your Emirates ID renewal")
    assert "training course" in signal_names("your B777 Engine Ground Run recurrent check")
    assert "appointment" not in signal_names("09:00 - 10:30  Technical knowledge test (written)")
    for case in ("b144-14", "b144-15", "b144-17"):
        assert blind_case(case) == ()
    # "Ramadan working hours are now in effect (9:00 AM - 2:00 PM, Monday to Thursday) ... at
    # 11:00 AM on the same day, Wednesday 25 February": office hours, then the moved interview
    assert is_reschedule("we need to bring your interview forward")
    (moved,) = blind_case("b144-11")
    assert moved.start == datetime(2026, 2, 25, 11, tzinfo=DUBAI)


def test_south_african_mail() -> None:
    # "'n eerste onderhoud met Pieter du Toit ... Dinsdag 10 Maart om 14:00" (Afrikaans)
    (first,) = blind_case("b143-01")
    assert first.start == datetime(2026, 3, 10, 14, tzinfo=JOHANNESBURG)
    # "I have to cancel tomorrow's interview. Eskom has announced Stage 6 from 16:00 today":
    # tomorrow's interview is cancelled, the power cut's hour is no interview; "come back to
    # you with a new date" moves nothing
    assert not is_reschedule("I'll come back to you with a new date once it settles.")
    (cancelled,) = blind_case("b143-08")
    assert cancelled.status == "cancelled"
    assert cancelled.start == datetime(2026, 4, 9, 12, tzinfo=JOHANNESBURG)
    # a wine estate in Stellenbosch is no German "Stelle"
    assert "hiring process" not in signal_names("Thank you for booking with Klipkop, Stellenbosch.")
    assert blind_case("b143-15") == ()


def test_spotlight_interview() -> None:
    assert "media interview" in signal_names("I am the Managing Editor")
    assert blind_case("b145-14") == ()
