"""Capabilities added in round 52 (session 15, the first contact with blind194-202): Norwegian
offshore hiring, Manila remote work, US federal panels, Buenos Aires, airlines, academic
hiring, Cairo pharmacy, Québec studios, Indian IT services."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from _detdata import blind_case, signal_names

from detector import observe
from detector.chats import chat_message_starts
from detector.extract import company_candidates
from detector.people import address_of_name
from detector.texttime import duration_in, find_dates, global_zone, language_zones

REF = datetime(2026, 6, 1, 9, tzinfo=UTC)


def _start(text: str, ref: datetime = REF) -> datetime | None:
    return observe.text_when(text, ref, UTC).start


def test_structured_panels_and_times_that_are_no_meeting() -> None:
    # "Each panelist will ask questions from a standard set" is a structured interview
    assert "speaker/event call" not in signal_names(
        "This invitation is for your structured panel interview. Each panelist will ask "
        "questions from a standard set."
    )
    assert "speaker/event call" in signal_names("Thanks for joining as a panelist on Friday")
    # "an orderly shutdown at 12:01 a.m. tomorrow" is when something takes effect
    (iv,) = blind_case("b196-05")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 1, 17, tzinfo=UTC)


def test_a_short_window_is_a_slot_in_any_language() -> None:
    # "te va a llamar ... el martes 16/6 entre las 10:00 y las 10:30": the call starts at 10
    when = observe.text_when(
        "Diego te va a llamar el martes 16/6 entre las 10:00 y las 10:30.", REF, UTC
    )
    assert when.start == datetime(2026, 6, 16, 10, tzinfo=UTC)
    assert when.end == datetime(2026, 6, 16, 10, 30, tzinfo=UTC)
    # a long window stays an open one: "any time between 9am and 4pm" is no start
    assert _start("Send it any time between 9am and 4pm on Tuesday 16 June.") is None


def test_relative_days() -> None:
    monday = date(2026, 3, 30)
    (day,) = find_dates("I will call you day after tomorrow at 3:00 PM", monday)
    assert day.day == date(2026, 4, 1)
    (day,) = find_dates("ينفع نعمل interview بكرة الساعة ٧", monday)
    assert day.day == date(2026, 3, 31)
    # "onsdag i neste uke" (Wednesday next week) from a Wednesday is a week on
    wednesday = datetime(2026, 10, 28, 7, tzinfo=UTC)
    start = _start("intervju onsdag i neste uke kl. 09.00 hos oss", wednesday)
    assert start is not None and start.date() == date(2026, 11, 4)


def test_malay_parts_of_the_day() -> None:
    # "Masa : 2.00 petang - 3.00 petang": a dotted hour is a clock when a part of the day
    # follows (it had been read as a number, so the interview had no time)
    when = observe.text_when("Tarikh : 26 Mac 2026\nMasa : 2.00 petang - 3.00 petang", REF, UTC)
    assert when.start == datetime(2026, 3, 26, 14, tzinfo=UTC)
    assert when.end == datetime(2026, 3, 26, 15, tzinfo=UTC)
    assert _start("1 July 2026, jam 9 pagi") == datetime(2026, 7, 1, 9, tzinfo=UTC)


def test_lengths_in_norwegian_and_arabic() -> None:
    assert duration_in("Intervjuet er satt av til én time.") == timedelta(hours=1)
    assert duration_in("هتاخد حوالي نص ساعة") == timedelta(minutes=30)
    assert duration_in("مكالمة حوالي ٢٠ دقيقة") == timedelta(minutes=20)
    # "llegá 10 minutos antes" is when to arrive, not how long it lasts
    assert duration_in("llegá 10 minutos antes, llevá tu CV") is None


def test_zones_of_writers_whose_mail_is_stamped_in_utc() -> None:
    assert [z.key for z in language_zones("Med vennlig hilsen, tirsdag")] == ["Europe/Berlin"]
    assert [z.key for z in language_zones("Kung may concern, reply lang po dito")] == [
        "Asia/Manila"
    ]
    zone = global_zone("All timings mentioned are in IST (Indian Standard Time).")
    assert zone is not None and zone.key == "Asia/Kolkata"
    for case, hour in (("b197-12", 14), ("b194-13", 12)):
        (iv,) = blind_case(case)
        assert iv.start.astimezone(UTC).hour == hour, case


def test_who_conducts() -> None:
    # "Who: me and Capt. Lewis Adeyemi", "will sit on the interview with me", bullets under
    # "you'll meet:", "Faglig intervju med Øyvind Sele og meg", "junto a Vanesa ... y a mí"
    for case in ("b198-07", "b198-09", "b195-14", "b194-06", "b197-09", "b196-02"):
        ivs = blind_case(case)
        assert all(len(iv.interviewers) >= 2 for iv in ivs[-1:]), case
    # "Noémie Gauthier-Sy" spells noemie.gauthier@ (one half of a double surname)
    assert address_of_name("Noémie Gauthier-Sy", ["noemie.gauthier@example.com"]) is not None


def test_employers_and_agencies() -> None:
    # a Norwegian staffing firm books the client's interview: the client employs
    (iv,) = blind_case("b194-05")
    assert iv.company is not None and iv.company.startswith("Tananger Offshore")
    # an IT services firm whose own people sit on its invite is no agency for "our client"
    (iv,) = blind_case("b202-09")
    assert iv.company == "Anantha Cloud Solutions"
    # "Venue: Harbour Pacific Training Centre" is a place, not the employer
    found = company_candidates(["Dear Rhys,\nVenue: Harbour Pacific Training Centre, Level 3\n"])
    assert "Harbour Pacific Training Centre" not in found
    # "Mount Lofty University, Adelaide SA 5005" signs for mtlofty-uni
    assert "Mount Lofty University" in company_candidates(
        ["Carolyn\nMount Lofty University, Adelaide SA 5005\n"]
    )


def test_look_alikes() -> None:
    assert "user is the interviewer" in signal_names(
        "Takk for at dere stiller i intervjupanelet. Intervjuguide og CV ligger i Teams."
    )
    assert "user is the interviewer" in signal_names(
        "Flor: te sumo a la entrevista del candidato para auxiliar contable"
    )
    assert "user is the interviewer" in signal_names(
        "Panel members: please score each candidate against the rubric."
    )
    assert "rejection" in signal_names("decidimos avanzar con otra persona cuya experiencia")
    assert "training course" in signal_names("Annual recurrent CRM training day (mandatory)")
    assert "user research" in signal_names("Ce n'est pas une entrevue d'embauche, promis")
    assert "media interview" in signal_names("un balado québécois sur le jeu vidéo")
    assert "event/fair" in signal_names("Séance d'information – Se syndiquer")
    assert "availability request" in signal_names("You have not booked your slot yet.")
    assert "offer" not in signal_names("Keep ready: Current offer letter / latest appraisal")
    assert "screen/round" in signal_names("Your TR1 is fixed for Tuesday at 3:00 PM IST")


def test_a_chat_copied_from_whatsapp_web() -> None:
    text = (
        "[9:14 PM, 5/19/2026] Dr. Karim Mansour - Rahma: مساء الخير\n"
        "[9:16 PM, 5/19/2026] Dr. Karim Mansour - Rahma: بكرة الساعة ٧؟\n"
    )
    assert len(chat_message_starts(text)) == 2
    (iv,) = blind_case("b200-04")
    assert iv.start.astimezone(UTC) == datetime(2026, 5, 20, 16, tzinfo=UTC)


def test_panelists_who_drop_out() -> None:
    # "Mr. Estrada-Paz is on travel and will not be able to participate. Rosalind ... will take
    # his place": a surname after a title names who leaves
    (iv,) = blind_case("b196-06")
    assert "joaquin.estradapaz@btsd.example" not in {p.email for p in iv.interviewers}
    # a panelist's own "Declined:" reply, then an updated invite without her
    (iv,) = blind_case("b188-02")
    assert {p.email for p in iv.interviewers} == {
        "rsethuraman@tarrantridge.example",
        "ahaddad@tarrantridge.example",
    }
