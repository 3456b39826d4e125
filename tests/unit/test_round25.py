"""Capabilities added in round 25 (session 9, the first contact with blind116-118): a call the
company's next mail says took place, Mexico's all-year clock in calendar labels, Spanish
bookings, an ATS's "Participants:" line, and the film and TV trade's words and look-alikes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.texttime import zone_in

MEXICO = ZoneInfo("America/Mexico_City")


def test_the_next_mail_says_the_call_took_place() -> None:
    # a forwarded "I'll call you at noon tomorrow", then the recruiter's "Thanks again for the
    # chat today!" in a new conversation
    screen, _ = blind_case("b118-13")
    assert screen.start == datetime(2026, 2, 18, 12, tzinfo=ZoneInfo("America/New_York"))
    # the same in Spanish: "Te agendé una llamada conmigo el miércoles a mediodía", then "Mil
    # gracias por la llamada de ayer"
    call, _ = blind_case("b117-10")
    assert call.start == datetime(2026, 2, 18, 12, tzinfo=MEXICO)


def test_a_calendar_label_names_the_city_after_the_kind_of_time() -> None:
    assert zone_in("Central Standard Time - Mexico City") == MEXICO
    assert zone_in("Hora estándar central - Ciudad de México") == MEXICO
    assert zone_in("Mountain Standard Time - Phoenix") == ZoneInfo("America/Phoenix")
    assert zone_in("Central time - call me") == ZoneInfo("America/Chicago")
    (loop,) = blind_case("b117-13")
    assert loop.start == datetime(2026, 4, 6, 9, tzinfo=MEXICO)


def test_spanish_bookings_and_participants() -> None:
    (screen,) = blind_case("b117-01")  # "Te marco el jueves a las 4 pm ... llamada de 30 minutos"
    assert screen.start == datetime(2026, 2, 12, 16, tzinfo=MEXICO)
    (referral,) = blind_case("b117-11")  # "Le agendé el miércoles 18 a las 6 pm hora CDMX"
    assert referral.start == datetime(2026, 3, 18, 18, tzinfo=MEXICO)
    (personio,) = blind_case("b117-12")  # "Participants: Jana Köhler (TA), Tobias Brandt (...)"
    assert len(personio.interviewers) == 2


def test_the_film_and_tv_trade() -> None:
    (general,) = blind_case("b116-01")  # "she'd love to get you in for a general"
    assert general.start == datetime(2026, 3, 12, 16, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    # "Good news - the showrunner wants to meet": past the cheap prescreen, then booked by the
    # owner's "Friday lunch works" and the UPM's "Friday 12:00 at the commissary"
    (lunch,) = blind_case("b116-13")
    assert lunch.start == datetime(2026, 4, 17, 12, tzinfo=ZoneInfo("America/Los_Angeles"))
    # "Marigold Animation's preschool slate" is a TV slate, not a child's school
    screen, _ = blind_case("b116-10")
    assert screen.start.day == 25
    for text in ("CALL SHEET - DAY 14", "Crew call: 6:30A", "TECH SCOUT - Friday", "Table read"):
        assert "production work" in signal_names(text), text
    for prefix in ("b116-14", "b116-15", "b116-16", "b116-17", "b117-16"):
        assert blind_case(prefix) == (), prefix
