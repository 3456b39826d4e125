"""Capabilities added in round 80 (session 23, the first contact with blind314-317): a Kabul
M&E officer (Dari, Pashto), a Boston scientist, an Edinburgh data engineer and a Kigali software
engineer (Kinyarwanda)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names, starts_in

from detector import texttime


def test_dari_and_pashto() -> None:
    kabul = ZoneInfo("Asia/Kabul")
    ref = datetime(2026, 10, 21, 11, 20)
    # the Afghan names of the Solar Hijri months: "۲۲ میزان ۱۴۰۵" is 14 October 2026
    assert starts_in("۲۲ میزان ۱۴۰۵ ساعت ۱۰:۰۰", ref, "Asia/Kabul") == [
        datetime(2026, 10, 14, 10, tzinfo=kabul)
    ]
    # Pashto "سبا" (tomorrow), "د غرمې وروسته ۲ بجې" (2 after midday)
    assert starts_in("ایا سبا د غرمې وروسته ۲ بجې وخت لرئ؟", ref, "Asia/Kabul") == [
        datetime(2026, 10, 22, 14, tzinfo=kabul)
    ]
    assert "interview word" in signal_names("د یوې لنډې تلیفوني مرکې لپاره")
    assert "interview word" not in signal_names("د NCDO مرکزي دفتر")  # a head office
    # a written test at 9, the committee interview at 11:30 the same day
    (iv,) = blind_case("b314-02")
    assert iv.start == datetime(2026, 10, 24, 7, tzinfo=UTC)
    (iv,) = blind_case("b314-08")
    assert iv.start == datetime(2026, 10, 25, 9, 30, tzinfo=UTC)


def test_kinyarwanda() -> None:
    kigali = ZoneInfo("Africa/Kigali")
    ref = datetime(2026, 10, 7, 17, 5)
    # hours counted from sunrise: "saa munani z'amanywa" is 14:00, "saa tatu" 9:00
    text = "ku wa kabiri, tariki ya 13 Ukwakira 2026, saa munani z'amanywa"
    assert starts_in(text, ref, "Africa/Kigali") == [datetime(2026, 10, 13, 14, tzinfo=kigali)]
    assert starts_in("ejo saa yine n'igice", ref, "Africa/Kigali") == [
        datetime(2026, 10, 8, 10, 30, tzinfo=kigali)
    ]
    # a coding test at 9, then "Ikiganiro cy'akazi" at 14:00: the test's negative is its row's
    (iv,) = blind_case("b317-02")
    assert iv.start == datetime(2026, 10, 13, 12, tzinfo=UTC)
    # "nyandikira kuri claudine.uwimana@..." behind a relay's no-reply
    (iv,) = blind_case("b317-13")
    assert iv.recruiter is not None
    assert iv.recruiter.email == "claudine.uwimana@inziratel.example"
    # a floating file titled "oral interview (arrive 8:30)" at 09:00: 8:30 is the arrival
    (iv,) = blind_case("b317-05")
    assert iv.start == datetime(2026, 11, 4, 7, tzinfo=UTC)
    # a reply stamped before the mail it answers (a clock behind) still comes after it
    (iv,) = blind_case("b317-07")
    assert iv.start == datetime(2026, 11, 3, 13, 30, tzinfo=UTC)
    # a timed test whose "next steps ... may include a live interview"
    assert blind_case("b317-14") == ()


def test_boston_biotech_mail() -> None:
    # "next Tuesday" written on a Monday is the Tuesday of next week
    (day,) = texttime.find_dates("next Tuesday", date(2026, 10, 26))
    assert day.day == date(2026, 11, 3)
    (iv,) = blind_case("b315-03")
    assert iv.start == datetime(2026, 11, 3, 18, tzinfo=UTC)
    assert blind_case("b315-06") == ()  # an instrument maker's onsite demo at the owner's lab
    assert blind_case("b315-22") == ()  # "walk you through the verbal offer"
    # the itinerary opens with the seminar, not with "Arrival and check-in"
    (iv,) = blind_case("b315-13")
    assert iv.start == datetime(2026, 11, 5, 14, 30, tzinfo=UTC)
    # "Sabine passed on ... notes, and ... I would like to speak with you myself"
    (iv,) = blind_case("b315-11")
    assert [p.email for p in iv.interviewers] == ["lukas.brunner@rheinfeld.example"]


def test_edinburgh_mail() -> None:
    # "it isn't part of the assessment, nobody will be scoring you"
    assert blind_case("b316-15") == ()
    # "walk them through your take-home" is the interview, not the take-home
    (iv,) = blind_case("b316-12")
    assert iv.end == datetime(2026, 11, 11, 12, tzinfo=UTC)
    # "hiring for the Market Data Platform team" names a team; the invite names the job
    (iv,) = blind_case("b316-09")
    assert iv.role == "Senior Data Engineer"
    # "Aoife Ní Bhriain" is aoife.nibhriain@
    (iv,) = blind_case("b316-10")
    assert [p.email for p in iv.interviewers] == ["aoife.nibhriain@liffeyline.example"]
