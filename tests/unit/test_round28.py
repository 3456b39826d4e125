"""Capabilities added in round 28 (session 10, the first contact with blind125-127): Bahasa
Indonesia, a chat the owner forwarded to themself, a client's invite forwarded by an agency,
a founder on personal mail, and look-alikes from the tools a job seeker uses."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.texttime import find_times

JAKARTA = ZoneInfo("Asia/Jakarta")


def test_indonesian_dates_clocks_and_words() -> None:
    ref = datetime(2026, 3, 2, 10, tzinfo=JAKARTA)  # a Monday

    def start(text: str) -> datetime:
        (found,) = find_times(text, ref, JAKARTA)
        return found.start

    assert start("besok jam setengah 11 pagi") == datetime(2026, 3, 3, 10, 30, tzinfo=JAKARTA)
    assert start("hari Kamis pukul 14.00 WIB") == datetime(2026, 3, 5, 14, tzinfo=JAKARTA)
    assert start("Sabtu jam 7 malam") == datetime(2026, 3, 7, 19, tzinfo=JAKARTA)
    assert start("hari Kamis pukul 14.00 WITA").utcoffset() == ZoneInfo("Asia/Makassar").utcoffset(
        datetime(2026, 3, 5)
    )
    # a numbered row's "1. 09.00 - 10.00 WIB" is no 1 September
    assert start("1. 09.00 - 10.00 WIB  Interview HR").month == 3
    assert {"interview word", "hiring process"} <= signal_names(
        "Menindaklanjuti lamaran Anda, kami mengundang Anda untuk wawancara"
    )
    # "jadwal interview ... dibatalkan": cancelled
    (cancelled,) = blind_case("b126-04")
    assert cancelled.status == "cancelled"
    assert "assessment" in signal_names("Undangan psikotes online, Sabtu pukul 08.00 WIB")


def test_a_chat_the_owner_forwarded_to_themself() -> None:
    # "[03/03/26 16.12] Dewi HR Gerobak: ... interview teknikal ... besok ya kak, Rabu 4 Maret
    # jam setengah 11 pagi": the company and whom to thank come from Dewi's own earlier mail
    (chat,) = blind_case("b126-09")
    assert chat.start == datetime(2026, 3, 4, 10, 30, tzinfo=JAKARTA)
    assert chat.company == "Gerobak"
    assert chat.role == "Mobile Developer (Kotlin)"
    assert chat.recruiter is not None
    assert chat.recruiter.email == "dewi.anggraeni@gerobak.example"


def test_an_agency_forwards_the_clients_invite() -> None:
    # "FW: Interview ...": the agency recruiter is the only other guest of the hiring manager's
    # invite; the hiring manager holds it
    (forwarded,) = blind_case("b125-03")
    assert [p.email for p in forwarded.interviewers] == ["anjali.deshmukh@carrowpike.example"]


def test_a_founder_on_personal_mail_and_look_alikes() -> None:
    # "I'm one of two cofounders at Lumenfold"
    (founder,) = blind_case("b127-02")
    assert founder.company == "Lumenfold"
    for prefix in ("b127-12", "b127-13", "b127-14", "b127-19"):
        # "Halcyon Freight viewed your application", an interview-review digest, a coding
        # contest, a car's service appointment
        assert blind_case(prefix) == ()
