"""drafts.timing: due = end + delay, moved into the user's working hours, DST-correct."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detector.model import Interview, InterviewKind
from drafts.settings import DraftSettings
from drafts.timing import business_days_after, due_for, due_time, interview_end

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def cfg(**kw: object) -> DraftSettings:
    base: dict[str, object] = {
        "user_name": "Sam Doe",
        "user_email": "sam@example.org",
        "timezone": "Europe/Berlin",
    }
    base.update(kw)
    return DraftSettings(**base)  # type: ignore[arg-type]


def berlin(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


def test_weekday_afternoon_is_same_time_next_day() -> None:
    # Tue 2026-03-03 14:00 -> Wed 14:00, inside the window.
    assert due_time(berlin(2026, 3, 3, 14), cfg()) == berlin(2026, 3, 4, 14)


def test_evening_moves_to_next_morning() -> None:
    # Mon 19:30 + 24h = Tue 19:30, after 18:00 -> Wed 09:00.
    due = due_time(berlin(2026, 3, 2, 19, 30), cfg())
    assert due == berlin(2026, 3, 4, 9)


def test_early_morning_waits_for_work_start() -> None:
    assert due_time(berlin(2026, 3, 2, 6, 15), cfg()) == berlin(2026, 3, 3, 9)


def test_friday_interview_is_due_monday_morning() -> None:
    due = due_time(berlin(2026, 3, 6, 15), cfg())  # Friday
    assert due == berlin(2026, 3, 9, 9)
    assert due.weekday() == 0


def test_custom_work_days_and_hours() -> None:
    # Sunday-Thursday week, 08:00-16:00: Thursday 15:00 -> Friday is off -> Sunday 08:00.
    s = cfg(work_days=frozenset({6, 0, 1, 2, 3}), work_start=time(8), work_end=time(16))
    assert due_time(berlin(2026, 3, 5, 15), s) == berlin(2026, 3, 8, 8)


def test_result_is_in_user_zone_whatever_the_input_zone() -> None:
    end = datetime(2026, 3, 3, 13, 0, tzinfo=UTC)  # 14:00 Berlin
    due = due_time(end, cfg())
    assert due.tzinfo == BERLIN
    assert due == berlin(2026, 3, 4, 14)


def test_spring_forward_weekend_lands_at_nine_summer_time() -> None:
    # Clocks go forward on Sun 2026-03-29 in Berlin: Monday 09:00 is UTC+2.
    due = due_time(berlin(2026, 3, 27, 15), cfg())
    assert due.astimezone(UTC) == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


def test_fall_back_weekend_lands_at_nine_winter_time() -> None:
    # Clocks go back on Sun 2026-10-25 in Berlin: Monday 09:00 is UTC+1.
    due = due_time(berlin(2026, 10, 23, 15), cfg())
    assert due.astimezone(UTC) == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)


def test_delay_is_wall_clock_across_spring_forward() -> None:
    # Every day a work day: Sat 14:00 + 24h is Sun 14:00 local, only 23 real hours later.
    s = cfg(work_days=frozenset(range(7)))
    end = berlin(2026, 3, 28, 14)
    due = due_time(end, s)
    assert due == berlin(2026, 3, 29, 14)
    assert due.astimezone(UTC) - end.astimezone(UTC) == timedelta(hours=23)


def test_delay_is_wall_clock_across_fall_back_new_york() -> None:
    s = cfg(timezone="America/New_York", work_days=frozenset(range(7)))
    end = datetime(2026, 10, 31, 14, tzinfo=NEW_YORK)
    due = due_time(end, s)
    assert (due.hour, due.day) == (14, 1)
    assert due.astimezone(UTC) - end.astimezone(UTC) == timedelta(hours=25)


def test_work_start_inside_skipped_hour_is_resolved() -> None:
    # Sat 01:00 + 24h = Sun 01:00; 02:30 does not exist that day in Berlin, so the window
    # opens at the real instant 03:30 summer time.
    s = cfg(work_days=frozenset(range(7)), work_start=time(2, 30), work_end=time(5))
    due = due_time(berlin(2026, 3, 28, 1), s)
    assert due.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("delay", "end", "expected"),
    [
        (timedelta(hours=48), berlin(2026, 3, 2, 10), berlin(2026, 3, 4, 10)),
        (timedelta(0), berlin(2026, 3, 2, 10), berlin(2026, 3, 2, 10)),
        (timedelta(0), berlin(2026, 3, 2, 20), berlin(2026, 3, 3, 9)),
        (timedelta(hours=2), berlin(2026, 3, 2, 17), berlin(2026, 3, 3, 9)),
        (timedelta(days=1, hours=12), berlin(2026, 3, 2, 10), berlin(2026, 3, 4, 9)),
    ],
)
def test_delay(delay: timedelta, end: datetime, expected: datetime) -> None:
    assert due_time(end, cfg(delay=delay)) == expected


def test_missing_end_means_start_plus_one_hour() -> None:
    iv = Interview(
        key="k",
        company="Acme",
        role=None,
        kind=InterviewKind.OTHER,
        start=berlin(2026, 3, 3, 17, 30),
        end=None,
        status="scheduled",
    )
    assert interview_end(iv) == berlin(2026, 3, 3, 18, 30)
    # 18:30 Wednesday is past work_end -> Thursday 09:00.
    assert due_for(iv, cfg()) == berlin(2026, 3, 5, 9)


def test_settings_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="time zone"):
        cfg(timezone="Mars/Base")
    with pytest.raises(ValueError, match="work_end"):
        cfg(work_start=time(18), work_end=time(9))
    with pytest.raises(ValueError, match="work_days"):
        cfg(work_days=frozenset())


ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"]


@settings(max_examples=300, deadline=None)
@given(
    end=st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
    ),
    zone=st.sampled_from(ZONES),
    delay_h=st.integers(0, 96),
    days=st.frozensets(st.integers(0, 6), min_size=1),
)
def test_due_is_in_a_window_and_never_before_end(
    end: datetime, zone: str, delay_h: int, days: frozenset[int]
) -> None:
    s = cfg(timezone=zone, delay=timedelta(hours=delay_h), work_days=days)
    due = due_time(end, s)
    local = due.astimezone(ZoneInfo(zone))
    assert due >= end
    assert local.weekday() in days
    assert time(9) <= local.time().replace(tzinfo=None) < time(18)
    assert due - end <= timedelta(hours=delay_h) + timedelta(days=8)


# --- business days (the second follow-up) -----------------------------------------------------


def test_business_days_skip_the_weekend() -> None:
    friday = berlin(2026, 3, 6, 15)
    assert business_days_after(friday, 1, cfg()) == berlin(2026, 3, 9, 15)  # Monday
    assert business_days_after(friday, 7, cfg()) == berlin(2026, 3, 17, 15)  # Tuesday week
    assert business_days_after(friday, 0, cfg()) == friday


def test_business_days_follow_the_users_work_days_and_hours() -> None:
    sunday_to_thursday = cfg(work_days=frozenset({6, 0, 1, 2, 3}))
    thursday_late = berlin(2026, 3, 5, 20)
    # Next work day is Sunday; 20:00 is after work_end, so the next window opens Monday 09:00.
    assert business_days_after(thursday_late, 1, sunday_to_thursday) == berlin(2026, 3, 9, 9)


def test_business_days_are_wall_clock_across_dst() -> None:
    before = berlin(2026, 3, 27, 10)  # Friday, winter time; clocks go forward on Sunday 29th
    assert business_days_after(before, 1, cfg()) == berlin(2026, 3, 30, 10)
    assert business_days_after(before, 1, cfg()).utcoffset() == timedelta(hours=2)
