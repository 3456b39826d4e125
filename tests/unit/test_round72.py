"""Capabilities added in round 72 (session 20, the first contact with blind282-285): a London
data analyst, an Ann Arbor postdoc, a Calgary financial analyst, an Amsterdam product manager
writing Dutch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import extract, texttime


def test_a_reply_quoting_the_owners_answer_books_the_call() -> None:
    # "I'd love to have a chat", the owner's quoted "I'm free Monday afternoon or any time on
    # Tuesday", then "Let's say tomorrow at half two ... I'll ring you"
    assert "conversation" in signal_names("I'd love to have a chat about the role")
    (iv,) = blind_case("b282-03")
    assert iv.start == datetime(2026, 9, 22, 13, 30, tzinfo=UTC)


def test_calgary_is_on_mountain_time() -> None:
    toronto = ZoneInfo("America/Toronto")
    ref = datetime(2026, 11, 12, 10, 26, tzinfo=toronto)
    text = "Tuesday, November 17 from 3:00 to 3:45 pm Eastern (1:00 to 1:45 pm in Calgary)"
    eastern, calgary = texttime.find_times(text, ref, toronto)
    assert eastern.start == calgary.start
    (iv,) = blind_case("b284-11")
    assert iv.start == datetime(2026, 11, 17, 20, tzinfo=UTC)


def test_dutch() -> None:
    # "Uitnodiging cultuurgesprek", "je hebt gesolliciteerd", "koffie met Daan ... onze founder"
    assert "interview word" in signal_names("Daarom plannen we een cultuurgesprek met Tim")
    assert "hiring process" in signal_names("omdat je hebt gesolliciteerd via careers")
    assert {"founder/executive", "conversation"} <= signal_names(
        "de laatste stap: koffie met Daan Smeets, onze founder"
    )
    (iv,) = blind_case("b285-06")
    assert iv.start == datetime(2026, 10, 19, 14, tzinfo=UTC)
    (iv,) = blind_case("b285-08")
    assert (iv.start, iv.role) == (datetime(2026, 11, 5, 7, 30, tzinfo=UTC), "Product Lead")
    # a training evening to practise interviews
    assert "coaching/mock" in signal_names("Workshop sollicitatietraining: oefen je gesprek")
    assert blind_case("b285-17") == ()
    # "om 10 uur" is at ten o'clock; "een uur" is an hour
    assert texttime.duration_in("morgen om 10 uur ... Reken op ongeveer een uur.") == timedelta(
        hours=1
    )
    # the job: "voor de rol van X", and a booking form's answer
    assert extract.pick_role(["uitnodigen voor de rol van Lead Product Manager Platform!"]) == (
        "Lead Product Manager Platform"
    )
    form = "Voor welke rol solliciteer je?\nProduct Manager Growth\n"
    assert extract.pick_role([form]) == "Product Manager Growth"


def test_the_companys_last_word_on_the_length() -> None:
    # a move to "Monday the 9th, same time (3:45)", then "Monday at 3:45 it is ... Plan on
    # about 45 minutes total"
    (iv,) = blind_case("b53-04")
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=45)
