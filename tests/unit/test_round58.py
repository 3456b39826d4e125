"""Capabilities added in round 58 (session 16, the first contact with blind227-230): an Athens
shipping analyst in Greek, a Tunis engineer in French, a Taipei marketing manager in Traditional
Chinese, a San Juan quality engineer in Puerto Rican Spanish."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import observe
from detector.extract import has_quote_start

NEW_YORK = ZoneInfo("America/New_York")


def test_greek() -> None:
    assert "screen/round" in signal_names("θα θέλαμε να σας γνωρίσουμε από κοντά")
    # "την Τρίτη στις 10:00 ή την Πέμπτη στις 12:30. Ποια από τις δύο σας εξυπηρετεί;"
    (iv,) = blind_case("b227-08")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 29, 10, 30, tzinfo=UTC)
    assert iv.role == "Voyage Operations Executive"
    # a coordinator who "will not sit in on the interview" is no interviewer-owner sign
    assert "user is the interviewer" not in signal_names("but will not sit in on the interview.")
    assert "user is the interviewer" in signal_names("Could you sit in on the interview Friday?")
    (iv,) = blind_case("b227-12")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 16, 8, tzinfo=UTC)


def test_french_look_alikes() -> None:
    assert "assessment" in signal_names("Aucun examinateur ne sera présent : la session est")
    assert "other interview types" in signal_names("Visa long séjour – Passeport Talent")
    assert "other interview types" in signal_names("entretien d'inscription au Tableau de l'Ordre")
    assert blind_case("b228-14") == () and blind_case("b228-15") == ()
    assert blind_case("b228-19") == ()


def test_traditional_chinese() -> None:
    # a Traditional Chinese Outlook header is a quote, its date no interview time
    assert has_quote_start("寄件者: 林怡君 <y@example.com>\n寄件日期: 2026年10月8日 下午 05:05")
    (iv,) = blind_case("b229-02")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 9, 6, tzinfo=UTC)
    # "車用 MCU" is a microcontroller, not an Indonesian medical check-up
    assert "appointment" not in signal_names("資深市場行銷經理（車用 MCU）")
    assert "appointment" in signal_names("jadwal medical check-up (MCU) di klinik")
    assert "no role on offer" in signal_names(
        "先說明：這次不是面試，我手上目前也沒有要推薦給您的特定職缺"
    )
    assert blind_case("b229-06") == ()
    # the owner's work mailbox with the same name ("yvonne.lin@chengxin-tech") invited to
    # interview an intern
    assert blind_case("b229-09") == ()


def test_puerto_rico_and_english() -> None:
    ref = datetime(2026, 11, 4, 11, tzinfo=NEW_YORK)
    # "We fell back this past Sunday, so 1:00 PM here": no past Sunday's interview
    said = observe.text_when(
        "We fell back this past Sunday, so 1:00 PM here is 2:00 PM.", ref, NEW_YORK
    )
    assert said.start is None or said.start.date() != datetime(2026, 11, 8).date()
    (iv,) = blind_case("b230-04")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 10, 18, tzinfo=UTC)
    # "Thank you for applying ... The team enjoyed your resume, and we'd like to move forward"
    assert "application receipt" not in signal_names(
        "Thank you for applying to the QA role. The team enjoyed your resume."
    )
    assert "application receipt" in signal_names(
        "Thank you for applying to the QA role. The team will review your application."
    )
    first, _ = blind_case("b230-10")
    assert first.start.astimezone(UTC) == datetime(2026, 10, 29, 14, tzinfo=UTC)
    assert "event/fair" in signal_names("Feria de Empleo del Este – entrevistas en el acto")
    assert blind_case("b230-22") == ()
