"""Capabilities added in round 74 (session 21): lengths and names the labelled sets already held
but the detector did not read, then the first contact with blind290-293: a Lima analyst
(Peruvian Spanish), a Vilnius engineer (Lithuanian), a Las Vegas hospitality manager, a Jakarta
designer (Indonesian)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import extract, texttime


def test_a_length_across_a_hard_wrap_and_in_more_languages() -> None:
    assert texttime.duration_in("The discussion will take about 45\nminutes") == timedelta(
        minutes=45
    )
    assert texttime.duration_in("Разговорът ще отнеме около 30 минути") == timedelta(minutes=30)
    assert texttime.duration_in("Η συζήτηση θα διαρκέσει περίπου μισή ώρα") == timedelta(minutes=30)
    assert texttime.duration_in("Počítejte prosím zhruba s půlhodinou.") == timedelta(minutes=30)
    assert texttime.duration_in("počítejte zhruba s hodinou a půl") == timedelta(minutes=90)
    # Czech "od 10 hodin" is from ten o'clock, not ten hours
    assert texttime.duration_in("Navrhuji pondělí 30. 3. od 10 hodin.") is None
    (iv,) = blind_case("b270-10")
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=45)
    (iv,) = blind_case("b227-01")
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=30)


def test_the_job_of_a_process_carried_on_with() -> None:
    text = "really glad you're keen to carry on with the Senior Backend Engineer process at X."
    assert extract.pick_role([text]) == "Senior Backend Engineer"


def test_a_name_after_a_full_stop_and_a_name_with_its_kind_of_firm_left_off() -> None:
    # "... with Tessa Lund, Assistant Principal. Inland Pines School District, Spokane." (ipsd)
    for iv in blind_case("b288-19"):
        assert iv.company == "Inland Pines School District"
    # "Chattahoochee Eye Associates" for chatteye
    (iv,) = blind_case("b286-21")
    assert iv.company == "Chattahoochee Eye Associates"


def _emails(prefix: str) -> list[set[str]]:
    return [{p.email for p in iv.interviewers} for iv in blind_case(prefix)]


def test_lithuanian() -> None:
    vilnius = ZoneInfo("Europe/Vilnius")
    ref = datetime(2026, 10, 6, 10, 12, tzinfo=vilnius)
    # "rytoj 14 val." (tomorrow at 14 o'clock); "spalio 14 d. (trečiadienį)" (Wednesday 14 Oct)
    assert [m.start for m in texttime.find_times("Ar galėtume rytoj 14 val.?", ref, vilnius)] == [
        datetime(2026, 10, 7, 14, tzinfo=vilnius)
    ]
    (slot,) = texttime.find_times(
        "Fiksuojame: spalio 14 d. (trečiadienį) 14:00–15:00.", ref, vilnius
    )
    assert (slot.start, slot.end) == (
        datetime(2026, 10, 14, 14, tzinfo=vilnius),
        datetime(2026, 10, 14, 15, tzinfo=vilnius),
    )
    assert "interview word" in signal_names("Kvietimas į techninį pokalbį – Backend programuotojas")
    # "pokalbis" alone is any talk: a user study's "nuotolinį pokalbį su mūsų UX tyrėjais"
    assert blind_case("b291-14") == ()
    # "Parašykite, kada kitą savaitę būtumėte laisva" asks for windows; nothing is booked
    assert blind_case("b291-17") == ()
    (iv,) = blind_case("b291-01")
    assert iv.start == datetime(2026, 10, 7, 11, tzinfo=UTC)
    # two slots offered ("Siūlome du laikus"), the first taken ("Fiksuojame"); the employer
    # registered as UAB „Nemuno finansai“ under nemunofin
    (iv,) = blind_case("b291-04")
    assert iv.start == datetime(2026, 10, 14, 11, tzinfo=UTC)
    assert (iv.company, iv.role) == ("Nemuno finansai", "Backend programuotojas (Java)")
    # moved by mail a week on, under a reply whose attribution line is "... X <x@y> rašė:"
    (iv,) = blind_case("b291-10")
    assert iv.start == datetime(2026, 10, 29, 8, tzinfo=UTC)
    # the role opens a calendar description after the firm: "Gija Technologies – Backend
    # Developer (Go)"
    (iv,) = blind_case("b291-13")
    assert iv.role == "Backend Developer"


def test_peruvian_spanish() -> None:
    # a job board's relay (Computrabajo) under "escribiéndome directamente a x@..."
    (iv,) = blind_case("b290-01")
    assert iv.company == "Huancapata"
    assert iv.recruiter is not None and iv.recruiter.email == "rocio.palomino@huancapata.example"
    # "a Daniela Ortiz, nuestra jefa de Riesgo ..., le gustaría conversar contigo";
    # "tu postulación a Analista de Riesgo de Crédito - Banca Corporativa"
    (iv,) = blind_case("b290-02")
    assert iv.role == "Analista de Riesgo de Crédito - Banca Corporativa"
    assert _emails("b290-02") == [{"daniela.ortiz@bancointerandino.example"}]
    # "comuníquese con Katherine Huamaní" names a contact, not an interviewer
    assert _emails("b290-07") == [{"marco.paredes@bancointerandino.example"}]
    # "La entrevista estará a cargo del Ing. Hugo Valdivia Cornejo"
    assert _emails("b290-08") == [{"hugo.valdivia@huancapata.example"}]
    # "Tres Cruces - Gestión Humana" (the HR team after the firm); "entre ellos Andrea Gamarra
    # y Luis Ccori"
    (iv,) = blind_case("b290-10")
    assert iv.company == "Tres Cruces"
    assert _emails("b290-10") == [
        {"andrea.gamarra@trescruces.example", "luis.ccori@trescruces.example"}
    ]


def test_las_vegas_hospitality() -> None:
    # "The Halcyon Las Vegas" signs for thehalcyonlv; "Renee Castillo, our Director of Rooms
    # (copied here), has an opening tomorrow at 2 and would like to meet you"
    (iv,) = blind_case("b292-05")
    assert iv.company == "The Halcyon Las Vegas"
    assert _emails("b292-05") == [{"rcastillo@thehalcyonlv.example"}]
    # "your working interview is confirmed ... (paid stage shift)": a shift beside the manager
    (iv,) = blind_case("b292-10")
    assert iv.start == datetime(2026, 10, 24, 23, tzinfo=UTC)
    # "we'll sit down and talk about the GM spot", moved to "Sunday 11/8 at 10a"
    (iv,) = blind_case("b292-17")
    assert iv.start == datetime(2026, 11, 8, 18, tzinfo=UTC)


def test_indonesian() -> None:
    # "jadwal interview kami geser ke Rabu ..." moves it; "kabari kami slot alternatif" offers
    # no other slot
    (iv,) = blind_case("b293-04")
    assert iv.start == datetime(2026, 10, 14, 3, 30, tzinfo=UTC)
    # "interview user bersama Mas Galih Permana"
    assert _emails("b293-14") == [
        {"anisa.rahmawati@rasakita.example"},
        {"galih.permana@rasakita.example"},
    ]
    # "bersama saya dan Bapak Reza Mahendra" (with me and)
    assert _emails("b293-23") == [
        {"fitri.handayani@cakrawalaedu.example", "reza.mahendra@cakrawalaedu.example"}
    ]
