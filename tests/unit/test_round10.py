"""Capabilities added in round 10 (session 7: the two known misses of blind66 and the first
contact with blind68-70): calls set by their distance from the sending time, surnames that are
also cities, whole company names that spell the domain, and Spanish days of interviews."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from detector import classify
from detector.extract import pick_company, pick_role, role_last_resort
from detector.texttime import duration_in, find_times, zone_in

BUENOS_AIRES = timezone(timedelta(hours=-3))


def _reasons(text: str) -> set[str]:
    return {r.split(" (")[0] for r in classify.score(text)[1]}


def test_a_call_in_an_hour_is_an_hour_after_the_mail_was_sent() -> None:
    sent = datetime(2026, 3, 18, 14, 2, tzinfo=BUENOS_AIRES)
    text = "¿Tenés un rato hoy? Si te sirve te llamo dentro de una hora, unos 20 minutos."
    (m,) = find_times(text, sent, BUENOS_AIRES)
    assert m.start == datetime(2026, 3, 18, 15, 5, tzinfo=BUENOS_AIRES)  # rounded up to 5 min
    assert m.has_date
    (m,) = find_times("I'll give you a ring in 30 minutes", sent, BUENOS_AIRES)
    assert m.start == datetime(2026, 3, 18, 14, 35, tzinfo=BUENOS_AIRES)
    # the length is the 20 minutes, not the hour the call is away
    assert duration_in(text) == timedelta(minutes=20)


def test_a_task_to_finish_in_an_hour_sets_no_time() -> None:
    sent = datetime(2026, 3, 18, 14, tzinfo=BUENOS_AIRES)
    assert find_times("Please complete the exercise in an hour.", sent, BUENOS_AIRES) == []
    assert find_times("We will reply in 2 hours.", sent, BUENOS_AIRES) == []


def test_a_city_that_follows_a_given_name_is_a_surname() -> None:
    assert zone_in("  Arquitectura de datos  Francisca Lagos <francisca@x.example>") is None
    assert zone_in(" Paula <paula.lima@x.example>") is None  # nor a part of an address
    assert str(zone_in(" Lagos time")) == "Africa/Lagos"
    assert str(zone_in(" Thursday Eastern")) == "America/New_York"
    assert str(zone_in(" (Lima)")) == "America/Bogota"


def test_the_name_that_spells_the_whole_domain_wins_over_its_short_form() -> None:
    texts = [
        "Búsqueda Data Engineer – Quebracho",
        "Hola, te escribo por Quebracho.\n--\nNicolás Ferrari | Talent Acquisition | "
        "Quebracho Software",
    ]
    name, _ = pick_company(texts, ["quebrachosoftware.example"], [])
    assert name == "Quebracho Software"
    # no longer phrase in the text: the short form stays
    name, _ = pick_company(texts[:1], ["quebrachosoftware.example"], [])
    assert name == "Quebracho"


def test_spanish_words_for_an_opening_name_the_role() -> None:
    by_opening = "Te escribo por la búsqueda de Data Engineer SSr/Sr que publicamos."
    assert pick_role([by_opening]) == "Data Engineer SSr/Sr"
    vacancy = "Tu perfil encaja para la vacante de\nData Scientist Senior y nos encantaría"
    assert pick_role([vacancy]) == "Data Scientist Senior"
    day = "Itinerario de tu jornada presencial de entrevistas (Data Engineer Senior)"
    assert role_last_resort([day]) == "Data Engineer Senior"


def test_a_day_of_interviews_in_spanish_is_a_round() -> None:
    assert "screen/round" in _reasons("Itinerario de tu jornada presencial de entrevistas")
    assert "hiring process" in _reasons("Macarena Soto\nCoordinadora de Selección")
