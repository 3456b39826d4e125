"""Capabilities added in round 56 (session 16, the first contact with blind219-222): a São
Paulo UX researcher, a Seoul process engineer in Korean, a US Army veteran, a Jakarta hotel
revenue manager in Bahasa Indonesia."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import observe
from detector.extract import has_quote_start, owner_quote
from detector.texttime import duration_in

SEOUL = ZoneInfo("Asia/Seoul")
NEW_YORK = ZoneInfo("America/New_York")


def test_korean_weekdays_and_clock_minutes() -> None:
    ref = datetime(2026, 4, 1, 16, 20, tzinfo=SEOUL)  # a Wednesday
    said = observe.text_when("다음 주 화요일 오전 10시 30분으로 면접이 확정되었습니다.", ref, SEOUL)
    assert said.start == datetime(2026, 4, 7, 10, 30, tzinfo=SEOUL)
    said = observe.text_when("수요일 오후 2시", ref, SEOUL)
    assert said.start == datetime(2026, 4, 8, 14, tzinfo=SEOUL)
    # "10시 30분" is a clock time, "약 1시간" and "30분 정도" are lengths
    assert duration_in("오전 10시 30분으로") is None
    assert duration_in("약 1시간") == timedelta(hours=1)
    assert duration_in("30분 정도 예상") == timedelta(minutes=30)
    (iv,) = blind_case("b220-03")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 7, 1, 30, tzinfo=UTC)


def test_korean_look_alikes_and_people() -> None:
    assert "assessment" in signal_names("HGAT(한결 종합적성검사) 온라인 응시 일정")
    assert "networking" in signal_names("저희 회사 채용과는 별개인 멘토링 자리라")
    assert blind_case("b220-14") == () and blind_case("b220-17") == ()
    # "정민석 CTO님(cc)께서 직접 들어오시고": the CTO sits in
    (iv,) = blind_case("b220-02")
    assert [p.email for p in iv.interviewers] == ["minseok.jung@sorinano.example"]
    # a fab's "Thin Film Deposition" is no legal deposition
    assert "other interview types" not in signal_names(
        "Senior Process Engineer, Thin Film Deposition"
    )
    assert "other interview types" in signal_names("Deposition of the fact witness, 10 AM")


def test_portuguese_booking_notices_and_bank_interviews() -> None:
    # Calendly in Portuguese to the host: "Um novo evento foi agendado ... Convidado: X"
    assert "booking notice to a host" in signal_names("Olá,\n\nUm novo evento foi agendado.")
    assert blind_case("b219-14") == ()
    assert "appointment" in signal_names(
        "agendei a entrevista de crédito referente ao capital de giro"
    )
    assert blind_case("b219-17") == ()


def test_the_half_of_the_day_and_windows() -> None:
    ref = datetime(2026, 11, 2, 12, tzinfo=NEW_YORK)
    said = observe.text_when("I could do Friday morning at 7:30 at the Panera", ref, NEW_YORK)
    assert said.start is not None and said.start.hour == 7
    # the reply's bare "7:30" takes the morning its quote wrote on the 24-hour clock
    said = observe.text_when(
        "Perfect - see you Friday at 7:30.", ref, NEW_YORK, earlier="Friday (11/6) at 0730 works"
    )
    assert said.start == datetime(2026, 11, 6, 7, 30, tzinfo=NEW_YORK)
    # ("I am" is no "am"; noon is noon)
    said = observe.text_when("See you Friday at 7:30.", ref, NEW_YORK, earlier="I am free at 7:30")
    assert said.start == datetime(2026, 11, 6, 19, 30, tzinfo=NEW_YORK)
    (iv,) = blind_case("b221-11")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 6, 12, 30, tzinfo=UTC)
    # "I'm open 1000-1200": the writer's free hours, not an hour-long interview; the length is
    # the "quick 20-minute phone screen" the conversation named
    (iv,) = blind_case("b221-12")
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=20)
    # a host employer's "SkillBridge placement interview" is a job interview
    assert "other interview types" not in signal_names("SkillBridge placement interview - Brazos")
    assert "other interview types" in signal_names("Your placement test for the B2 course")


def test_bahasa_indonesia() -> None:
    reply = (
        "Baik Ibu Ratna,\n\nPada tanggal Sel, 21 Apr 2026 pukul 13.12 Ratna Wulandari "
        "<ratna.wulandari@example.com> menulis:\n> Saya pilih Selasa.\n"
    )
    assert has_quote_start(reply)
    assert owner_quote(reply, frozenset({"ratna.wulandari@example.com"})) == "Saya pilih Selasa."
    (iv,) = blind_case("b222-09")  # "Mohon pilih salah satu waktu berikut:" then the reply
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 28, 8, 30, tzinfo=UTC)
    assert [p.email for p in iv.interviewers] == ["hendra.wijaya@cakrawalahotels.example"]
    (iv,) = blind_case("b222-01")  # "Pewawancara : Dewi Anggraini"
    assert [p.email for p in iv.interviewers] == ["dewi.anggraini@grhanusantara.example"]
