"""Capabilities added in round 55 (session 16, the first contact with blind215-218): a Nairobi
data scientist, an Istanbul supply chain manager in Turkish, a Dublin maths teacher, a Manila
virtual assistant in Taglish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _detdata import blind_case, signal_names

from detector import observe
from detector.extract import (
    _domain_match,
    expand_acronym,
    is_group_address,
    pick_role,
    role_from_segments,
    squash,
)
from detector.texttime import language_zones, zone_words

REF = datetime(2026, 9, 16, 8, tzinfo=UTC)


def test_virtual_assistant_and_turkish_titles() -> None:
    assert role_from_segments(
        "Jason W. sent you a message about: Dispatch & Customer Service VA", None
    )
    assert expand_acronym("Executive VA", ["Executive Virtual Assistant (Brandt Realty)"]) == (
        "Executive Virtual Assistant"
    )
    assert expand_acronym("AP Chemistry Teacher", ["Assistant Principal"]) == "AP Chemistry Teacher"
    # "Virtual" opens a remote job's title, not a remote step
    assert (
        pick_role(["for the Medical Virtual Receptionist role"]) == "Medical Virtual Receptionist"
    )
    (iv,) = blind_case("b216-01")  # '"Tedarik Zinciri Müdürü" ilanına' (the posting)
    assert iv.role == "Tedarik Zinciri Müdürü"


def test_taglish_days_and_zones() -> None:
    # "Ang initial interview mo ay bukas ng 2:00 PM" (tomorrow at 2 PM)
    said = observe.text_when("Ang initial interview mo ay bukas ng 2:00 PM, via phone.", REF, UTC)
    assert said.start is not None and said.start.day == 17
    assert observe.text_when("bukas ang pantry", REF, UTC).start is None  # "open"
    assert [z.key for z in language_zones("sa interview room namin")] == ["Asia/Manila"]
    # a Taglish mail from a UTC-stamping client that names Melbourne is still Manila's
    (iv,) = blind_case("b218-12")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 23, 5, tzinfo=UTC)


def test_offers_and_conversations() -> None:
    # "Available ka ba Monday or Tuesday, around 9PM Manila time?": two days offered
    said = observe.text_when("Available ka ba Monday or Tuesday, around 9PM Manila time?", REF, UTC)
    assert said.start is None and said.proposal
    (iv,) = blind_case("b218-10")  # the client in the subject's bracket, not the agency
    assert iv.company == "Holloway Roofing"
    # "you can ask me anything" is a conversation, not an AMA event
    assert "newsletter/tips" not in signal_names("and you can ask me anything.")
    assert "newsletter/tips" in signal_names("Join our Ask Me Anything on Thursday")
    (iv,) = blind_case("b218-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 14, 2, tzinfo=UTC)


def test_look_alikes_of_a_va_and_a_data_scientist() -> None:
    assert "assessment" in signal_names("Reminder lang po: walang interviewer dito")
    assert "internal meeting" in signal_names("Weekly Support Team Call")
    assert (
        blind_case("b218-14") == () and blind_case("b218-17") == () and blind_case("b218-21") == ()
    )
    assert "appointment" in signal_names("Home Loan pre-qualification interview")
    assert blind_case("b215-17") == ()
    # a role-play of a client intake call is the job's sample task; lunch with the fraud team
    # is the team a fraud data scientist joins; "see the room is taken" is no flat viewing
    assert "appointment" not in signal_names("a short role-play of a new-client intake call")
    assert "appointment" not in signal_names("Lunch with the fraud team (informal)")
    assert "housing viewing" not in signal_names("so that colleagues can see the room is taken")
    assert "housing viewing" in signal_names("Would you like to see the room on Saturday?")


def test_panels_boards_and_group_guests() -> None:
    assert is_group_address("ml-hiring-panel@nordhaven.example")
    (iv,) = blind_case("b215-07")
    assert "ml-hiring-panel@nordhaven.example" not in {p.email for p in iv.interviewers}
    (iv,) = blind_case("b196-09")  # a hiring mailbox that organizes is no staff meeting
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 12, 15, tzinfo=UTC)
    # "Panel:\n- Derek ...\n- Marisol ...\n- me": the writer sits on it
    (iv,) = blind_case("b218-13")
    assert "hannah.price@lonestarintake.example" in {p.email for p in iv.interviewers}
    # "The Selection Board will comprise Mr Eamon Kavanagh (Principal), ..."
    (iv,) = blind_case("b217-01")
    assert [p.email for p in iv.interviewers] == ["ekavanagh@stdeclans-rathcarran.example"]
    assert iv.company == "St. Declan's College"


def test_turkish_mail() -> None:
    assert "sales demo" in signal_names("T1 transit beyannamesi ve teminat")
    assert "availability request" in signal_names(
        "size uyan 2-3 zaman dilimini iletebilir misiniz?"
    )
    assert "other interview types" in signal_names(
        "konsolosluk görevlisi ile kısa bir vize mülakatı"
    )
    assert "appointment" not in signal_names("sizi 7. kattaki toplantı salonuna ben alacağım")
    assert "appointment" in signal_names("Your salon appointment is confirmed")
    # "Görüşmemizi Cuma gününe alabilir miyiz? Aynı saatte" moves the invite's Thursday
    (iv,) = blind_case("b216-11")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 20, 12, tzinfo=UTC)
    # "Dubai saatiyle 11:00 (İstanbul saatiyle 10:00)": the clock is named before the time
    said = observe.text_when(
        "5 Kasım Perşembe, Dubai saatiyle 11:00 (İstanbul saatiyle 10:00)", REF, UTC
    )
    assert said.start is not None and said.start.astimezone(UTC).hour == 7
    # a name that opens with an accented capital spells its ASCII domain
    assert squash("Çınar Tekstil") == "cinartekstil"
    (iv,) = blind_case("b216-21")
    assert iv.company is not None and iv.company.startswith("Çınar Tekstil")


def test_irish_schools() -> None:
    assert [z.key for z in zone_words("9:00am Irish time")] == ["Europe/Dublin"]
    # "Dé Máirt, 9 Meitheamh 2026" is June, not the Dutch "mei" it opens with
    (iv,) = blind_case("b217-20")
    assert iv.start.astimezone(UTC) == datetime(2026, 6, 9, 14, tzinfo=UTC)
    assert _domain_match("St. Declan's College", "stdeclans-rathcarran")
    assert not _domain_match("Harbourside Hospital", "harbourside-lhd")
    (iv,) = blind_case("b217-12")  # "Principal's Office, Mount Tallon Community School, ..."
    assert iv.company == "Mount Tallon Community School"
    assert "application receipt" in signal_names("Only shortlisted candidates will be contacted.")
    assert "training course" in signal_names("Oral Examiner Briefing - Leaving Certificate Irish")
    assert blind_case("b217-13") == () and blind_case("b217-17") == ()


def test_a_length_said_after_the_time() -> None:
    # "Great - Monday it is. We'll have 45 minutes."
    (iv,) = blind_case("b215-13")
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=45)
