"""Capabilities added in round 77 (session 22): three of session 21's known misses, fixed before
the first contact with blind302-305; then that batch's Phnom Penh credit analyst (Khmer), Tehran
developer (Persian), Quito civil engineer (Ecuadorian Spanish) and Seattle nurse."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import classify, extract, texttime


def test_moving_on_to_a_later_stage_is_no_move() -> None:
    # "We'd like to move you to the final stage" moves the candidate on, not the interview
    assert not classify.is_reschedule("We'd like to move you to the final stage, with Priya.")
    assert not classify.is_reschedule("Good news: you have moved to the next round.")
    assert classify.is_reschedule("Could we move it to Thursday at 11?")
    assert classify.is_reschedule("We moved your interview to Friday.")
    # so the final round proposed in the first round's thread is an interview of its own
    first, final = blind_case("b300-06")
    assert first.start == datetime(2026, 10, 22, 9, tzinfo=UTC)
    assert final.start == datetime(2026, 10, 29, 10, tzinfo=UTC)


def _days(text: str) -> list[date]:
    return [d.day for d in texttime.find_dates(text, date(2026, 10, 21))]


def test_two_countries_clock_changes_are_no_meeting_dates() -> None:
    text = (
        "Switzerland moves its clocks back on Sunday 25 October, but the US only on 1 November,"
        " so that week we are just five hours apart."
    )
    assert _days(text) == []
    assert _days("Heads up that the clocks change in between (UK on 25 Oct, US on 1 Nov).") == []
    assert _days("The interview is on 1 November, and the clocks go back before that.") == [
        date(2026, 11, 1)
    ]
    # the coordinator's explanation of the gap is no second interview
    (iv,) = blind_case("b299-12")
    assert iv.start == datetime(2026, 10, 28, 14, tzinfo=UTC)


def test_an_ordinal_floor_is_no_day() -> None:
    assert _days("ask for me at the 9th-floor reception") == []
    assert _days("see you on the 9th at 10") == [date(2026, 11, 9)]
    # the itinerary and the three invites are one onsite on 5 November
    (iv,) = blind_case("b299-17")
    assert iv.start == datetime(2026, 11, 5, 14, tzinfo=UTC)


def _starts(text: str, ref: datetime, zone: str) -> list[tuple[datetime, datetime | None]]:
    tz = ZoneInfo(zone)
    return [(m.start, m.end) for m in texttime.find_times(text, ref.replace(tzinfo=tz), tz)]


def test_persian() -> None:
    tehran = ZoneInfo("Asia/Tehran")
    ref = datetime(2026, 10, 13, 17, 40)
    # Persian digits, the Solar Hijri calendar ("۴ آبان ۱۴۰۵" is 26 October 2026; "آبان" is
    # no Levantine "آب", August) and "تا" (to)
    assert _starts("دوشنبه ۴ آبان ۱۴۰۵، ساعت ۱۶:۰۰ تا ۱۶:۴۵ به وقت تهران", ref, "Asia/Tehran") == [
        (datetime(2026, 10, 26, 16, tzinfo=tehran), datetime(2026, 10, 26, 16, 45, tzinfo=tehran))
    ]
    # without a year, the coming one; "فردا" is tomorrow, "ساعت ۱۴" the hour
    assert _starts("پنجشنبه ۳۰ مهر از ساعت ۱۵:۳۰", ref, "Asia/Tehran")[0][0] == datetime(
        2026, 10, 22, 15, 30, tzinfo=tehran
    )
    assert _starts("فردا ساعت ۱۴ برگزار می‌شود", ref, "Asia/Tehran")[0][0] == datetime(
        2026, 10, 14, 14, tzinfo=tehran
    )
    # "سه‌شنبه" (Tuesday, with a zero-width non-joiner) is no "شنبه" (Saturday)
    assert _starts("سه‌شنبه ساعت ۱۰", ref, "Asia/Tehran")[0][0].weekday() == 1
    assert "interview word" in signal_names("دعوت به مصاحبه از طرف شرکت همراه‌پرداز")
    # a meetup's panel on hiring Go programmers is no hiring process of the owner's
    assert "hiring process" not in signal_names("پنل «استخدام برنامه‌نویس Go در ایران»")
    (iv,) = blind_case("b303-01")
    assert iv.start == datetime(2026, 10, 12, 7, 30, tzinfo=UTC)
    (iv,) = blind_case("b303-13")  # a job board's notice dated only "شنبه ۱۶ آبان ۱۴۰۵"
    assert iv.start == datetime(2026, 11, 7, 7, tzinfo=UTC)
    assert blind_case("b303-09") == ()


def test_khmer() -> None:
    phnom_penh = ZoneInfo("Asia/Phnom_Penh")
    ref = datetime(2026, 10, 12, 16, 20)
    # Khmer digits, "ថ្ងៃស្អែក" (tomorrow), "រសៀល" (in the afternoon)
    assert _starts("ថ្ងៃស្អែក ម៉ោង ២:០០ រសៀល", ref, "Asia/Phnom_Penh")[0][0] == datetime(
        2026, 10, 13, 14, tzinfo=phnom_penh
    )
    # "ថ្ងៃពុធ ទី១៤ ខែតុលា" (Wednesday the 14th of October), "ដល់" (until), "ព្រឹក" (morning)
    assert _starts("ថ្ងៃពុធ ទី១៤ ខែតុលា ម៉ោង ១០:០០ ព្រឹក ដល់ ១១:០០ ព្រឹក", ref, "Asia/Phnom_Penh") == [
        (
            datetime(2026, 10, 14, 10, tzinfo=phnom_penh),
            datetime(2026, 10, 14, 11, tzinfo=phnom_penh),
        )
    ]
    # "កញ្ញា" is September after a day, and "Miss" before a name
    assert _days("ជាមួយកញ្ញា ជា សុខា") == []
    assert "interview word" in signal_names("ការអញ្ជើញសម្ភាសន៍តាមទូរស័ព្ទ")
    (iv,) = blind_case("b302-01")
    assert iv.start == datetime(2026, 10, 13, 7, tzinfo=UTC)
    # a written exam ("ការប្រឡងសរសេរ") at 8:30, the interview at 10:30; the candidate's reply
    # names both and declines neither
    (iv,) = blind_case("b302-04")
    assert iv.start == datetime(2026, 10, 14, 3, 30, tzinfo=UTC)


def test_quito() -> None:
    quito = "America/Guayaquil"
    ref = datetime(2026, 10, 7, 15, 2)
    # a street named after a country is no zone: "en la Av. República de El Salvador N34-183"
    text = "el viernes 9 de octubre a las 10h00, en la Av. República de El Salvador N34-183"
    assert _starts(text, ref, quito)[0][0] == datetime(2026, 10, 9, 10, tzinfo=ZoneInfo(quito))
    assert texttime.duration_in("Calcule aproximadamente una hora y media.") == timedelta(
        minutes=90
    )
    # a psychometric test, a congress's panel, a booking link with a window of days
    assert "assessment" in signal_names("la evaluación psicométrica en línea")
    assert "event/fair" in signal_names("XXXI Congreso Nacional de Ingeniería Civil")
    assert "availability request" in signal_names(
        "Por favor escoja el horario que más le convenga en el siguiente enlace"
    )
    for case in ("b304-06", "b304-13", "b304-20"):
        assert blind_case(case) == ()
    # a site visit's agenda ends on its row "10h30: fin aproximado"
    (iv,) = blind_case("b304-05")
    assert iv.end == datetime(2026, 10, 14, 15, 30, tzinfo=UTC)
    # a specialist's field is the title's ("Especialista en Drenaje Vial"), a city is not
    assert extract.pick_role(["para el cargo de Especialista en Drenaje Vial. El proceso"]) == (
        "Especialista en Drenaje Vial"
    )
    assert extract.pick_role(["para el cargo de Analista en Quito. El proceso"]) == "Analista"
    # a board's advert in guillemets, without its place and way of working
    text = "revisó tu postulación al aviso «Analista de Datos (Lima, híbrido)» y te envió"
    assert extract.pick_role([text]) == "Analista de Datos"
