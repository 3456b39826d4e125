"""Capabilities added in round 30 (session 10, the first contact with blind131-133): Traditional
Chinese, Austrian and Swiss German booking habits, and executive assistants who move and hold
interviews."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.classify import is_cancel
from detector.texttime import find_times

TAIPEI = ZoneInfo("Asia/Taipei")
PACIFIC = ZoneInfo("America/Los_Angeles")


def test_traditional_chinese() -> None:
    # a job bank's "面試通知 ... 2026年3月12日（週四）下午2:00（約1小時）"
    (notice,) = blind_case("b132-01")
    assert (notice.start, notice.end) == (
        datetime(2026, 3, 12, 14, tzinfo=TAIPEI),
        datetime(2026, 3, 12, 15, tzinfo=TAIPEI),
    )
    # "時間：2026/04/07（二）下午 3:30 – 4:30", then HR's "已幫您取消 4/7 的面試"
    (withdrawn,) = blind_case("b132-14")
    assert withdrawn.start == datetime(2026, 4, 7, 15, 30, tzinfo=TAIPEI)
    assert withdrawn.status == "cancelled"
    # "目前可安排的時段如下" lists slots to choose from; the confirmation books one
    _first, second = blind_case("b132-03")
    assert second.start == datetime(2026, 3, 19, 10, 30, tzinfo=TAIPEI)
    ref = datetime(2026, 3, 30, 11, tzinfo=TAIPEI)
    (slot,) = find_times("下週二 下午兩點", ref, TAIPEI)
    assert slot.start == datetime(2026, 4, 7, 14, tzinfo=TAIPEI)
    assert "rejection" in signal_names("很遺憾通知您，本次面試未能錄取")


def test_german_booking_habits() -> None:
    # a booking's footer "Termin ändern oder absagen: https://..." cancels nothing
    assert not is_cancel("Termin ändern oder absagen: https://x.example/manage")
    assert is_cancel("Leider müssen wir den Termin absagen.")
    (booked,) = blind_case("b131-13")
    assert booked.status == "scheduled"
    # the job centre's "Ihr Beratungstermin beim AMS" is no interview
    assert blind_case("b131-14") == ()
    # "Bitte geben Sie mir kurz Bescheid ... per Mail an karin.horvath@..."
    (board,) = blind_case("b131-11")
    assert board.recruiter is not None
    assert board.recruiter.email == "karin.horvath@pannonia-baustoffe.example"


def test_executive_assistants() -> None:
    # "I hate to move this a second time ... he'll be in the air at 1. Could we do Thu 3/19 @
    # 4:30p PT?": the third time is the interview's, and only one interview
    (moved,) = blind_case("b133-03")
    assert moved.start == datetime(2026, 3, 19, 16, 30, tzinfo=PACIFIC)
    # "[HOLD - Option A]" released once Option B was confirmed: one interview, not two
    (held,) = blind_case("b133-12")
    assert held.start == datetime(2026, 4, 16, 8, tzinfo=ZoneInfo("Asia/Tokyo"))
