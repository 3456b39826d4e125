"""Capabilities added in round 78 (session 22, the first contact with blind306-309): an Addis
Ababa public health specialist (Amharic), an Atlanta supply chain manager, a Manchester maths
teacher and a Yangon accountant (Burmese)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import classify, texttime


def _starts(text: str, ref: datetime, zone: str) -> list[datetime]:
    tz = ZoneInfo(zone)
    return [m.start for m in texttime.find_times(text, ref.replace(tzinfo=tz), tz)]


def test_amharic() -> None:
    addis = ZoneInfo("Africa/Addis_Ababa")
    ref = datetime(2026, 10, 6, 15)
    # Ethiopian hours count from six in the morning: "ከጠዋቱ 4:00 ሰዓት" is 10:00, "ከቀኑ 8:00" 14:00
    assert _starts("ነገ ከጠዋቱ 4:00 ሰዓት", ref, "Africa/Addis_Ababa") == [
        datetime(2026, 10, 7, 10, tzinfo=addis)
    ]
    assert _starts("ሐሙስ ኦክቶበር 22 ከቀኑ 8:00", ref, "Africa/Addis_Ababa") == [
        datetime(2026, 10, 22, 14, tzinfo=addis)
    ]
    assert "interview word" in signal_names("ለቃለ መጠይቅ እንጋብዝዎታለን")
    # moved in Amharic ("ወደ ሰኞ ኦክቶበር 19 ... አዛውሬዋለሁ"); the owner's "ሰኞ 3:30" is 9:30
    (iv,) = blind_case("b306-05")
    assert iv.start == datetime(2026, 10, 19, 6, 30, tzinfo=UTC)
    # a written test at 9:00, the interview "the same day" at 14:00
    (iv,) = blind_case("b306-03")
    assert iv.start == datetime(2026, 10, 22, 11, tzinfo=UTC)
    assert blind_case("b306-14") == ()  # "ይህ ጥሪ ለጽሁፍ ፈተና ብቻ ነው": the test only


def test_burmese() -> None:
    yangon = ZoneInfo("Asia/Yangon")
    ref = datetime(2026, 10, 5, 11)
    # Myanmar digits, "မနက်ဖြန်" (tomorrow), "ညနေ ၂ နာရီခွဲ" (half past two in the afternoon)
    assert _starts("မနက်ဖြန် ညနေ ၂ နာရီခွဲ", ref, "Asia/Yangon") == [
        datetime(2026, 10, 6, 14, 30, tzinfo=yangon)
    ]
    assert _starts("အောက်တိုဘာလ ၂၀ ရက် နံနက် ၁၀ နာရီခွဲ", ref, "Asia/Yangon")[0] == datetime(
        2026, 10, 20, 10, 30, tzinfo=yangon
    )
    assert texttime.duration_in("မိနစ် ၃၀ ခန့် ကြာပါမယ်") == timedelta(minutes=30)
    assert classify.is_reschedule("ရက်ရွှေ့ပေးရန် လိုအပ်လာပါသည်")
    (iv,) = blind_case("b309-07")
    assert iv.start == datetime(2026, 10, 15, 8, tzinfo=UTC)
    # one calendar file, two events: the test's own title names a test
    (iv,) = blind_case("b309-02")
    assert iv.start == datetime(2026, 10, 20, 4, tzinfo=UTC)
    assert blind_case("b309-03") == ()
    # a buyer's audit and the company's pricing for its buyers are a job's subjects
    (iv,) = blind_case("b309-08")
    assert iv.status == "cancelled"


def test_terse_american_mail() -> None:
    new_york = ZoneInfo("America/New_York")
    # "Can we slide to 3?": a move names a bare hour of the booked day
    ref = datetime(2026, 10, 15, 11, 48)
    assert _starts("Can we slide to 3? Same Meet link.", ref, "America/New_York") == [
        datetime(2026, 10, 15, 15, tzinfo=new_york)
    ]
    assert _starts("Good for up to 3 people.", ref, "America/New_York") == []
    (iv,) = blind_case("b307-09")
    assert iv.start == datetime(2026, 10, 15, 19, tzinfo=UTC)
    # the job's own "onboarding and scorecards" is no interviewer's scorecard
    assert "user is the interviewer" not in signal_names("own our carrier network and scorecards")
    (iv,) = blind_case("b307-04")
    assert iv.start == datetime(2026, 10, 9, 17, 30, tzinfo=UTC)
    # Phoenix's "Wed at 9 our time" from a -0700 header is the 9:00 Arizona time agreed
    _screen, second = blind_case("b307-12")
    assert second.start == datetime(2026, 11, 4, 16, tzinfo=UTC)


def test_british_school_mail() -> None:
    assert classify.is_cancel("the interview day has been postponed, new date to follow")
    (iv,) = blind_case("b308-11")
    assert iv.status == "cancelled"
    # "Full details will be sent to shortlisted candidates only" is no walk-in drive
    (iv,) = blind_case("b308-21")
    assert iv.start == datetime(2026, 11, 2, 16, 15, tzinfo=UTC)
    # the day's end in words outlasts the timetable's first rows
    (iv,) = blind_case("b308-02")
    assert iv.end == datetime(2026, 11, 3, 15, 15, tzinfo=UTC)
