"""Capabilities added in round 51 (session 14, the first contact with blind191-193): dental
practices, French-language tools, warehouse hiring."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector import observe
from detector.chats import without_platform_stamps


def test_french_central_european_time() -> None:
    # Calendly in French: "14:00 - mercredi 25 mars 2026 (Heure d'Europe centrale)" is Paris
    text = "14:00 - mercredi 25 mars 2026 (Heure d'Europe centrale)"
    when = observe.text_when(text, datetime(2026, 3, 20, 9, tzinfo=UTC), UTC)
    assert when.start is not None and when.start.astimezone(UTC) == datetime(
        2026, 3, 25, 13, tzinfo=UTC
    )
    # the owner's own user-research session and a panel's paid study are no interviews
    assert "user research" in signal_names("Entretien utilisateur – Mobilité partagée")
    assert blind_case("b192-14") == ()
    assert "user research" in signal_names("Étude rémunérée (80 €) : appel de qualification")
    assert blind_case("b192-15") == ()


def test_a_morning_range_without_marks() -> None:
    # "7:00 to 1:00" at a dental office: a morning into the afternoon, not 7 pm
    when = observe.text_when(
        "this Saturday, March 7, 7:00 to 1:00.", datetime(2026, 3, 3, 17, tzinfo=UTC), UTC
    )
    assert when.start is not None and when.start.hour == 7
    assert when.end is not None and when.end.hour == 13


def test_a_dental_practice_hiring() -> None:
    # "Farah Nazari, DDS / Ocotillo Smiles Dentistry" signs the mail: no dentist appointment
    assert "appointment" not in signal_names("Farah Nazari, DDS\nOcotillo Smiles Dentistry")
    assert "appointment" in signal_names("Reminder: your dentist appointment on Friday")
    (iv,) = blind_case("b191-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 2, 12, 19, 30, tzinfo=UTC)


def test_dates_that_name_no_interview_day() -> None:
    # "Correction to my note from earlier today - ... Your interview is at 8:00 AM, not 9:00"
    (iv,) = blind_case("b193-10")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 6, 13, tzinfo=UTC)
    # "we spring forward on Sunday, so 2:00 Pacific on Tuesday is 2:00 your time too"
    (iv,) = blind_case("b191-07")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 10, 21, tzinfo=UTC)


def test_chatbot_bookings_and_ats_invites() -> None:
    # Olivia's "Reserved interview slots on Saturday ... Which works for you?" ... "You're booked!"
    (iv,) = blind_case("b193-05")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 21, 16, 15, tzinfo=UTC)
    # two Lever invites of one process stay two interviews
    assert len(blind_case("b191-12")) == 2


def test_a_chatbot_transcripts_speaker_lines() -> None:
    # "You  9:59 AM" / "Olivia  9:59 AM" say when each text was sent, not when to meet
    transcript = "Olivia  1:36 PM\nHi!\n\nYou  1:37 PM\nyes\n\nOlivia  1:41 PM\nYou're all set!\n"
    blank = without_platform_stamps(transcript)
    assert "1:36" not in blank and "You're all set!" in blank
    # one table row of that shape is no transcript
    assert "10:00" in without_platform_stamps("Start  10:00 AM\nRoom 4B\n")
    (iv,) = blind_case("b193-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 2, 19, 16, tzinfo=UTC)
