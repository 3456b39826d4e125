"""Capabilities added in round 15 (session 7, the first contact with blind86-88): South African
and Australian clocks, Polish interviews, roles and mailboxes, a candidate's early arrival, and
friends' meetings that say they are no interview."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from _detdata import signal_names

from detector import classify, detect
from detector.extract import is_machine_address, pick_role, without_accents
from detector.model import Owner, SourceItem
from detector.observe import text_when
from detector.texttime import find_times

JOBURG = ZoneInfo("Africa/Johannesburg")
WARSAW = ZoneInfo("Europe/Warsaw")
PERTH = ZoneInfo("Australia/Perth")
OWNER = Owner(emails=frozenset({"cand@example.org"}))


def _mail(mid: str, sender: str, sent: str, subject: str, body: str, reply_to: str = "") -> bytes:
    head = f"From: {sender}\r\nTo: cand@example.org\r\nSubject: {subject}\r\nDate: {sent}\r\n"
    head += f"Message-ID: <{mid}>\r\n" + (f"In-Reply-To: <{reply_to}>\r\n" if reply_to else "")
    return (head + "\r\n" + body + "\r\n").encode()


def test_sa_time_is_the_zone_of_whoever_writes() -> None:
    text = "Yes, Friday at 11am SA time / 9am UK works perfectly."
    joburg = text_when(text, datetime(2026, 3, 16, 13, tzinfo=JOBURG), JOBURG).start
    assert joburg == datetime(2026, 3, 20, 11, tzinfo=JOBURG)
    sydney = ZoneInfo("Australia/Sydney")
    adelaide = text_when(text, datetime(2026, 3, 16, 13, tzinfo=sydney), sydney).start
    assert adelaide is not None and adelaide.tzinfo == ZoneInfo("Australia/Adelaide")


def test_aest_with_brisbane_keeps_standard_time() -> None:
    sent = datetime(2026, 3, 20, 9, tzinfo=PERTH)
    (noon,) = [m.start for m in find_times("Thu 26/3, 12:00 AEST (Brisbane)", sent, PERTH)]
    assert noon.utcoffset() == ZoneInfo("Australia/Brisbane").utcoffset(noon)
    assert noon.isoformat() == "2026-03-26T12:00:00+10:00"


def test_a_deadline_restated_on_another_clock_is_still_a_deadline() -> None:
    sent = datetime(2026, 3, 13, 9, tzinfo=PERTH)
    text = "Please send it back by 5pm AEDT Mon 23/3 (2pm Perth) - it takes 2-3 hours."
    assert all(m.not_a_meeting for m in find_times(text, sent, PERTH))


def test_a_schedule_takes_its_day_from_above_not_from_a_reply_by_date_below() -> None:
    sent = datetime(2026, 3, 11, 9, tzinfo=WARSAW)
    text = (
        "Zapraszamy na Assessment Center w piątek, 20 marca 2026 r. w naszym Centrum "
        "Dystrybucyjnym (ul. Magazynowa 5, 05-090 Raszyn, budynek biurowy, sala Bałtyk).\n\n"
        "Prosimy o przybycie ok. 15 minut wcześniej; proszę zabrać dokument tożsamości.\n\n"
        "9.00 – 9.20 | Powitanie\n13.45 – 15.30 | Rozmowy indywidualne z komisją\n\n"
        "Uprzejmie prosimy o potwierdzenie udziału do 16 marca."
    )
    assert text_when(text, sent, WARSAW).start == datetime(2026, 3, 20, 9, tzinfo=WARSAW)


def test_polish_interview_words_roles_and_mailboxes() -> None:
    assert "interview word" in signal_names("zaprosić Panią na krótką rozmowę telefoniczną")
    assert "interview word" in signal_names("Rozmowę poprowadzę ja wraz z kierownikiem")
    assert "screen/round" in signal_names("zakwalifikowała się Pani do kolejnego etapu rekrutacji")
    assert pick_role(["aplikacji na stanowisko Koordynator ds. logistyki (nr ref. 3)"]) == (
        "Koordynator ds. logistyki"
    )
    assert pick_role(["Stanowisko: Koordynator ds. magazynu i transportu\n"]) == (
        "Koordynator ds. magazynu i transportu"
    )
    assert pick_role(["na stanowisko Młodszy Koordynator Łańcucha Dostaw w X"]) == (
        "Młodszy Koordynator Łańcucha Dostaw"
    )
    assert is_machine_address("powiadomienia@rekruto.example")
    assert without_accents("Bałtyk Cargo") == "baltyk cargo"


def test_german_slot_list_and_an_open_too_alternative_are_proposals() -> None:
    sent = datetime(2026, 3, 18, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    slots = "Mögliche Termine wären:\n- Dienstag, 24.03., 14:00 Uhr\n- Mittwoch, 25.03., 10:00 Uhr"
    assert text_when(slots, sent, ZoneInfo("Europe/Berlin")).proposal
    two = "Would Thu 3/12 @ 4:30p PST work? If not, Fri 3/13 at 8am PT is open too."
    la = ZoneInfo("America/Los_Angeles")
    assert text_when(two, datetime(2026, 3, 9, 14, tzinfo=la), la).proposal


def test_confirmations_and_agency_relays() -> None:
    assert "confirmed" in signal_names("Friday it is - 8:00am Pacific / 16:00 in Warsaw")
    assert "confirmed" not in signal_names("On Friday it is raining")
    assert "screen/round" in signal_names(
        "Good news, see below - she'd like to meet you on Monday."
    )
    assert "conversation" in signal_names(
        "your profile for the Coordinator role and I'd love to chat"
    )


def test_look_alikes_that_say_so() -> None:
    assert "screen/round" not in signal_names("Done - see you Fri 10am. First round's on me x")
    braai = "he's happy to chat about the role you applied for. Not an interview hey, just pick"
    assert classify.score(braai)[0] < 0
    assert classify.score("it's not an interview or anything sneaky, no roles going")[0] < 0
    # a scorecard model is credit risk work, not the interviewer's scorecard
    assert "user is the interviewer" not in signal_names("a scorecard-modelling exercise")
    # the invitee's copy of a booking names the host; the host's copy does not
    invitee = "A new event has been scheduled.\n\nHost:\nMia Tran (mia@cassowary.example)"
    assert "booking notice to a host" not in signal_names(invitee)
    assert "booking notice to a host" in signal_names(
        "A new event has been scheduled. Invitee: Tam"
    )


def test_a_case_presentation_counts_in_a_programme_not_in_a_webinar() -> None:
    row = "09:30 – 10:15 | Case presentation (20 min presentation + Q&A) | Ruan Botha"
    assert "live work-sample review" in signal_names(row)
    webinar = "they break down the loop: the recruiter screen, the case presentation and the final"
    assert "live work-sample review" not in signal_names(webinar)


def test_arriving_early_is_no_counter_proposal() -> None:
    programme = _mail(
        "p1@kopano.example",
        "Anja Venter <anja@kopano.example>",
        "Thu, 09 Apr 2026 15:12:00 +0200",
        "Your final round - Lead Data Scientist",
        "Here is your programme for the final round for the Lead Data Scientist role on "
        "Tuesday, 14 April 2026 at our Rosebank office.\r\n\r\n"
        "09:30 - 10:15 | Case presentation (20 min presentation + Q&A) | Ruan Botha\r\n"
        "10:30 - 11:15 | Technical deep-dive | Farah Patel\r\n",
    )
    reply = (
        b"From: Cand <cand@example.org>\r\nTo: anja@kopano.example\r\n"
        b"Subject: Re: Your final round - Lead Data Scientist\r\n"
        b"Date: Thu, 09 Apr 2026 18:30:00 +0200\r\nMessage-ID: <r1@example.org>\r\n"
        b"In-Reply-To: <p1@kopano.example>\r\n\r\n"
        b"Baie dankie Anja, all received. I'll be there at 09:15 on Tuesday.\r\n"
    )
    items = [
        SourceItem("<p1@kopano.example>", "rfc822", programme),
        SourceItem("<r1@example.org>", "rfc822", reply),
    ]
    (found,) = detect(items, OWNER).interviews
    assert found.start == datetime(2026, 4, 14, 9, 30, tzinfo=JOBURG)


def test_a_friends_coffee_is_not_booked_by_the_owners_yes() -> None:
    ask = _mail(
        "c1@mail.example",
        "Priscilla <p@mail.example>",
        "Mon, 23 Mar 2026 18:12:00 +0800",
        "catch-up?",
        "How's the job hunt going? Coffee this week? I could do 10am Friday. Just to be clear "
        "it's not an interview or anything sneaky - no tester roles going at the moment.",
    )
    yes = (
        b"From: Cand <cand@example.org>\r\nTo: p@mail.example\r\nSubject: Re: catch-up?\r\n"
        b"Date: Mon, 23 Mar 2026 20:40:00 +0800\r\nMessage-ID: <c2@example.org>\r\n"
        b"In-Reply-To: <c1@mail.example>\r\n\r\n"
        b"Yes please!! Friday 10am is perfect. I've got a couple of interviews coming up.\r\n"
    )
    done = _mail(
        "c3@mail.example",
        "Priscilla <p@mail.example>",
        "Tue, 24 Mar 2026 07:55:00 +0800",
        "Re: catch-up?",
        "Done - see you Fri 10am. First round's on me x",
        reply_to="c2@example.org",
    )
    items = [
        SourceItem("<c1@mail.example>", "rfc822", ask),
        SourceItem("<c2@example.org>", "rfc822", yes),
        SourceItem("<c3@mail.example>", "rfc822", done),
    ]
    assert detect(items, OWNER).interviews == ()
    assert date(2026, 3, 27).weekday() == 4  # the Friday the three mails agree on
