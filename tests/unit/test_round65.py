"""Capabilities added in round 65 (session 18, the first contact with blind254-257): a Halifax
analyst (Atlantic time, bilingual Moncton mail), a Bogotá data engineer in Colombian Spanish, a
Milan designer in Italian, a Casablanca auditor in French and Darija."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector import chats, classify, texttime


def test_look_alikes() -> None:
    # a security screening after the offer ("not a job interview"), the owner on the radio
    assert "other interview types" in signal_names("a short security screening interview")
    assert "other interview types" in signal_names("We'd have you live in studio at 7:40")
    # residents' assemblies and a club board ("Approval of October minutes")
    assert "non-job meeting" in signal_names("Asamblea General Ordinaria de Copropietarios")
    assert "non-job meeting" in signal_names("assemblea ordinaria del Condominio di Via Padova")
    assert "non-job meeting" in signal_names("1. Approval of October minutes")
    # a health insurer's and a social-security office's appointments
    assert "appointment" in signal_names("Psicología - Consulta de primera vez")
    assert "appointment" in signal_names("Objet : Entretien avec un conseiller – dossier assuré")
    # a mentor booked on a platform who asks questions "come in un vero colloquio"
    assert "non-job meeting" in signal_names("Senior Product Designer · mentor su Mentora")
    for case in ("b254-03", "b254-09", "b254-12", "b255-09", "b255-16", "b256-05", "b256-21"):
        assert blind_case(case) == (), case
    assert blind_case("b257-05") == ()


def test_the_owner_as_interviewer_in_spanish_and_italian() -> None:
    assert "user is the interviewer" in signal_names(
        "me diligencias el formato de evaluación del candidato"
    )
    # "Luca, a condurre il colloquio saremo io e Chiara Valsecchi": the owner conducts it
    owner = frozenset({"chiara.valsecchi@example.com"})
    tokens = classify.owner_tokens(owner, ["Chiara Valsecchi"])
    said = "Luca, a condurre il colloquio saremo io e Chiara Valsecchi, UX/UI designer"
    assert classify.booking_direction(said, owner, tokens)[0][1] < 0
    assert (
        classify.booking_direction(said.replace("Chiara Valsecchi", "Marta Lanzi"), owner, tokens)
        == []
    )
    assert blind_case("b255-11") == () and blind_case("b256-13") == ()


def test_a_french_rejection() -> None:
    said = "nous ne pourrons pas y donner une suite favorable"
    assert "rejection" in signal_names(said)
    assert blind_case("b257-20") == ()


def test_zones_and_clocks() -> None:
    # an ATS's "3:15 PM – 4:00 PM (Atlantic)" at the "Central Office": Atlantic, not Central
    assert texttime.zone_words("3:15 PM – 4:00 PM (Atlantic)") == texttime.zone_words("Halifax")
    assert texttime.zone_words("Location: Central Office, Board Room B") == []
    (iv,) = blind_case("b254-11")
    assert iv.start == datetime(2026, 11, 9, 19, 15, tzinfo=UTC)
    # "As France moved to summer time on 29 March, this will be 08:30 in Casablanca": the
    # clocks, not a move to the 29th
    assert not classify.is_reschedule("As France moved to summer time on 29 March")
    (iv,) = blind_case("b257-14")
    assert iv.start == datetime(2026, 4, 7, 7, 30, tzinfo=UTC)
    # Darija's "m3a 10" (with, at 10) holds no "3a" (3 am)
    ref = datetime(2026, 3, 9, 22, tzinfo=UTC)
    assert texttime.find_times("12 mars, m3a 10 dyal sbah", ref, UTC) == []


def test_chats_and_get_to_know_chats() -> None:
    # WhatsApp's "[9/09/26, 4:52:13 p. m.] Yesenia Conectar BPO: ..." lines
    chat = "[9/09/26, 4:52:13 p. m.] Yesenia: Hola\n[9/09/26, 5:01:07 p. m.] Mariana: Hola\n"
    assert len(chats.chat_message_starts(chat)) == 2
    (iv,) = blind_case("b255-04")
    assert iv.start == datetime(2026, 9, 10, 15, tzinfo=UTC)
    # Italian "fissiamo la chiacchierata conoscitiva per giovedì alle 17:30"
    assert "screen/round" in signal_names("fissiamo la chiacchierata conoscitiva per giovedì")
    (iv,) = blind_case("b256-14")
    assert iv.start == datetime(2026, 10, 8, 15, 30, tzinfo=UTC)


def test_a_booking_status_is_no_company() -> None:
    # Calendly's French subject "Confirmé : Premier échange (30 min) avec Julie Perrin"
    (iv,) = blind_case("b257-19")
    assert iv.company == "Hexagone Finance Talents"
