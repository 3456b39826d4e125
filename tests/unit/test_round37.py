"""Capabilities added in round 37 (session 12, the first contact with blind149-151): Polish
and Quebec French hiring mail, Atlantic time, and an outsourcer that hires for a client's
account."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from _detdata import blind_case, signal_names

from detector.texttime import find_times, named_zones

EASTERN_DAYLIGHT = timezone(timedelta(hours=-4))


def test_polish_look_alikes() -> None:
    # "Twoja aplikacja została wysłana ... skontaktuje się z wybranymi osobami"
    assert "application receipt" in signal_names("Twoja aplikacja została wysłana")
    assert blind_case("b149-15") == ()
    # "poprowadzić część techniczną rozmowy z kandydatem ... arkusz oceny"
    assert "user is the interviewer" in signal_names("rozmowy z kandydatem na Junior QA")
    assert blind_case("b149-17") == ()
    # "test praktyczny online ... To nie jest rozmowa"
    assert "assessment" in signal_names("Kolejnym etapem jest test praktyczny online.")
    assert blind_case("b149-18") == ()
    # "rozmowa kwalifikacyjna na studia podyplomowe" (a university's admission)
    assert "other interview types" in signal_names("rozmowa kwalifikacyjna na studia podyplomowe")
    assert blind_case("b149-20") == ()


def test_polish_final_interview_in_polish_time() -> None:
    # a standalone invite with floating times: "Rozmowa końcowa z CTO ... godz. 9:30–10:15
    # czasu polskiego"
    assert "interview word" in signal_names("Rozmowa końcowa z CTO")
    assert [str(z) for z in named_zones("godz. 9:30 czasu polskiego")] == ["Europe/Warsaw"]
    (iv,) = blind_case("b149-11")
    assert iv.start.isoformat() == "2026-09-15T09:30:00+02:00"


def test_the_employer_is_not_the_job() -> None:
    # "Odwołanie rozmowy technicznej – Ursus Data": the step, then the employer
    cancelled, _ = blind_case("b149-13")
    assert cancelled.role == "QA Automation Engineer"


def test_quebec_french_times() -> None:
    # "répondez au plus tard le vendredi 10 avril 2026, à 12 h": a deadline, not the interview
    (iv,) = blind_case("b150-05")
    assert iv.start == datetime(2026, 4, 15, 9, 30, tzinfo=EASTERN_DAYLIGHT)
    # "Durée : une trentaine de minutes"
    (iv,) = blind_case("b150-01")
    assert iv.end is not None and iv.start is not None
    assert iv.end - iv.start == timedelta(minutes=30)
    # "salle 3.40, Québec (Québec)" is a room, not 3:40 in Eastern time
    ref = datetime(2026, 4, 10, tzinfo=EASTERN_DAYLIGHT)
    assert not [m for m in find_times("Lieu : salle 3.40, Québec", ref, EASTERN_DAYLIGHT)]


def test_atlantic_time() -> None:
    # "1:00 PM - 1:45 PM Atlantic Time (12:00 PM - 12:45 PM Eastern Time)"
    assert [str(z) for z in named_zones("1:00 PM Atlantic Time")] == ["America/Halifax"]
    (iv,) = blind_case("b150-06")
    assert iv.end is not None and iv.start is not None
    assert iv.end - iv.start == timedelta(minutes=45)


def test_a_french_thread_of_proposals_then_a_confirmation() -> None:
    # "Seriez-vous disponible à l'un des moments suivants?", then "c'est confirmé pour mardi"
    # under a quote headed "De : ...\nEnvoyé : ..." (French puts a space before the colon)
    (iv,) = blind_case("b150-07")
    assert iv.start == datetime(2026, 3, 17, 13, 30, tzinfo=EASTERN_DAYLIGHT)
    first, _ = blind_case("b150-09")
    assert [p.email for p in first.interviewers] == ["alexandre.girard@ravelsinclair.example"]


def test_a_public_service_board_reconvened() -> None:
    # the new convocation names no application: "une entrevue de sélection pour l'emploi de"
    assert "hiring process" in signal_names("une entrevue de sélection pour l'emploi de")
    cancelled, again = blind_case("b150-12")
    assert cancelled.status == "cancelled" and again.status == "scheduled"
    # "Dotation – MESR <dotation@...>" is a team mailbox; Julie Bouchard signs it
    assert again.recruiter is not None
    assert again.recruiter.email == "julie.bouchard@mesr-quebec.example"


def test_french_look_alikes() -> None:
    # "merci d'accepter de siéger au comité de sélection ... (candidate : Mélissa Charron)"
    assert "user is the interviewer" in signal_names("accepter de siéger au comité de sélection")
    assert blind_case("b150-16") == ()
    # "Simulation d'entrevue – Big 4", "Payment: 95,00 $ CAD (paid by card)"
    assert "coaching/mock" in signal_names("Your Simulation d'entrevue is scheduled")
    assert blind_case("b150-21") == ()


def test_an_outsourcer_employs_whom_its_client_interviews() -> None:
    # "here is your final interview with the account - Cascadia Health Partners, our US
    # healthcare client": the outsourcer (Northpier) employs
    (iv,) = blind_case("b151-04")
    assert iv.company == "Northpier Global Services"
    (iv,) = blind_case("b151-18")
    assert iv.company == "Reefline Outsourcing"
