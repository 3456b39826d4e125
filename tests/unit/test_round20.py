"""Capabilities added in round 20 (session 8, the first contact with blind101-103): agency call
windows, telehealth employers, Swahili clock times, Greek and Greeklish interviews, and the
look-alikes of nurses, Nairobi and Athens."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import signal_names

from detector import classify
from detector.extract import has_quote_start
from detector.texttime import duration_in, find_times

CHICAGO = ZoneInfo("America/Chicago")
NAIROBI = ZoneInfo("Africa/Nairobi")
ATHENS = ZoneInfo("Europe/Athens")


def _times(text: str, sent: datetime, tz: ZoneInfo) -> list[tuple[datetime, datetime | None]]:
    return [(m.start, m.end) for m in find_times(text, sent, tz) if not m.not_a_meeting]


def test_a_call_promised_in_a_window_starts_at_its_start() -> None:
    sent = datetime(2026, 4, 13, 10, 12, tzinfo=CHICAGO)
    text = "will call you Wednesday 4/15 sometime between 2 and 4 PM CST at (713) 555-0148"
    assert _times(text, sent, CHICAGO) == [(datetime(2026, 4, 15, 14, tzinfo=CHICAGO), None)]
    assert _times("The manager will call you between 9 and 11 AM on Thursday", sent, CHICAGO)
    # an open window of availability stays none
    assert _times("any time between 9am and 4pm works", sent, CHICAGO) == []
    # two slots are two slots, not a range
    assert len(_times("we have slots at 10:00 and 11:00 on Friday", sent, CHICAGO)) == 2


def test_hora_del_centro_from_texas_is_us_central() -> None:
    sent = datetime(2026, 3, 5, 9, tzinfo=CHICAGO)
    ((start, _),) = _times("el martes 10 de marzo a las 14:00 h (hora del centro)", sent, CHICAGO)
    assert start.utcoffset() == timedelta(hours=-5)  # CDT from 8 March, not Mexico's -6


def test_swahili_clock_times() -> None:
    sent = datetime(2026, 4, 10, 10, tzinfo=NAIROBI)
    for said, hour, minute in [
        ("Jumanne, 14 April, saa nane mchana", 14, 0),
        ("saa nne asubuhi", 10, 0),
        ("saa kumi jioni", 16, 0),
        ("saa tatu na nusu asubuhi", 9, 30),
    ]:
        ((start, _),) = _times(said, sent, NAIROBI)
        assert (start.hour, start.minute) == (hour, minute), said


def test_greek_and_greeklish() -> None:
    names = signal_names("Θα σε πάρω τηλέφωνο για μια πρώτη τηλεφωνική συνέντευξη για τη θέση")
    assert {"interview word", "hiring process"} <= names
    assert "interview word" in signal_names("H synenteuxi metaferetai stin Pempti")
    assert classify.CANCEL.search("η συνέντευξη ακυρώθηκε")
    assert classify.RESCHEDULE.search("tha metaferoume ti synenteuxi")
    sent = datetime(2026, 3, 5, 11, 20, tzinfo=ATHENS)
    assert _times("Πέμπτη 12 Μαρτίου, 10:30 π.μ., στα γραφεία μας", sent, ATHENS) == [
        (datetime(2026, 3, 12, 10, 30, tzinfo=ATHENS), None)
    ]
    ((start, _),) = _times("θα σε πάρω τηλέφωνο αύριο στις 3 μ.μ.", sent, ATHENS)
    assert start == datetime(2026, 3, 6, 15, tzinfo=ATHENS)
    assert duration_in("Διάρκεια: περίπου 45 λεπτά") == timedelta(minutes=45)
    assert has_quote_start("Δήμητρα\n\nΣτις Τρί 3 Μαρ 2026 στις 5:45 μ.μ., ο/η Δήμητρα έγραψε:\n")


def test_look_alikes_of_this_batch() -> None:
    assert "appointment" not in signal_names("Telehealth Nurse Practitioner - Virtual Urgent Care")
    assert "onboarding" not in signal_names("Have your questions ready (orientation length)")
    assert "onboarding" not in signal_names("competencies: Professionalism and Client Orientation")
    assert "user is the interviewer" in signal_names(
        "Thank you for agreeing to sit on the peer interview panel as the staff representative"
    )
    assert "appointment" in signal_names("Dear Taxpayer, Service: Taxpayer interview - PIN")
    assert "job alert" in signal_names("12 νέες θέσεις για «Πολιτικός Μηχανικός»")
    assert "rejection" in signal_names("αποφασίσαμε να προχωρήσουμε με υποψήφιο/α")
    assert "user is the interviewer" in signal_names("Συνέντευξη υποψηφίου: Γ. Νικολαΐδης")
    assert "appointment" in signal_names("συνάντηση με σύμβουλο στεγαστικών δανείων")
    assert "confirmed" in signal_names("I've already told him this works for you")
    assert "media interview" in signal_names("να μας δώσετε συνέντευξη για το περιοδικό")
