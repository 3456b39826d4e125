"""Capabilities added in round 69 (session 19, the first contact with blind270-273): a Colombo
QA lead, an Almaty engineer writing Kazakh and Russian, a Santiago analyst writing Chilean
Spanish, a Seattle engineer among modern scheduling vendors."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import extract, texttime


def test_a_zone_before_a_row_label() -> None:
    # "PST" before a row's label is the zone, not a first name before a surname ("Break")
    seattle = ZoneInfo("America/Los_Angeles")
    ref = datetime(2026, 11, 4, 10, tzinfo=seattle)
    row = "Thursday, November 12, 2026\n11:00 AM - 11:30 AM PST   Break\n"
    (m,) = texttime.find_times(row, ref, ZoneInfo("America/New_York"))
    assert m.start == datetime(2026, 11, 12, 11, tzinfo=seattle)
    (iv,) = blind_case("b273-13")
    assert iv.start == datetime(2026, 11, 12, 17, tzinfo=UTC)


def test_kazakh_and_russian() -> None:
    assert "hiring process" in signal_names("«Өндіру жөніндегі инженер» бос орны бойынша")
    almaty = ZoneInfo("Asia/Almaty")
    ref = datetime(2026, 10, 26, 13, 40, tzinfo=UTC)
    (m,) = texttime.find_times("Сұхбат ертең, сейсенбі күні, сағат 10:00-де", ref, almaty)
    assert m.start == datetime(2026, 10, 27, 10, tzinfo=almaty)
    assert ZoneInfo("Asia/Almaty") in texttime.named_zones("Сұхбат ертең, құрметпен")
    (iv,) = blind_case("b271-04")
    assert iv.start == datetime(2026, 10, 27, 5, tzinfo=UTC)
    # a rotation camp's bus, arrival and safety briefing come before the interview rows, which
    # take their day from the day's heading ("Среда, 18 ноября — ...", rows set off by a dash)
    (iv,) = blind_case("b271-10")
    assert iv.start == datetime(2026, 11, 18, 4, 30, tzinfo=UTC)
    # a television correspondent's interview
    assert "media interview" in signal_names("Я корреспондент программы на телеканале")
    assert blind_case("b271-17") == ()
    # a domain's initials are left off the name: kazdala-ws is "Kazdala"
    (iv,) = blind_case("b271-01")
    assert iv.company == "Kazdala"


def test_chilean_spanish() -> None:
    assert "user is the interviewer" in signal_names("Francisca: tú le haces las preguntas")
    assert blind_case("b272-18") == ()
    assert "assessment" in signal_names("la siguiente etapa es la evaluación psicolaboral online")
    assert len(blind_case("b272-10")) == 1
    (iv,) = blind_case("b272-01")
    assert iv.start == datetime(2026, 3, 18, 13, tzinfo=UTC)


def test_colombo() -> None:
    said = "Service : Passport - One Day Service (renewal)"
    assert "appointment" in signal_names(said)
    assert "non-job meeting" in signal_names("Management Council - Havelock Gardens Condominium")
    assert blind_case("b270-14") == () and blind_case("b270-16") == ()


def test_trade_titles() -> None:
    said = "Thanks for applying to the Electrical Estimator opening with Longs Peak Power"
    assert extract.pick_role([said]) == "Electrical Estimator"
    # "Dwayne and I would like to move your interview": two people arranging it, not the panel
    (iv,) = blind_case("b269-05")
    assert {p.email for p in iv.interviewers} == {"dwayne.broussard@goosecreek-im.example"}
