"""Capabilities added in round 60 (session 17, the first contact with blind235-238): an
Anchorage biologist's terse American mail, a Bangkok engineer in Thai, a Riga specialist in
Latvian, Estonian and Russian, a Winnipeg dispatcher's sloppy Canadian English."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from _detdata import blind_case, misread_times

from detector import texttime
from detector.extract import has_quote_start


def test_english_look_alikes_and_phones() -> None:
    tz = timezone(timedelta(hours=-5))
    ref = datetime(2026, 10, 13, 10, tzinfo=tz)
    # a phone's three digits beside the day; a street number stays one
    (found,) = texttime.find_times("a quick phone call tmrw at 230?", ref, tz)
    assert (found.start.hour, found.start.minute) == (14, 30)
    assert texttime.find_times("meet at 230 Main St tomorrow", ref, tz) == []
    # "Unit 4 - 2200 McGillivray Blvd" is an address, not 4 to 22:00; "dambī 17a" no morning
    assert texttime.find_times("Unit 4 - 2200 McGillivray Blvd, Winnipeg MB", ref, tz) == []
    assert texttime.find_times("Ganību dambī 17a (3. stāvs)", ref, tz) == []
    (iv,) = blind_case("b238-01")  # Indeed's scam warning is no "personal banking" visit
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 14, 19, 30, tzinfo=UTC)
    assert len(blind_case("b238-08")) == 2
    assert blind_case("b238-15") == ()  # a WCB return-to-work meeting
    # the owner interviews ("thanks for agreeing to lead this one"); the candidate's reply
    # ("I'm really excited about the weir crew job") is his own interview
    assert blind_case("b235-11") == ()
    assert blind_case("b235-16") != ()  # "it's a one-on-one, about an hour" is the interview
    # a float plane's "8:00 departure" on the interview day is no ticket
    (iv,) = blind_case("b235-10")
    assert iv.status == "cancelled"
    # a timetable's wrapped rows under "Tuesday, November 10": the day is theirs
    (iv,) = blind_case("b235-22")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 10, 17, 30, tzinfo=UTC)
    # a texting gateway's "(907) 555-0163" is no company
    (iv,) = blind_case("b235-19")
    assert iv.company is not None and "555" not in iv.company


def test_thai() -> None:
    tz = timezone(timedelta(hours=7))
    ref = datetime(2026, 10, 5, 16, 42, tzinfo=tz)
    said = {
        "วันที่: พรุ่งนี้ (วันอังคาร)\nเวลา: 14.00 น.": datetime(2026, 10, 6, 14),
        "วันพฤหัสบดีที่ 15 ต.ค. 2569\nเวลา : 09.30 น.": datetime(2026, 10, 15, 9, 30),
        "2) วันอังคารที่ 10 พ.ย. 69 เวลา 14.00 น.": datetime(2026, 11, 10, 14),
    }
    assert misread_times(said, ref, tz) == []
    assert texttime.duration_in("ใช้เวลาประมาณ 30 นาที") == timedelta(minutes=30)
    # an English test at 08.30, then the interview at 09.30 (in rows and in prose)
    (iv,) = blind_case("b236-03")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 20, 2, 30, tzinfo=UTC)
    # "ให้เลือก" offers slots; a rejection, the owner as interviewer, a work permit
    (iv,) = blind_case("b236-12")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 10, 7, tzinfo=UTC)
    for case in ("b236-17", "b236-18", "b236-22"):
        assert blind_case(case) == (), case
    # "a recent 8D or supplier audit example" is the candidate's own work, no audit
    assert len(blind_case("b236-05")) == 1


def test_baltic_and_russian() -> None:
    tz = timezone(timedelta(hours=3))
    ref = datetime(2026, 9, 14, 16, 42, tzinfo=tz)
    said = {
        "pa telefonu rīt plkst. 10:00": datetime(2026, 9, 15, 10),
        "Kas teile sobiks kolmapäeval, 7. oktoobril kell 11.00": datetime(2026, 10, 7, 11),
        "nākamnedēļ otrdien plkst. 9:30?": datetime(2026, 9, 22, 9, 30),
    }
    assert misread_times(said, ref, tz) == []
    assert texttime.duration_in("aptuveni 30 minūtes") == timedelta(minutes=30)
    assert texttime.duration_in("Pārrunas ilgs apmēram stundu.") == timedelta(hours=1)
    assert texttime.duration_in("займёт около часа") == timedelta(hours=1)
    # Estonian Gmail's attribution with its clock opens a quote
    assert has_quote_start(
        "Kadri Tamm (<k@x.example>) kirjutas kuupäeval R, 2. okt 2026 kell 15:48:"
    )
    # a windows-1251 thread passes the byte prescreen
    (iv,) = blind_case("b237-08")
    assert iv.start.astimezone(UTC) == datetime(2026, 9, 24, 9, tzinfo=UTC)
    for case in ("b237-17", "b237-19", "b237-22"):
        assert blind_case(case) == (), case  # language test, booking link, webinar
    _, second = blind_case("b237-03")
    assert second.start.astimezone(UTC) == datetime(2026, 10, 8, 10, tzinfo=UTC)
