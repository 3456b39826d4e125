"""Capabilities added in round 29 (session 10, the first contact with blind128-130): French
habits, interviews arranged through messaging and voice, a forward's own note, and a person's
name that is also a city."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.extract import is_machine_address
from detector.texttime import duration_in, find_times

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def test_french_habits() -> None:
    # "l'écart avec Paris sera de 5 heures" after "passage à l'heure avancée le 8 mars" is no
    # meeting; the booking tool's "Appel découverte" is the call
    (call,) = blind_case("b128-11")
    assert call.start == datetime(2026, 3, 10, 15, tzinfo=ZoneInfo("Europe/Paris"))
    # "OK pour recevoir Claire Dumoulin le lundi 4 mai à 9h pile ... pour 1h"
    (onsite,) = blind_case("b128-22")
    assert onsite.end == datetime(2026, 5, 4, 10, tzinfo=PARIS)
    assert [p.email for p in onsite.interviewers] == ["damien.rault@octave.example"]
    assert duration_in("pendant 1h30") == timedelta(minutes=90)
    assert duration_in("à 14h") is None
    # a bank's "rendez-vous ... votre capacité d'emprunt" is no interview
    assert blind_case("b128-10") == ()
    # only the company's "Accepté :" of the owner's own invite, for the time it asked for
    (accepted,) = blind_case("b128-17")
    assert accepted.start == datetime(2026, 4, 17, 10, 30, tzinfo=PARIS)


def test_messaging_and_voice() -> None:
    # a voicemail transcript: "Received: Tue, Mar 10, 2026 at 4:41 PM" is when it came in;
    # "a phone interview with you for tomorrow at 10"; Mark's own mail gives the company
    (voicemail,) = blind_case("b129-02")
    assert voicemail.start == datetime(2026, 3, 11, 10, tzinfo=NEW_YORK)
    assert voicemail.company == "Tallgrass Logistics"
    assert is_machine_address("voicemail@dialtone-voice.example")
    assert is_machine_address("reply+wa-5511955550123-8822@chatrelay.example")
    assert is_machine_address("agenda@vagaly.example")
    # "Thursday at 3, or Friday morning, say half past ten", then the owner's (absent) choice
    # and "Friday at half past ten it is"
    (picked,) = blind_case("b129-07")
    assert picked.start == datetime(2026, 3, 27, 10, 30, tzinfo=NEW_YORK)
    assert picked.role == "Senior Customer Success Manager"
    # one slot offered, then "I've cancelled our chat on Thursday" after the owner withdrew
    (withdrawn,) = blind_case("b129-11")
    assert withdrawn.status == "cancelled"


def test_a_forward_and_a_name_that_is_a_city() -> None:
    # "You're set with him for Friday 6/5 at 2pm ET (noon MT)" above the hiring manager's
    # "Friday at 2 ... or Monday at 11"
    (manager,) = blind_case("b130-13")
    assert manager.start == datetime(2026, 6, 5, 14, tzinfo=NEW_YORK)
    assert "screen/round" in signal_names("This is the hiring-manager round for the role")
    # "12:30pm – 1:30pm | Product Collaboration | Sofía Arriaga <sofia.arriaga@...>": Sofia is
    # a person here, not Bulgaria's clock
    (onsite,) = blind_case("b130-04")
    assert onsite.start == datetime(2026, 4, 16, 10, tzinfo=ZoneInfo("America/Denver"))
    ref = datetime(2026, 4, 9, 10, tzinfo=ZoneInfo("America/Denver"))
    (row,) = find_times("12:30pm – 1:30pm | Sofia Arriaga <sofia.a@x.example>", ref, ref.tzinfo)
    assert row.start.utcoffset() == timedelta(hours=-6)
