"""Capabilities added in round 14 (session 7, the first contact with blind83-85): Korean reply
attributions and medical checks, Spanish verbs and rounds, booking tools' job titles as hiring
context, and the owner's own supplier audit as a look-alike."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import signal_names

from detector import classify
from detector.extract import pick_role
from detector.observe import text_when
from detector.texttime import duration_in, find_dates

SEOUL = ZoneInfo("Asia/Seoul")


def test_a_korean_reply_attribution_names_no_slot() -> None:
    sent = datetime(2026, 3, 10, 9, tzinfo=SEOUL)
    text = "당일 뵙겠습니다!\n\n2026년 3월 9일 (월) 오후 9:47, 윤서연 <s@x.example> 작성:\n"
    assert text_when(text, sent, SEOUL).start is None


def test_a_medical_check_counts_when_booked_not_when_promised() -> None:
    assert "appointment" in signal_names(
        "채용 건강검진 예약 안내: 3월 30일(월) 오전 8시 30분, 면접"
    )
    promised = "2차 면접 결과는 개별 안내 예정이며, 최종 합격 시 채용 건강검진이 진행됩니다."
    assert "appointment" not in signal_names(promised)


def test_spanish_verbs_rounds_and_candidates() -> None:
    assert "interview word" in signal_names("Que venga el viernes 20 a las 14h, la entrevisto yo")
    assert "screen/round" in signal_names("te convocamos a la segunda fase del proceso")
    assert "hiring process" in signal_names("Candidata Ing. Quintana - Ing. de Calidad")


def test_a_booking_tools_job_title_is_hiring_context() -> None:
    booking = "Qué: Entrevista telefónica (30 min) – Técnico/a de Ensayos Clínicos"
    assert not classify.lacks_hiring_context(booking, classify.score(booking)[1])
    korean = "일정: 플로우캔버스 화상 면접 (마케팅 애널리스트)"
    assert not classify.lacks_hiring_context(korean, classify.score(korean)[1])


def test_the_owners_supplier_audit_is_no_interview() -> None:
    audit = "Confirmo la auditoría de proceso (VDA 6.3): entrevistas a operadores, candidato"
    assert "non-job meeting" in signal_names(audit)


def test_candidate_word_needs_an_interview_or_a_title() -> None:
    colleague = "Ele quer falar com a manager e a candidata natural és tu. Já entrevistei o chefe."
    agency = "Confirmamos la entrevista con la candidata Lucía Herrero Vidal para la vacante."
    assert "hiring process" not in signal_names(colleague)
    assert "hiring process" in signal_names(agency)


def test_portuguese_rejection_with_another_candidate() -> None:
    text = "após avaliarmos todas as etapas, decidimos seguir com outra pessoa candidata"
    assert "rejection" in signal_names(text)


def test_a_day_first_word_settles_a_slashed_date() -> None:
    sent = date(2026, 3, 11)
    past = "obrigado pelo seu tempo na entrevista do dia 05/03 às 15h"
    assert [d.day for d in find_dates(past, sent)] == [date(2026, 3, 5)]
    # without such a word the reading that falls soonest after the message wins
    assert [d.day for d in find_dates("see you 05/03 at 3pm", sent)] == [date(2026, 5, 3)]


def test_a_distance_is_no_length() -> None:
    assert (
        duration_in("la planta (Santa Teresa, NM - a 20 min del puente) a las diez y media") is None
    )
    assert duration_in(
        "The office is 20 minutes away. The interview takes 45 minutes"
    ) == timedelta(minutes=45)
    assert duration_in("una entrevista de 30 minutos") == timedelta(minutes=30)


def test_a_spanish_booking_line_names_the_role() -> None:
    text = "Qué: Entrevista telefónica (30 min) – Técnico/a de Ensayos Clínicos\nCon: Carmen Ibáñez"
    assert pick_role([text]) == "Técnico/a de Ensayos Clínicos"
