"""When a thank-you draft is due: the interview's end plus a delay, snapped into working hours.

All wall-clock reasoning happens in the user's IANA zone with ``zoneinfo``, so a draft lands at
09:00 local time on the next working day whatever the offset is that day (DST-correct).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from detector.model import Interview
from drafts.settings import DraftSettings


def _normalise(local: datetime) -> datetime:
    """Resolve a wall-clock time that does not exist (the hour skipped at spring-forward).

    ``zoneinfo`` happily builds such a value; a round trip through UTC turns it into the real
    instant it denotes (02:30 in a skipped hour becomes 03:30 summer time).
    """
    zone = local.tzinfo
    return local.astimezone(UTC).astimezone(zone)


ASSUMED_LENGTH = timedelta(hours=1)
"""Length assumed when the sources give no end: the common length of an interview slot."""


def interview_end(interview: Interview) -> datetime:
    """The interview's end, or start + 1 h when the sources gave no end.

    An invite nearly always has DTEND; a time only mentioned in mail ("call at 3pm") does not,
    and an hour is the common length of an interview slot.
    """
    return interview.end if interview.end is not None else interview.start + ASSUMED_LENGTH


def due_time(interview_end: datetime, s: DraftSettings) -> datetime:
    """The moment the draft should appear: ``interview_end + s.delay``, moved forward into the
    next working window in ``s.timezone``; never before the interview ended.

    The delay is added on the user's wall clock, so "24h" means "same time tomorrow" even when
    the clocks change overnight. The result is an aware datetime in the user's zone.
    """
    zone = s.zone
    end_local = interview_end.astimezone(zone)
    # Aware + timedelta is wall-clock arithmetic; comparisons below go through UTC because
    # Python compares datetimes sharing a tzinfo by wall clock, which is wrong in the
    # repeated hour at fall-back.
    candidate = _normalise(end_local + s.delay).astimezone(UTC)
    return next_working_moment(max(candidate, end_local.astimezone(UTC)), s)


def next_working_moment(floor: datetime, s: DraftSettings) -> datetime:
    """``floor`` itself when it falls in a working window in ``s.timezone``, else the opening
    of the next window. The result is an aware datetime in the user's zone."""
    zone = s.zone
    floor = floor.astimezone(UTC)
    # A working window exists within a week because work_days is non-empty; 8 steps covers
    # "today is a work day but already past work_end" plus a full week.
    day = floor.astimezone(zone).date()
    for _ in range(8):
        if day.weekday() in s.work_days:
            opens = _normalise(datetime.combine(day, s.work_start, tzinfo=zone))
            closes = _normalise(datetime.combine(day, s.work_end, tzinfo=zone))
            if floor < opens.astimezone(UTC):
                return opens
            if floor < closes.astimezone(UTC):
                return floor.astimezone(zone)
        day += timedelta(days=1)
    raise AssertionError("unreachable: DraftSettings guarantees a working day each week")


def due_for(interview: Interview, s: DraftSettings) -> datetime:
    """:func:`due_time` of an interview (using :func:`interview_end`)."""
    return due_time(interview_end(interview), s)


def business_days_after(moment: datetime, days: int, s: DraftSettings) -> datetime:
    """``days`` working days (``s.work_days`` in ``s.timezone``) after ``moment``, at the same
    wall-clock time, moved into the next working window when that time is outside it.

    "Seven business days after you sent it on Thursday 16:00" is Monday week 16:00: weekends
    (or whatever days the user does not work) are not counted, as people mean it.
    """
    zone = s.zone
    local = moment.astimezone(zone)
    day = local.date()
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if day.weekday() in s.work_days:
            counted += 1
    target = _normalise(datetime.combine(day, local.time(), tzinfo=zone))
    return next_working_moment(target, s)
