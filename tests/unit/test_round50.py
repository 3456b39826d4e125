"""Capabilities added in round 50 (session 14, the first contact with blind188-190): Microsoft
365 delegates, freelance platforms, Malaysian plants."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector.chats import without_platform_stamps


def test_a_platform_message_header_names_no_time() -> None:
    text = "Eli Brandt (Quarry & Vine)  ·  Jul 2, 4:19 PM\nHi Vlad, thanks for the proposal."
    blank = without_platform_stamps(text)
    assert len(blank) == len(text) and "4:19" not in blank and "Hi Vlad" in blank
    (iv,) = blind_case("b189-12")
    assert iv.start.astimezone(UTC) == datetime(2026, 7, 8, 15, tzinfo=UTC)
    # "Hadley Commerce has invited you to interview for their job"
    assert "hiring process" in signal_names("Hadley Commerce has invited you to interview")
    assert len(blind_case("b189-02")) == 1


def test_an_event_pushed_after_the_mail() -> None:
    # the mail says 11:00 AM ET; the Calendar event, updated since (SEQUENCE 1), says 11:30
    (iv,) = blind_case("b188-11")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 30, 15, 30, tzinfo=UTC)


def test_malay_dates_and_a_booked_slot() -> None:
    # "I have confirmed the Friday slot with her on your behalf" books, it offers no choice
    (iv,) = blind_case("b190-13")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 17, 8, 30, tzinfo=UTC)
