"""Capabilities added in round 57 (session 16, the first contact with blind223-226): an Accra
accountant, a Bucharest QA engineer in Romanian, a Karachi developer in Roman Urdu, a Prague
design engineer in Czech."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import observe
from detector.classify import is_reschedule
from detector.extract import has_quote_start, without_disclaimers
from detector.texttime import zone_words

BUCHAREST = ZoneInfo("Europe/Bucharest")
KARACHI = ZoneInfo("Asia/Karachi")


def test_romanian() -> None:
    assert "interview word" in signal_names("Vă invităm la un interviu tehnic")
    assert has_quote_start("În lun., 9 mar. 2026 la 19:03, Andreea <a@example.com> a scris:")
    assert has_quote_start("De la: Laura <l@x.example>\nTrimis: joi, 26 martie 2026 20:14")
    ref = datetime(2026, 6, 8, 10, tzinfo=BUCHAREST)  # a Monday
    said = observe.text_when("Ne vedem mâine la ora 14:00.", ref, BUCHAREST)
    assert said.start == datetime(2026, 6, 9, 14, tzinfo=BUCHAREST)
    said = observe.text_when("vineri, 12 iunie, ora 14:00", ref, BUCHAREST)
    assert said.start == datetime(2026, 6, 12, 14, tzinfo=BUCHAREST)
    assert "appointment" in signal_names("întâlnire pentru creditul ipotecar")
    assert is_reschedule("Putem muta interviul pe vineri, la aceeași oră?")
    # "Vă propun următoarele variante ... joi, 2 aprilie" then "rămâne joi la ora 11:00"
    (iv,) = blind_case("b224-13")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 2, 8, tzinfo=UTC)


def test_city_names_are_whole_words() -> None:
    # "spuneți" and "opportune" hold no Pune, "comparison" no Paris
    assert zone_words("Vă rog să-mi spuneți care variantă vă convine.") == []
    assert zone_words("an opportune comparison") == []
    assert [z.key for z in zone_words("10:00 Pune time")] == ["Asia/Kolkata"]


def test_roman_urdu() -> None:
    ref = datetime(2026, 2, 9, 18, 42, tzinfo=KARACHI)
    said = observe.text_when("Aap ka interview kal (Mangal) dopahar 3 baje hoga", ref, KARACHI)
    assert said.start == datetime(2026, 2, 10, 15, tzinfo=KARACHI)
    assert "hiring process" in signal_names(
        "Aap ki application ki position ke liye shortlist ho gayi hai"
    )
    # a job board's list of other openings under the relayed message is cut
    relay = "Shukriya\n\nAap ke liye mazeed jobs:\n* Java - Lahore - Walk-in interview Saturday\n"
    assert "Walk-in" not in without_disclaimers(relay)
    (iv,) = blind_case("b225-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 2, 10, 10, tzinfo=UTC)
    assert "assessment" in signal_names("No interviewer will be present; your code is evaluated")
    assert blind_case("b225-14") == ()


def test_czech() -> None:
    assert "hiring process" in signal_names("zájem o pozici konstruktéra")
    assert "screen/round" in signal_names("úvodní telefonický pohovor k pozici")
    assert "availability request" in signal_names("Vyberte si prosím termín pohovoru")
    first, _ = blind_case("b226-08")
    assert first.start.astimezone(UTC) == datetime(2026, 10, 5, 8, tzinfo=UTC)
    # "8:45 příchod na vrátnici" is the arrival, the day starts at 9:00
    (iv,) = blind_case("b226-06")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 6, 8, tzinfo=UTC)
    # the owner's work address carries his name with its accents: he interviews the apprentice
    assert blind_case("b226-18") == ()


def test_accra() -> None:
    # a written test's own hold is no session of the panel's day
    assert "assessment" in signal_names("Written Test – Manager, Financial Reporting")
    (iv,) = blind_case("b223-02")
    assert iv.start.astimezone(UTC) == datetime(2026, 9, 22, 13, 30, tzinfo=UTC)
    # "Our CFO can see your candidate Adwoa": the agency's candidate is the owner
    assert "user is the interviewer" not in signal_names("Our CFO can see your candidate Adwoa")
    assert "user is the interviewer" in signal_names("our two shortlisted candidate files")
    (iv,) = blind_case("b223-09")
    assert iv.start.astimezone(UTC) == datetime(2026, 9, 21, 15, tzinfo=UTC)
