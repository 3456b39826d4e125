"""Capabilities added in round 53 (session 15, the first contact with blind203-208): retail,
London tech, Chicago accounting, Boston biotech, Toronto design, Madrid hotels."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector import observe
from detector.texttime import zone_words

REF = datetime(2026, 5, 1, 9, tzinfo=UTC)


def test_a_floating_calendar_file_in_the_correspondents_zone() -> None:
    # a Paycom "add to calendar" file with no zone, beside mail from Denver: one interview
    (iv,) = blind_case("b203-03")
    assert iv.start.astimezone(UTC) == datetime(2026, 2, 24, 21, 30, tzinfo=UTC)


def test_loops_and_panels() -> None:
    # "10:15 Saoirse Lennon (1:1)" is a row of an interview loop, not a standing one-on-one
    assert "internal meeting" not in signal_names("10:15 Saoirse Lennon (1:1)\n11:00 Abel (1:1)")
    assert "internal meeting" in signal_names("Our weekly 1:1 moves to Thursday")
    # "Panelists:" over a bulleted list names who interviews
    assert "speaker/event call" not in signal_names("Panelists:\n- Dr. Harriet Nwosu")
    (iv,) = blind_case("b206-18")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 9, 14, tzinfo=UTC)


def test_a_subject_pairing_the_owner_with_a_job_names_the_topic() -> None:
    # "Zoom: T. Okoro / O. Brandvold (Research Associate, ...)": no interview word anywhere
    (iv,) = blind_case("b206-11")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 20, 14, tzinfo=UTC)


def test_zones_said_in_spanish() -> None:
    # "oficinas centrales" (head office) is no US Central time; "hora canaria" is the Canaries'
    assert zone_words("en nuestras oficinas centrales (C/ Colón, 14, Valencia)") == []
    assert [z.key for z in zone_words("a las 10:00, hora canaria")] == ["Atlantic/Canary"]
    start = observe.text_when("el jueves 5 de marzo a las 10:00, hora canaria", REF, UTC).start
    assert start is not None and start.astimezone(UTC).hour == 10


def test_look_alikes() -> None:
    assert "internal meeting" in signal_names("Le confirmo la visita de auditoría de renovación")
    assert "internal meeting" in signal_names("Mystery shop results review - Store 114")
    assert "event/fair" in signal_names("Reunión B2B: Nordsol Reisen (turoperador)")
    assert "event/fair" in signal_names("Marlow Chase Chicago Alumni Reception")
    # the owner interviews someone named in the title ("Entrevista candidata ... - Lucía Prats")
    assert blind_case("b208-21") == ()
    # a recruiter's screen told by its topic: "mostly about your background"
    assert "screen/round" in signal_names("It'll be 30 minutes, mostly about your background.")


def test_australian_states_before_a_postcode() -> None:
    # a UTC-stamped writer signing "Parramatta NSW 2150" writes Sydney's time; a US ZIP code
    # has five digits ("Redmond, WA 98052" is Washington State's Pacific time, not Perth's)
    assert [z.key for z in zone_words("Level 8, 12 Darcy Street, Parramatta NSW 2150")] == [
        "Australia/Sydney"
    ]
    assert [z.key for z in zone_words("16011 NE 36th Way, Redmond, WA 98052")] == [
        "America/Los_Angeles"
    ]
    (iv,) = blind_case("b209-08")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 6, 5, tzinfo=UTC)


def test_german_candidates_booking_pages_and_recorded_video() -> None:
    # "AW: Kandidatin Winterfeld": the owner herself, put forward by a headhunter
    (iv,) = blind_case("b210-10")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 19, 11, tzinfo=UTC)
    assert "availability request" in signal_names("Bitte Termin auswählen: https://x.example")
    assert blind_case("b210-21") == ()
    assert "assessment" in signal_names("Ihr zeitversetztes Videointerview")
    assert blind_case("b210-22") == ()


def test_cantonese_days_and_afternoons() -> None:
    # "聽日（星期二）下晝 3:00–3:45" (tomorrow, Tuesday, in the afternoon) and "下星期三下晝三點"
    (iv,) = blind_case("b214-02")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 10, 7, tzinfo=UTC)
    (iv,) = blind_case("b214-09")
    assert iv.start.astimezone(UTC) == datetime(2026, 5, 13, 7, tzinfo=UTC)


def test_training_hours_and_a_coffee_with_no_mandate() -> None:
    # "AML/CFT Refresher - Conducting Source-of-Wealth Interviews (3 CPT hours)"
    assert "training course" in signal_names("AML/CFT Refresher (3 CPT hours) Confirmation")
    assert blind_case("b214-15") == ()
    # "I don't have a live private banking mandate to discuss with you right now"
    assert "no role on offer" in signal_names(
        "To be upfront: I don't have a live private banking mandate to discuss with you."
    )
    assert blind_case("b214-17") == ()
