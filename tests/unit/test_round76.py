"""Capabilities added in round 76 (session 21, the first contact with blind298-301): a Chicago
accounting student, a New Jersey pharmaceutical sales candidate, a Colombo QA engineer (Sinhala),
a Baku project engineer (Azerbaijani and Russian)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import texttime


def test_azerbaijani() -> None:
    baku = ZoneInfo("Asia/Baku")
    ref = datetime(2026, 10, 5, 17, 40, tzinfo=baku)
    # "Sabah" is tomorrow in Azerbaijani (its mail writes "ə"), the morning in Turkish
    text = "Sabah saat 11:00-da mobil nömrənizə zəng edə bilərəmmi?"
    assert [m.start for m in texttime.find_times(text, ref, baku)] == [
        datetime(2026, 10, 6, 11, tzinfo=baku)
    ]
    assert [m.start for m in texttime.find_times("Yarın sabah saat 9:30", ref, baku)] == [
        datetime(2026, 10, 6, 9, 30, tzinfo=baku)
    ]
    assert "interview word" in signal_names("HR müsahibəsi — Texniki ekspert vakansiyası")
    (iv,) = blind_case("b301-01")
    assert iv.start == datetime(2026, 10, 6, 7, tzinfo=UTC)
    # the bus names the day ("Avtobus 22 oktyabr ... 07:30-da ... yola düşür"), the
    # interview the hour ("müsahibə isə saat 10:00-da başlayır")
    (iv,) = blind_case("b301-08")
    assert iv.start == datetime(2026, 10, 22, 6, tzinfo=UTC)
    # a job offer ("iş təklifi"), a slot picker and a scam's fee are no interviews
    assert blind_case("b301-15") == ()
    assert blind_case("b301-17") == ()
    assert blind_case("b301-16") == ()


def test_sinhala() -> None:
    colombo = ZoneInfo("Asia/Colombo")
    ref = datetime(2026, 10, 6, 16, 42, tzinfo=colombo)
    # "හෙට (බදාදා) ... ප.ව. 2.30ට" (tomorrow, Wednesday, at 2.30 p.m.)
    text = "දිනය: හෙට (බදාදා)\nවේලාව: ප.ව. 2.30ට (විනාඩි 30ක් පමණ)"
    assert [m.start for m in texttime.find_times(text, ref, colombo)] == [
        datetime(2026, 10, 7, 14, 30, tzinfo=colombo)
    ]
    assert texttime.duration_in(text) == timedelta(minutes=30)
    (iv,) = blind_case("b300-01")
    assert iv.start == datetime(2026, 10, 7, 9, tzinfo=UTC)
    # moved in Sinhala to "ඔක්තෝබර් 16 වන දින (සිකුරාදා) ප.ව. 2.30ට"
    (iv,) = blind_case("b300-07")
    assert iv.start == datetime(2026, 10, 16, 9, tzinfo=UTC)


def test_pharma_sales() -> None:
    # a sales job's pay ("base vs. incentive") and results ("MBO scorecards") are no user
    # study and no interviewer's form
    assert "user research" not in signal_names("what you're targeting for base vs. incentive")
    assert "user is the interviewer" not in signal_names("a couple of MBO scorecards")
    (iv,) = blind_case("b299-01")
    assert iv.start == datetime(2026, 10, 6, 15, tzinfo=UTC)
    # the owner hosting a finalist's ride-along; a launch meeting's "Expect role-plays"
    assert blind_case("b299-14") == ()
    assert blind_case("b299-03") == ()


def test_campus_accounting() -> None:
    # "Audit Superday" with its itinerary; "Brandt & Kessler Office Visit" names the step
    (iv,) = blind_case("b298-06")
    assert iv.start == datetime(2026, 10, 16, 14, tzinfo=UTC)
    (iv,) = blind_case("b298-12")
    assert iv.company == "Brandt & Kessler"
    # "at our Milwaukee office" sets Central time under a relay's Pacific Date
    (iv,) = blind_case("b298-22")
    assert iv.start == datetime(2026, 11, 19, 15, 30, tzinfo=UTC)
    # the candidate's "VITA volunteering" is no volunteer shift
    (iv,) = blind_case("b298-16")
    assert str(iv.status) == "cancelled"
