"""Capabilities added in round 88 (session 25, after batch 100): Bemba, Nyanja, Changana and
Samoan clocks and days; Monterrey's clock; fee scams paid by mobile money; Portuguese written
tests and interview juries."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from _detdata import blind_case, misread_times, signal_names

CAT = timezone(timedelta(hours=2))
APIA = timezone(timedelta(hours=13))
MONTERREY = timezone(timedelta(hours=-6))


def test_bemba_and_nyanja_koloko() -> None:
    ref = datetime(2026, 10, 7, 6, 52)
    said = {
        "tukumane pa kwipushiwa (interview) mailo, Palicine, pa 10 koloko ulucelo": datetime(
            2026, 10, 8, 10
        ),
        "mawa nthawi ya 10 koloko m'mawa": datetime(2026, 10, 8, 10),
        "Palicisano pa 2 koloko akasuba": datetime(2026, 10, 9, 14),
    }
    assert misread_times(said, ref, CAT) == []
    (owner_meeting,) = blind_case("b342-03")
    assert owner_meeting.start == datetime(2026, 10, 8, 10, tzinfo=CAT)


def test_changana_and_portuguese() -> None:
    assert (
        misread_times(
            {"na loja? Mundzuku hi 10 wa mixo.": datetime(2026, 10, 27, 10)},
            datetime(2026, 10, 26, 18, 47),
            CAT,
        )
        == []
    )
    (shop,) = blind_case("b343-14")
    assert shop.start == datetime(2026, 10, 27, 10, tzinfo=CAT)
    # a written test ("convocar V. Excia para a prova escrita") and a jury the owner sits on
    assert blind_case("b343-03") == ()
    assert blind_case("b343-17") == ()
    assert "user is the interviewer" in signal_names("Candidatos convocados: 09h00 – Arsénio Nhaca")


def test_fee_scams_paid_by_mobile_money() -> None:
    assert "scam" in signal_names(
        "The medical fee of K450 should be paid via MTN Mobile Money to 096 555 0199"
    )
    assert "scam" in signal_names("é OBRIGATÓRIO o pagamento da taxa de exame médico via M-Pesa")
    assert blind_case("b342-14") == ()
    assert blind_case("b343-19") == ()


def test_samoan() -> None:
    ref = datetime(2026, 10, 9, 19, 20)
    said = {
        " - Aso Tofi 15 Oketopa, i le 10 i le taeao": datetime(2026, 10, 15, 10),
        " - Aso Lua 13 Oketopa, i le 2 i le aoauli": datetime(2026, 10, 13, 14),
        "atu ia te oe a taeao i le 10 i le taeao.": datetime(2026, 10, 10, 10),
    }
    assert misread_times(said, ref, APIA) == []
    # "E lua taimi e avanoa ai" (two times are free) offers; "Aso Tofi ... i le 10" is agreed
    (call,) = blind_case("b345-04")
    assert call.start == datetime(2026, 10, 15, 10, tzinfo=APIA)
    assert call.role == "Accounts Supervisor"


def test_monterrey_keeps_one_clock() -> None:
    # "10:00 a.m., hora de Monterrey" on 4 November, from a -06:00 writer: Monterrey has no
    # daylight saving, so it stays -06:00 (Denver's -06:00 would become -07:00)
    first, second = blind_case("b344-14")
    assert first.start == datetime(2026, 10, 22, 9, tzinfo=MONTERREY)
    assert second.start == datetime(2026, 11, 4, 10, tzinfo=MONTERREY)
    # the signature's "Manufacturas Metálicas del Noreste, S.A. de C.V." names mmnoreste.example
    assert (first.company or "").startswith("Manufacturas Metálicas del Noreste")
