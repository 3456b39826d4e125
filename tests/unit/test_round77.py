"""Capabilities added in round 77 (session 22): three of session 21's known misses, fixed before
the first contact with blind302-305."""

from __future__ import annotations

from datetime import UTC, date, datetime

from _detdata import blind_case

from detector import classify, texttime


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
