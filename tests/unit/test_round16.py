"""Capabilities added in round 16 (session 7, the first contact with blind89-91): Czech and
Slovak interviews, dates, clocks and roles; Nigerian English's "by 10am prompt"; an invitation
that opens by acknowledging the application; a job board's per-employer unsubscribe line."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import signal_names

from detector import classify
from detector.extract import pick_role
from detector.texttime import find_times

PRAGUE = ZoneInfo("Europe/Prague")
LAGOS = ZoneInfo("Africa/Lagos")


def _starts(text: str, sent: datetime, tz: ZoneInfo = PRAGUE) -> list[datetime]:
    return [m.start for m in find_times(text, sent, tz) if not m.not_a_meeting]


def test_czech_and_slovak_dates_and_clocks() -> None:
    sent = datetime(2026, 3, 3, 9, tzinfo=PRAGUE)
    assert _starts("osobní pohovor ve středu 11. 3. v 10:00", sent) == [
        datetime(2026, 3, 11, 10, tzinfo=PRAGUE)
    ]
    assert _starts("v pondělí 20. 4. v 9.30 hod.", sent) == [
        datetime(2026, 4, 20, 9, 30, tzinfo=PRAGUE)
    ]
    assert _starts("Navrhuji v pondělí 30. 3. od 10 hodin", sent) == [
        datetime(2026, 3, 30, 10, tzinfo=PRAGUE)
    ]
    assert _starts("zítra ve 14h", sent) == [datetime(2026, 3, 4, 14, tzinfo=PRAGUE)]
    assert _starts("v utorok 14. apríla o 13:30", sent) == [
        datetime(2026, 4, 14, 13, 30, tzinfo=PRAGUE)
    ]
    # Turkish "ve" is "and": "1 dakika hazırlık ve 3 dakika" names no 3 o'clock
    istanbul = ZoneInfo("Europe/Istanbul")
    assert _starts("1 dakika hazırlık ve 3 dakika cevap", sent, istanbul) == []


def test_czech_and_slovak_words() -> None:
    assert "interview word" in signal_names("Rádi bychom Vás pozvali na osobní pohovor")
    assert "screen/round" in signal_names("pozvali do druhého kola výběrového řízení")
    assert "hiring process" in signal_names("Kandidát L. Doležal – konstruktér elektropohonů")
    assert classify.is_withdrawal("ve výběrovém řízení proto nebudu pokračovat")
    assert "rejection" in signal_names("rozhodli jsme se pro jiného kandidáta")
    assert "appointment" in signal_names("termín vstupní lékařské prohlídky: 23. 4. v 7:00")
    assert classify.score("individuální pohovor s poradcem, Úřad práce Brno")[0] < 0


def test_czech_roles_run_to_a_preposition() -> None:
    assert pick_role(["o pozici Konstruktér hydraulických agregátů, na kterou jste"]) == (
        "Konstruktér hydraulických agregátů"
    )
    assert pick_role(["na pozici konstruktér armatur. Budeme"]) == "Konstruktér armatur"
    assert pick_role(["o pozíciu Konštruktér strojných zariadení v spoločnosti X"]) == (
        "Konštruktér strojných zariadení"
    )


def test_by_ten_prompt_is_a_start_not_a_deadline() -> None:
    sent = datetime(2026, 2, 16, 16, 42, tzinfo=LAGOS)
    text = "Kindly be available for a short phone screen with me tomorrow by 10:00am WAT prompt."
    assert _starts(text, sent, LAGOS) == [datetime(2026, 2, 17, 10, tzinfo=LAGOS)]
    assert _starts("Please submit the form by 10:00am tomorrow.", sent, LAGOS) == []


def test_an_invitation_that_acknowledges_the_application_first() -> None:
    invite = (
        "We acknowledge receipt of your application for the above position and are pleased "
        "to invite you for an interview"
    )
    assert "application receipt" not in signal_names(invite)
    assert "application receipt" in signal_names("We acknowledge receipt of your application.")


def test_a_job_boards_relay_of_one_employer_is_no_newsletter() -> None:
    assert "newsletter/tips" not in signal_names(
        "TrabahoHub Inc. | Unsubscribe from employer messages"
    )
    assert "newsletter/tips" in signal_names("Unsubscribe from this list | View in browser")


def test_usual_openings_are_no_booking() -> None:
    sent = datetime(2026, 3, 9, 9, tzinfo=ZoneInfo("America/New_York"))
    text = "I usually have openings Tue-Thu, 9-11AM ET"
    assert _starts(text, sent, ZoneInfo("America/New_York")) == []
