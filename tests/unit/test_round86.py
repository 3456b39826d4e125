"""Capabilities added in round 86 (session 25, after batch 98): Igbo, Wolof and Fijian clocks,
days and interview words; Central Africa Time; French offers, tests and reviews; names of
companies, roles and interviewers the batch wrote in new ways."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from _detdata import blind_case, misread_times, signal_names

from detector.texttime import duration_in, named_zones, sender_zone

WAT = timezone(timedelta(hours=1))
FIJI = timezone(timedelta(hours=12))
CAT = timezone(timedelta(hours=2))


def test_igbo_clocks_days_and_lengths() -> None:
    ref = datetime(2026, 10, 5, 17, 12)
    said = {
        "Ọ ga-abụ echi n'elekere iri nke ụtụtụ.": datetime(2026, 10, 6, 10),
        "O ga-abu na Satodee, 10 Onwa Iri, n'elekere iri na otu nke ututu": datetime(
            2026, 10, 10, 11
        ),
        "Oge ọhụrụ bụ Tiuzdee, 20 Ọnwa Iri, n'elekere abụọ nke ehihie.": datetime(2026, 10, 20, 14),
        "na Tọzdee, 5 Ọnwa Iri na Otu, n'elekere iri nke ụtụtụ.": datetime(2026, 11, 5, 10),
        "ihe dị ka elekere iri na abụọ na ọkara nke ehihie": datetime(2026, 10, 5, 12, 30),
    }
    assert misread_times(said, ref, WAT) == []
    # thirty minutes is "ten three" minutes; forty-five "ten four and five"
    assert duration_in("Ọ ga-ewe ihe dị ka nkeji\niri atọ.") == timedelta(minutes=30)
    assert duration_in("nkeji iri anọ na ise") == timedelta(minutes=45)


def test_igbo_interviews_and_cancellations() -> None:
    # "ajụjụ ọnụ mbụ site na ekwentị" (a first interview by phone), tomorrow at ten
    (screen,) = blind_case("b334-01")
    assert (screen.start, screen.end) == (
        datetime(2026, 10, 6, 10, tzinfo=WAT),
        datetime(2026, 10, 6, 10, 30, tzinfo=WAT),
    )
    # the same without its marks: "ajuju onu ... n'elekere iri na otu nke ututu"
    (meeting,) = blind_case("b334-07")
    assert meeting.start == datetime(2026, 10, 10, 11, tzinfo=WAT)
    # "anyị akagbuola ya" (we have cancelled it)
    (called_off,) = blind_case("b334-13")
    assert called_off.status == "cancelled"
    # a written aptitude test with "no interview on the day" and a panel only for who passes
    assert blind_case("b334-06") == ()


def test_west_african_english() -> None:
    # "a final interview next week Monday by 8:30am" is at 8:30; the MD the assistant writes
    # for, copied, is the interviewer
    (final,) = blind_case("b334-23")
    assert final.start == datetime(2026, 11, 23, 8, 30, tzinfo=WAT)
    assert [p.email for p in final.interviewers] == ["olumide.coker@zenorapharma.example"]


def test_wolof() -> None:
    ref = datetime(2026, 10, 19, 20, 14)
    said = {
        "Ndax ëllëg Talaata ci 10i suba baax na ci yow ?": datetime(2026, 10, 20, 10),
        "ci 3i ngoon": datetime(2026, 10, 19, 15),
    }
    assert misread_times(said, ref, UTC) == []
    # "waxtaan ci liggéey bi" (a talk about the job) is an interview; the family's "waxtaan"
    # about the Tabaski savings at the same hour is not
    (talk,) = blind_case("b335-16")
    assert talk.start == datetime(2026, 10, 20, 10, tzinfo=UTC)
    assert blind_case("b335-17") == ()


def test_french_offers_tests_and_reviews() -> None:
    assert "offer" in signal_names("veuillez trouver votre promesse d'embauche.")
    assert "assessment" in signal_names("vous êtes admise à passer les tests psychotechniques")
    assert "internal meeting" in signal_names("je te propose notre entretien annuel d'évaluation")
    # "Mme Awa Faye, Directrice des Ressources Humaines, souhaite s'entretenir avec vous"
    (call,) = blind_case("b335-05")
    assert [p.email for p in call.interviewers] == ["awa.faye@cimentsducayor.example"]
    # "pour le poste Chargée de Logistique" (no "de"), and the bank its acronym abbreviates
    (workday,) = blind_case("b335-11")
    assert workday.company == "Banque Lagunaire de Côte d'Ivoire"
    assert workday.role is not None and workday.role.startswith("Chargée de Logistique")
    (day,) = blind_case("b335-10")
    assert day.role == "Superviseure Supply Chain"


def test_fijian() -> None:
    ref = datetime(2026, 10, 5, 14, 20)
    said = {
        "a short phone veitarogi with you nimataka ena 10 na mataka.": datetime(2026, 10, 6, 10),
        "Au na qiri vei iko ena siga Lotulevu ena 3 na yakavi.": datetime(2026, 10, 8, 15),
        "Ena Vakarauwai 10 Okotova ena 4 na yakavi": datetime(2026, 10, 10, 16),
    }
    assert misread_times(said, ref, FIJI) == []
    assert duration_in("E rauta ni 30 na miniti") == timedelta(minutes=30)
    (screen,) = blind_case("b337-02")
    assert (screen.start, screen.end) == (
        datetime(2026, 10, 6, 10, tzinfo=FIJI),
        datetime(2026, 10, 6, 10, 30, tzinfo=FIJI),
    )
    # a breakfast show's live interview about the owner's campaign is the press
    assert blind_case("b337-14") == ()
    # a +12:00 Date on Fijian mail keeps Fiji's clock, not New Zealand's standard time
    sent = datetime(2026, 10, 5, 14, 20, tzinfo=FIJI)
    assert sender_zone(sent, named=named_zones("Vinaka vakalevu")) == ZoneInfo("Pacific/Fiji")


def test_central_africa_time_and_calendly_answers() -> None:
    # "09:30am - 10:00am (Central Africa Time)" is Harare's, not Chicago's; "a former colleague"
    # in the answer to "How did you hear about the role?" is no reference check
    (screen,) = blind_case("b336-03")
    assert screen.start == datetime(2026, 10, 12, 9, 30, tzinfo=CAT)
    # "Nomvula Sibanda, our Grain Procurement Manager (copied), will be on the line with me"
    (call,) = blind_case("b336-04")
    assert {p.email for p in call.interviewers} == {
        "sibusiso.ndlovu@matopomilling.example",
        "nomvula.sibanda@matopomilling.example",
    }


def test_names_written_in_new_ways() -> None:
    # kgcommodities.example is "Keizersgracht Commodities B.V." (the first word shortened)
    (call,) = blind_case("b336-08")
    assert call.company == "Keizersgracht Commodities"
    # "Mrs Rumbidzai Makoni, General Manager, who the Market Research Economist reports to"
    (final,) = blind_case("b336-21")
    assert final.role == "Market Research Economist"
    # "Final interview - Marketing Executive, Pacific Markets. Rawiri Parata (Chief ...) with"
    (ceo,) = blind_case("b337-21")
    assert ceo.role == "Marketing Executive, Pacific Markets"
