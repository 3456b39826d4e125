"""Capabilities added in round 34 (session 11, the first contact with blind140): Finnish mail,
and Outlook mail stamped in UTC whose writer is placed by their phone number or language."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.texttime import duration_in, find_times

HELSINKI = ZoneInfo("Europe/Helsinki")


def test_finnish() -> None:
    ref = datetime(2026, 3, 18, 10, 20, tzinfo=HELSINKI)
    (tomorrow,) = find_times("soitellaan huomenna klo 10", ref, HELSINKI)
    assert tomorrow.start == datetime(2026, 3, 19, 10, tzinfo=HELSINKI)
    # "ensi viikon torstaina" is next week's Thursday, not tomorrow
    (next_week,) = find_times("Sopisiko ensi viikon torstaina klo 13?", ref, HELSINKI)
    assert next_week.start == datetime(2026, 3, 26, 13, tzinfo=HELSINKI)
    assert duration_in("Varataan aikaa tunti.") == timedelta(hours=1)
    assert duration_in("puoli tuntia") == timedelta(minutes=30)
    assert "application receipt" in signal_names("hakemuksesi on lähetetty työnantajalle")
    assert "rejection" in signal_names("päätimme jatkaa rekrytointia toisen hakijan kanssa")
    assert "availability request" in signal_names("Valitse itsellesi sopiva aika linkistä")
    assert blind_case("b140-07") == ()  # the employment office's "alkuhaastattelu"
    (founder,) = blind_case("b140-05")
    assert founder.start == datetime(2026, 3, 17, 10, tzinfo=HELSINKI)
    # "Haastattelijana toimii studiopäällikkömme Riikka Mäkelä": who conducts it
    (remote,) = blind_case("b140-14")
    assert [p.email for p in remote.interviewers] == ["riikka.makela@lumipallo.example"]


def test_utc_stamped_outlook_mail_placed_by_phone_or_language() -> None:
    # "Date: ... +0000" from Outlook: "+358 40 555 0192" in the signature puts the writer in
    # Helsinki; with no number, mail written in Finnish does
    (onsite,) = blind_case("b140-06")
    assert onsite.start == datetime(2026, 3, 26, 13, tzinfo=HELSINKI)
    assert onsite.company == "Tunturi Play"  # not the subject's "Haastattelu"
    (remote,) = blind_case("b140-14")
    assert remote.start == datetime(2026, 3, 20, 9, tzinfo=HELSINKI)
