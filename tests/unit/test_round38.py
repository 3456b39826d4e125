"""Capabilities added in round 38 (session 12, the first contact with blind152-154): West
African English, trucking and warehouse hiring, Swiss German, French and Italian mail, chat
exports, phone numbers that place a UTC-stamped text message, GMT as UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _detdata import blind_case, blind_items, signal_names

from detector.mime import parse_message
from detector.phonezones import north_american_zones, phone_zones
from detector.texttime import find_times, named_zones


def test_west_african_english() -> None:
    # "your interview ... holds tomorrow by 2pm WAT": takes place at 2pm, no deadline
    (iv,) = blind_case("b152-11")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 17, 13, tzinfo=UTC)
    # "2pm GMT - that's 3pm if you're in Lagos" in April: GMT is UTC, not London's summer time
    assert [str(z) for z in named_zones("2pm GMT")] == ["UTC"]
    (iv,) = blind_case("b152-04")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 8, 14, tzinfo=UTC)


def test_trucking_and_warehouse_hiring() -> None:
    # "Volunteer State Express" is a carrier's name, not the owner's volunteering
    assert "non-job meeting" not in signal_names("Thanks for applying with Volunteer State Express")
    assert "non-job meeting" in signal_names("Our volunteers loved reading about you")
    assert blind_case("b153-01")
    # a clinic's "DOT Physical + Drug Screen" booked by the employer
    assert "appointment" in signal_names("Maple Ridge Occupational Health - Bowling Green")
    assert blind_case("b153-02") == ()
    # "can u come in thurs at 1:30 to sit down w/ Dale our terminal mgr?", texted through
    # Google Voice from a 419 number (Ohio): Eastern time, though the mail is stamped UTC
    (iv,) = blind_case("b153-03")
    assert iv.start.utcoffset() == timedelta(hours=-4)
    # an ATS's cancellation whose reason reads as a rejection still cancels the slot
    (iv,) = blind_case("b153-09")
    assert iv.status == "cancelled"
    # "booking this slot guarantees you a 30-minute sit-down interview" at a hiring event
    (iv,) = blind_case("b153-15")
    assert iv.start.astimezone(UTC) == datetime(2026, 8, 15, 15, 30, tzinfo=UTC)
    # the interview's own rows, then "Road test with driver trainer": one hiring visit
    (iv,) = blind_case("b153-20")
    assert iv.start.astimezone(UTC) == datetime(2026, 9, 28, 12, tzinfo=UTC)


def test_phone_numbers_name_their_zone() -> None:
    assert [str(z) for z in phone_zones("Tel +27 14 555 0122")] == ["Africa/Johannesburg"]
    assert [str(z) for z in phone_zones("+358 40 555 0192")] == ["Europe/Helsinki"]
    assert phone_zones("+7 912 555 0100") == []  # Russia's mobiles ring in many zones
    assert [str(z) for z in north_american_zones("(419) 555-0148")] == ["America/New_York"]
    assert [str(z) for z in north_american_zones("901-555-0172")] == ["America/Chicago"]
    assert north_american_zones("0917 555 0142") == []  # a Philippine mobile


def test_swiss_hiring_mail() -> None:
    # "telefonisches Erstgespräch", then "Einladung zum Zweitgespräch"
    assert "interview word" in signal_names("für ein telefonisches Erstgespräch am Donnerstag")
    assert len(blind_case("b154-05")) == 2
    # "Le proponiamo le seguenti date: ... Mi faccia sapere quale data preferisce"
    (iv,) = blind_case("b154-06")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 9, 13, tzinfo=UTC)
    # a recruiter moves the ATS's invite ("votre entretien du mardi 24 mars à 10h30") and
    # copies in the person the invite named: one interview, moved
    (iv,) = blind_case("b154-03")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 2, 9, tzinfo=UTC)
    # the owner on her housing co-op's panel: "Könntest du die Fachfragen ... übernehmen?"
    assert "user is the interviewer" in signal_names("Könntest du die Fachfragen übernehmen?")
    assert blind_case("b154-19") == ()


def test_full_legal_names() -> None:
    # the place opens with the employer's name: "Rheinknie Privatbank AG, Aeschenvorstadt 21"
    (iv,) = blind_case("b154-10")
    assert iv.company == "Rheinknie Privatbank AG"
    # "mont-saleve-am" is "Mont-Salève Asset Management SA" (initials, then the legal form)
    (iv,) = blind_case("b154-09")
    assert iv.company == "Mont-Salève Asset Management SA"


def test_a_chat_export_is_read() -> None:
    # WhatsApp's export mails the chat as "WhatsApp Chat with Kwabena Harbourlight.txt"
    (item,) = blind_items("b152-05")
    text = parse_message(item).text
    assert "Would love a proper chat about the Founding Product Manager role" in text
    # its "24/03/2026, 19:02 - Kwabena Harbourlight:" stamps are no meeting times
    chat = (
        "24/03/2026, 19:02 - Kwabena Harbourlight: Thursday 4pm WAT?\n"
        "24/03/2026, 19:16 - Adaeze: Thursday 4pm WAT is fine.\n"
    )
    ref = datetime(2026, 3, 24, 19, tzinfo=UTC)
    assert [chat[m.pos : m.pos + 3] for m in find_times(chat, ref, UTC)] == ["4pm", "4pm"]
    # a schedule's row has the same shape and stays a time
    row = "Schedule:\n24/03/2026 10:00 - Technical interview with Ana\n"
    assert [m.start.hour for m in find_times(row, ref, UTC)] == [10]
