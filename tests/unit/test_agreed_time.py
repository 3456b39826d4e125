"""A time agreed in a hiring conversation, and the time words around it.

The core rule: a company person names one time in a conversation about a job and the owner's
reply takes it (or the owner names it and the company agrees) -> an interview, whatever words
either side used. Deadlines and open windows are not start times; a Date header's offset keeps
its zone's daylight-saving rules.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from detector import classify, detect
from detector.domains import has_ats_brand
from detector.model import Owner, Person, SourceItem
from detector.texttime import duration_in, find_times, sender_zone

OWNER = Owner(emails=frozenset({"cand@example.com"}))
REF = datetime(2026, 10, 22, 17, 0, tzinfo=UTC)


def _mail(
    n: int,
    frm: str,
    body: str,
    when: datetime,
    subject: str = "The Data Engineer role",
    to: str = "cand@example.com",
) -> SourceItem:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = frm, to, subject if n == 1 else f"Re: {subject}"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<m{n}@thread.example>"
    if n > 1:
        msg["In-Reply-To"] = f"<m{n - 1}@thread.example>"
        msg["References"] = " ".join(f"<m{k}@thread.example>" for k in range(1, n))
    msg.set_content(body)
    return SourceItem(id=f"{n:02d}.eml", kind="rfc822", raw=bytes(msg))


def _starts(items: list[SourceItem]) -> list[datetime]:
    return [iv.start for iv in detect(items, OWNER, REF).interviews if iv.status == "scheduled"]


MADRID = ZoneInfo("Europe/Madrid")
REC = "Ana Ruiz <ana.ruiz@nubera.example>"


def test_one_time_named_by_the_company_and_taken_by_the_owner_is_booked() -> None:
    sent = datetime(2026, 10, 22, 17, 48, tzinfo=MADRID)
    items = [
        _mail(1, REC, "Hola, he visto tu candidatura. ¿Te viene bien una llamada el martes "
              "que viene a las 11:30? Unos 30 minutos.", sent),
        _mail(2, "cand@example.com", "¡Sí! El martes a las 11:30 me va genial.", sent
              + timedelta(hours=2), to="ana.ruiz@nubera.example"),
    ]  # fmt: skip
    # sent at +02:00 before the clocks change on 25 Oct, held after it at +01:00
    assert _starts(items) == [datetime(2026, 10, 27, 11, 30, tzinfo=MADRID)]
    # without the owner's reply nothing was agreed
    assert _starts(items[:1]) == []


def test_a_declined_time_is_replaced_by_the_counter_proposal() -> None:
    sent = datetime(2026, 6, 1, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    items = [
        _mail(1, REC, "Would Thursday at 2pm PT work for a chat with our hiring manager "
              "about the Staff Designer position?", sent),
        _mail(2, "cand@example.com", "Thursday doesn't work for me - could we do Friday at "
              "11am PT instead?", sent + timedelta(hours=1), to="ana.ruiz@nubera.example"),
        _mail(3, REC, "Friday at 11am PT works, confirmed.", sent + timedelta(hours=2)),
    ]  # fmt: skip
    friday = datetime(2026, 6, 5, 11, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert _starts(items) == [friday]
    # declined and never replaced: no interview
    assert _starts(items[:2]) == []


def test_the_owner_names_the_time_and_the_company_agrees() -> None:
    sent = datetime(2026, 5, 7, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    items = [
        _mail(1, REC, "Thanks for applying for the Data Analyst role. When are you free "
              "on Monday or Tuesday for a 30-minute call?", sent),
        _mail(2, "cand@example.com", "Tuesday at 10:30am ET would be great.",
              sent + timedelta(hours=1), to="ana.ruiz@nubera.example"),
        _mail(3, REC, "Perfect - see you then!", sent + timedelta(hours=2)),
    ]  # fmt: skip
    (iv,) = detect(items, OWNER, REF).interviews
    assert iv.start == datetime(2026, 5, 12, 10, 30, tzinfo=ZoneInfo("America/New_York"))
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=30)
    # the company's reply is what books it
    assert _starts(items[:2]) == []


def test_deadlines_and_open_windows_are_not_start_times() -> None:
    def flags(text: str) -> list[bool]:
        return [m.not_a_meeting for m in find_times(text, REF, UTC)]

    assert flags("complete your video interview by 23:59 GMT on Friday 20 Feb 2026") == [True]
    assert flags("record it by Friday, March 27, 2026 at 11:59 PM CT") == [True]
    # (one open window, read as the range 9am-4pm)
    assert flags("openings Monday through Wednesday, between 9am and 4pm") == [True]
    # "by phone" and "arrive by" name the meeting itself
    assert flags("an interview by phone at 3pm on Friday") == [False]
    assert flags("please arrive by 9:30 AM on 29 April") == [False]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("el martes que viene a las 11:30", 27),  # Spanish weekday
        ("jeudi à 14h", 29),  # French
        ("donderdag om 14:00", 29),
        ("giovedì alle 14:00", 29),
        ("demain à 14h", 23),
        ("mañana a las 10", 23),
    ],
)
def test_weekdays_and_tomorrow_in_other_languages(text: str, day: int) -> None:
    (m,) = find_times(text, REF, UTC)
    assert m.has_date and m.start.day == day, m


def test_morning_is_not_tomorrow_and_noon_is_a_time() -> None:
    (m,) = find_times("el lunes a las 10 de la mañana", REF, UTC)
    assert m.start.day == 26  # Monday, not "tomorrow"
    (noon,) = find_times("lunch at noon on Friday", REF, UTC)
    assert (noon.start.hour, noon.start.day) == (12, 23)


def test_durations_in_italian() -> None:
    assert duration_in("della durata di circa 30 minuti") == timedelta(minutes=30)
    assert duration_in("un'ora") == timedelta(hours=1)
    assert duration_in("mezz'ora") == timedelta(minutes=30)
    assert duration_in("alle ore 11:00") is None


def test_sender_zone_keeps_daylight_saving() -> None:
    march = datetime(2026, 3, 18, 9, 0, tzinfo=MADRID)  # +01:00
    zone = sender_zone(march)
    assert datetime(2026, 3, 31, 14, 0, tzinfo=zone).utcoffset() == timedelta(hours=2)
    # the owner's own zone wins when it has the same offset
    lisbon = ZoneInfo("Europe/Lisbon")
    assert sender_zone(datetime(2026, 1, 5, tzinfo=lisbon), lisbon) is lisbon
    # an offset none of the known zones has stays fixed
    odd = datetime(2026, 1, 5, tzinfo=UTC).astimezone(ZoneInfo("Asia/Kathmandu"))
    assert sender_zone(odd).utcoffset(odd) == timedelta(hours=5, minutes=45)


def test_decline_and_agreement_words() -> None:
    assert classify.is_decline("Thursday doesn't work for me, sorry")
    assert classify.is_decline("Le jeudi je ne peux pas")
    assert not classify.is_decline("Thursday works great")
    assert classify.is_agreement("Perfecto, nos vemos el martes")
    assert not classify.is_agreement("Let me check with the team")


def test_moves_in_other_languages() -> None:
    assert classify.is_reschedule("Pourrions-nous décaler au mardi 31 mars, même heure ?")
    assert classify.is_reschedule("¿Podemos aplazar la llamada al jueves?")
    assert classify.is_reschedule("Können wir den Termin auf Freitag verlegen?")


def test_guests_from_three_organisations_are_an_event() -> None:
    guests = [Person(n, f"{n}@{d}.example") for n, d in [("a", "one"), ("b", "two"), ("c", "3")]]
    signals = classify.structure(OWNER.emails, Person("Host", "host@events.example"), guests, None)
    assert any(w < 0 and "organisations" in why for why, w in signals)


def test_relay_labels_with_a_mail_suffix_are_the_vendor() -> None:
    assert has_ats_brand("recruitee-mail.example")
    assert has_ats_brand("mail.greenhousemail.example")
    assert not has_ats_brand("acmemail.com")
