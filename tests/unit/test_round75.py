"""Capabilities added in round 75 (session 21, the first contact with blind294-297): a Tashkent
analyst (Uzbek and Russian), an Ulaanbaatar mining engineer (Mongolian), a Malta compliance
officer (English with Maltese), a Dublin sales candidate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import extract, texttime


def _emails(prefix: str) -> list[set[str]]:
    return [{p.email for p in iv.interviewers} for iv in blind_case(prefix)]


def test_mongolian() -> None:
    ub = ZoneInfo("Asia/Ulaanbaatar")
    ref = datetime(2026, 10, 12, 10, 24, tzinfo=ub)
    # "10 сарын 14-ний өдөр (Лхагва гараг) ... 14:00 цагт" (the 14th of the 10th month, at 14:00)
    text = "Огноо: 10 сарын 14-ний өдөр (Лхагва гараг)\nЦаг: 14:00 цагт, 30 минут орчим"
    assert [m.start for m in texttime.find_times(text, ref, ub)] == [
        datetime(2026, 10, 14, 14, tzinfo=ub)
    ]
    assert [m.start for m in texttime.find_times("маргааш 10:00 цагт", ref, ub)] == [
        datetime(2026, 10, 13, 10, tzinfo=ub)
    ]
    assert texttime.duration_in("Ярилцлага 1.5 цаг орчим үргэлжилнэ") == timedelta(minutes=90)
    assert "interview word" in signal_names("Ажлын ярилцлагад урьж байна")
    (iv,) = blind_case("b295-01")
    assert iv.start == datetime(2026, 10, 14, 6, tzinfo=UTC)
    # the Latin twin of a Cyrillic title: "Ахлах уурхайн инженер (Senior Mining Engineer)"
    assert iv.role == "Senior Mining Engineer"
    # an offer ("Ажлын санал") and a request for free times are no interviews
    assert blind_case("b295-18") == ()
    assert blind_case("b295-21") == ()
    # "Ярилцлагаа 10 сарын 19-ний өдөр ... шилжүүлж болох уу?" moves it
    (iv,) = blind_case("b295-04")
    assert iv.start == datetime(2026, 10, 19, 8, tzinfo=UTC)
    # a job board relay (Unegui.mn) under "Хэрэв тохирохгүй бол x@... хаягаар мэдэгдээрэй"
    (iv,) = blind_case("b295-16")
    assert iv.recruiter is not None and iv.recruiter.email == "tsetsegmaa@tsogtdrilling.example"


def test_uzbek() -> None:
    tashkent = ZoneInfo("Asia/Tashkent")
    ref = datetime(2026, 11, 4, 16, 22, tzinfo=tashkent)
    text = "Suhbatni juma kuniga ko'chirsak bo'ladimi? 13-noyabr, juma, soat 10:00 da"
    assert [m.start for m in texttime.find_times(text, ref, tashkent)] == [
        datetime(2026, 11, 13, 10, tzinfo=tashkent)
    ]
    assert "interview word" in signal_names("Ish suhbati: Data analitik")
    # moved by mail, then by an updated invite
    (iv,) = blind_case("b294-05")
    assert iv.start == datetime(2026, 11, 13, 5, tzinfo=UTC)
    # "Ertaga soat 15:00 da qulaymi?" in a pasted Telegram chat; "Data analitik vakansiyasi"
    (iv,) = blind_case("b294-06")
    assert iv.start == datetime(2026, 10, 20, 10, tzinfo=UTC)
    assert iv.role == "Data analitik"
    # "Keyingi bosqich" (the next stage) gives an invite its hiring context
    (iv,) = blind_case("b294-10")
    assert iv.start == datetime(2026, 10, 26, 6, tzinfo=UTC)
    # an English reply attribution line without its verb: "On Mon, 26 Oct 2026 at 12:15, X <x@y>:"
    (iv,) = blind_case("b294-13")
    assert iv.start == datetime(2026, 10, 29, 10, tzinfo=UTC)


def test_maltese_and_agencies() -> None:
    malta = ZoneInfo("Europe/Malta")
    ref = datetime(2026, 10, 19, 17, 5, tzinfo=malta)
    assert [m.start for m in texttime.find_times("Would għada fl-10:00 work?", ref, malta)] == [
        datetime(2026, 10, 20, 10, tzinfo=malta)
    ]
    assert [m.start for m in texttime.find_times("nhar il-Ħamis fl-10:00", ref, malta)] == [
        datetime(2026, 10, 22, 10, tzinfo=malta)
    ]
    # a compliance candidate's "our KYC backlog" is no bank's identity check
    assert "appointment" not in signal_names("how you'd tackle our KYC backlog")
    assert "appointment" in signal_names("Your Video KYC call is scheduled")
    (iv,) = blind_case("b296-07")
    assert iv.start == datetime(2026, 10, 20, 8, tzinfo=UTC)
    # the agency names its client: "who the client is: it's Blue Grotto Gaming", "We've been
    # retained by Kalkara Pay"
    (iv,) = blind_case("b296-01")
    assert iv.company == "Blue Grotto Gaming"
    (iv,) = blind_case("b296-02")
    assert iv.company == "Kalkara Pay"
    # "No specific role to pitch you right now ... I'd just like to catch up"
    assert blind_case("b296-16") == ()
    # the building ("Fortizza House") gives way to the firm ("Fortizza Entertainment plc")
    (iv,) = blind_case("b296-10")
    assert iv.company == "Fortizza Entertainment"


def test_sales_candidate() -> None:
    # "pop into the office tomorrow at 2 for a quick 30"
    assert texttime.duration_in("tomorrow at 2 for a quick 30? It would") == timedelta(minutes=30)
    assert texttime.duration_in("a quick 30 pm") is None
    # a paid mock interview with a coach ("Payment: EUR 95.00 paid via Stripe")
    assert blind_case("b297-19") == ()
    # an itinerary row's "(no interview, just food)" does not make the day a networking event
    (iv,) = blind_case("b297-14")
    assert iv.start == datetime(2026, 11, 10, 10, tzinfo=UTC)
    assert extract.latin_twin("Senior Mining Engineer", ["x"]) == "Senior Mining Engineer"
