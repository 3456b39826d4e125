"""Capabilities added in round 83 (session 24, the first contact with blind326-329): Tigrinya and
Amharic mail, Hausa and Nigerian English, New Zealand English, US frontline hiring."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from _detdata import blind_case, misread_times, signal_names

from detector.extract import pick_company
from detector.texttime import find_dates

EAT = timezone(timedelta(hours=3))
WAT = timezone(timedelta(hours=1))


def test_tigrinya_clocks() -> None:
    # the Western hour with "ቅ.ቐ." / "ድ.ቐ." (before / after noon); the Habesha count, from six in
    # the morning, where the text says "(ብናይ ሃበሻ ኣቆጻጽራ ሰዓት)"; "ጽባሕ" is tomorrow
    ref = datetime(2026, 10, 5, 17, 20)
    said = {
        "ጽባሕ ሰዓት 3:30 ቅድሚ ቐትሪ (ብናይ ሃበሻ ኣቆጻጽራ ሰዓት)": datetime(2026, 10, 6, 9, 30),
        "ሰሉስ 20/10/2026 — ሰዓት 2:00 ድ.ቐ.": datetime(2026, 10, 20, 14),
        "ረቡዕ 21 ጥቅምቲ 2026፣ ካብ ሰዓት 10:00 ቅ.ቐ.": datetime(2026, 10, 21, 10),
        "ሓሙስ 5/11/2026 ሰዓት 8:00 ድሕሪ ቐትሪ (ብናይ ሃበሻ ኣቆጻጽራ ሰዓት)": datetime(2026, 11, 5, 14),
    }
    assert misread_times(said, ref, EAT) == []
    (iv,) = blind_case("b327-01")
    # "ቴሌፎናዊ ቃለ-መሕትት" (a phone interview), "ኣስታት 30 ደቒቕ" (about 30 minutes)
    assert (iv.start, iv.end) == (
        datetime(2026, 10, 6, 9, 30, tzinfo=EAT),
        datetime(2026, 10, 6, 10, tzinfo=EAT),
    )


def test_ethiopian_calendar_and_amharic_exam() -> None:
    # "ጥቅምት 5 ቀን 2019 ዓ.ም" is 15 October 2026; Meskerem 1, 2019 was 11 September 2026
    assert [d.day for d in find_dates("ሐሙስ ጥቅምት 5 ቀን 2019 ዓ.ም", date(2026, 10, 13))] == [
        date(2026, 10, 15)
    ]
    assert [d.day for d in find_dates("መስከረም 1, 2019", date(2026, 9, 1))] == [date(2026, 9, 11)]
    # the written exam's call is a test; its results beside the interview's call are not
    (iv,) = blind_case("b327-03")
    assert iv.start == datetime(2026, 10, 15, 10, tzinfo=EAT)


def test_frontline_hiring() -> None:
    # "Your live interview slot for the Virtual Hiring Event is reserved"
    (iv,) = blind_case("b329-14")
    assert (iv.company, iv.start) == (
        "Saguaro Connect",
        datetime(2026, 10, 29, 10, 30, tzinfo=timezone(timedelta(hours=-7))),
    )
    # "a short equipment check on a sit-down forklift" is no scam's cheque
    assert "scam" not in signal_names("may be asked to do a short equipment check on a forklift")
    assert "scam" in signal_names("we will send you an equipment check to buy your laptop")
    (iv,) = blind_case("b329-02")
    # "Questions before Thursday? Brandon Ellis (HR Generalist, ATL5) can help at b@..."
    assert iv.recruiter is not None
    assert iv.recruiter.email == "brandon.ellis@peachlinelogistics.example"
    # "great feedback from the hiring event" is where the owner met them
    (iv,) = blind_case("b329-16")
    assert iv.start.hour == 9
    # a job board's note to the owner as the employer: "Tyler Jenkins confirmed the interview you
    # scheduled"
    assert blind_case("b329-21") == ()


def test_initials_then_field_domain() -> None:
    body = "Tamika Washington\nNurse Recruiter\nChattahoochee Regional Medical Center"
    assert pick_company([body], ["crmchealth.example"], [])[0] == (
        "Chattahoochee Regional Medical Center"
    )


def test_new_zealand_english() -> None:
    # a written exercise "nobody from the Ministry will be joining"; a friends' BBQ that asks
    # how many interviews it is now; "reference checks in parallel" beside the final
    assert blind_case("b328-09") == ()
    assert blind_case("b328-17") == ()
    (iv,) = blind_case("b328-19")
    assert iv.start == datetime(2026, 11, 5, 15, 30, tzinfo=timezone(timedelta(hours=13)))
    # harbourview.govt.example is Harbourview, as govt.nz would be
    (iv,) = blind_case("b328-03")
    assert iv.company == "Harbourview City Council"


def test_nigerian_call_by_four() -> None:
    # "I will call you on Friday by 4pm" is the call's time, not a deadline
    (iv,) = blind_case("b326-05")
    assert iv.start == datetime(2026, 10, 16, 16, tzinfo=WAT)
