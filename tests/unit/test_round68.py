"""Capabilities added in round 68 (session 19, the first contact with blind266-269): a Yerevan
data scientist writing Armenian, a Manchester occupational therapist in the NHS's mail, a
Montevideo researcher, a Houston electrician."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import classify, texttime
from detector.mime import parse_message
from detector.model import SourceItem


def test_an_interview_letter_sent_as_text() -> None:
    raw = (
        b"From: Trust <no-reply@trac.jobs>\r\nTo: n@example.com\r\nSubject: Invitation\r\n"
        b"Date: Thu, 03 Sep 2026 14:22:05 +0100\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nYour interview letter is attached.\r\n--b\r\n"
        b'Content-Type: text/plain\r\nContent-Disposition: attachment; filename="Interview '
        b'Invitation Letter - 349.txt"\r\n\r\nTime: 10.30am\r\n--b\r\n'
        b'Content-Type: text/plain\r\nContent-Disposition: attachment; filename="notes.txt"'
        b"\r\n\r\nsomething else\r\n--b--\r\n"
    )
    text = parse_message(SourceItem("x", "rfc822", raw)).text
    assert "10.30am" in text and "something else" not in text
    (iv,) = blind_case("b267-01")
    assert iv.start == datetime(2026, 9, 16, 9, 30, tzinfo=UTC)
    assert iv.end == datetime(2026, 9, 16, 10, 45, tzinfo=UTC)


def test_nhs_mail() -> None:
    london = ZoneInfo("Europe/London")
    ref = datetime(2026, 9, 3, 14, tzinfo=london)
    # "(Band 8a)" is a pay band, not 8 in the morning
    found = texttime.find_times("Service Manager (Band 8a)\nDate: Wed 16 September", ref, london)
    assert all(m.start.hour != 8 for m in found)
    assert texttime.duration_in("Please allow 1 hour 15 minutes in total") == timedelta(minutes=75)
    assert ZoneInfo("Europe/London") in texttime.zone_words("Croft Moor NHS Foundation Trust")
    # a UTC-stamped forward from the owner's work account, of an NHS Jobs invitation
    (iv,) = blind_case("b267-22")
    assert iv.start == datetime(2026, 9, 11, 8, tzinfo=UTC)
    # "Arrival time: 9.15am" is no flight when "Interview: 9.30am - 10.30am" follows
    assert "interview timetable" in signal_names("Interview:     9.30am - 10.30am")
    (iv,) = blind_case("b267-09")
    assert iv.start == datetime(2026, 10, 21, 8, 30, tzinfo=UTC)
    assert len(blind_case("b267-07")) == 2
    # the feedback call after a rejection
    assert "rejection" in signal_names("I'd be very happy to give you some feedback.")
    assert blind_case("b267-23") == ()


def test_trades() -> None:
    said = "Rafa - sit in with me on this one, he'd be on your crew. Ask him field questions."
    assert "user is the interviewer" in signal_names(said)
    assert blind_case("b269-18") == ()
    # the candidate's own questions are no sign of it
    aside = "You'll sit in with me for the first hour. Feel free to ask her questions at the end."
    assert "user is the interviewer" not in signal_names(aside)
    ride = "Ride-along w/ Marcus Tate - Service Foreman candidate (Rafael Q.)"
    assert "screen/round" in signal_names(ride)
    (iv,) = blind_case("b269-08")
    assert iv.start == datetime(2026, 10, 16, 12, tzinfo=UTC)


def test_armenian() -> None:
    assert "interview word" in signal_names("Ձեզ համար նշանակել ենք հեռախոսային հարցազրույց")
    yerevan = ZoneInfo("Asia/Yerevan")
    ref = datetime(2026, 10, 8, 14, tzinfo=yerevan)
    found = texttime.find_times("երեքշաբթի, հոկտեմբերի 13-ին, ժամը 15:00-ին", ref, yerevan)
    assert [m.start for m in found] == [datetime(2026, 10, 13, 15, tzinfo=yerevan)]
    found = texttime.find_times("Հրավիրում ենք Ձեզ հարցազրույցի վաղը՝ ժամը 11:00-ին", ref, yerevan)
    assert [m.start for m in found] == [datetime(2026, 10, 9, 11, tzinfo=yerevan)]
    assert texttime.duration_in("Զրույցը կտևի մոտ 30 րոպե") == timedelta(minutes=30)
    assert ZoneInfo("Asia/Yerevan") in texttime.named_zones("Հարգանքով՝ Լիլիթ")
    # a condominium's general meeting that interviews candidate managers
    assert "non-job meeting" in signal_names("ՀԱՄԱՏԻՐՈՒԹՅՈՒՆԸ հրավիրում է ընդհանուր ժողովի")
    assert blind_case("b266-16") == ()
    for case in ("b266-01", "b266-11", "b266-13"):
        assert len(blind_case(case)) == 1, case
    (iv,) = blind_case("b266-01")
    assert iv.recruiter is not None
    assert iv.recruiter.email == "lilit.grigoryan@akhuryanbank.example"
    assert classify.is_reschedule("moramo pomaknuti razgovor")
