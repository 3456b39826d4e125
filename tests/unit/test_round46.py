"""Capabilities added in round 46 (session 14, the first contact with blind176-178): enterprise
ATS mail, mail attached whole, times in several zones, and their look-alikes."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector.mime import parse_message
from detector.model import SourceItem

ATTACHED = (
    "From: Corinne <corinne@search.example>\r\nTo: cand@example.org\r\nSubject: Fwd: Tom\r\n"
    'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
    "--b\r\nContent-Type: text/plain\r\n\r\nHis note is attached.\r\n"
    "--b\r\nContent-Type: message/rfc822\r\n\r\n"
    "From: Tom Reinholt <tom@juniper.example>\r\nSubject: RE: District Manager\r\n"
    "Content-Type: text/plain\r\n\r\nCould she do Wednesday at 4:00 pm? I'll call her.\r\n"
    "--b--\r\n"
)


def test_a_mail_attached_whole_reads_as_a_forward() -> None:
    msg = parse_message(SourceItem("a", "rfc822", ATTACHED.encode()))
    head, _, forwarded = msg.text.partition("---------- Forwarded message ---------")
    assert "His note is attached." in head
    assert "From: Tom Reinholt <tom@juniper.example>" in forwarded
    assert "I'll call her." in forwarded
    # the client's hiring manager wrote it: the employer and the person to thank are his
    (iv,) = blind_case("b177-06")
    assert iv.company == "Juniper Outdoor Supply"
    assert [p.email for p in iv.interviewers] == ["tom.reinholt@juniper-outdoor.example"]


def test_one_mail_books_two_rounds_with_their_own_people() -> None:
    first, second = blind_case("b176-08")
    assert [p.email for p in first.interviewers] == ["yvette.lindqvist@kesslervance.example"]
    assert [p.email for p in second.interviewers] == ["conrad.aldana@kesslervance.example"]


def test_a_check_in_before_the_itinerary_is_no_session() -> None:
    # "Please check in at the 1st floor security desk by 8:45 AM", then "9:00 AM - 9:45 AM ..."
    (iv,) = blind_case("b176-07")
    assert iv.start.astimezone(UTC) == datetime(2026, 6, 16, 14, tzinfo=UTC)


def test_a_country_time_in_japanese_before_its_clock() -> None:
    # "14:00～15:00（日本時間）" then "※シンガポール時間 13:00～14:00": one slot on two clocks
    (iv,) = blind_case("b178-13")
    assert iv.start.astimezone(UTC) == datetime(2026, 6, 2, 5, tzinfo=UTC)


def test_look_alikes_at_the_owners_own_job() -> None:
    assert "user is the interviewer" in signal_names(
        "ASM candidate interviews. You lead, I'll observe"
    )
    assert blind_case("b177-14") == ()
    assert "other interview types" in signal_names("a standard fact-finding interview")
    assert blind_case("b177-15") == ()
    assert "media interview" in signal_names("for our holiday-staffing feature. The piece runs")
    assert blind_case("b177-22") == ()
    assert "sales demo" in signal_names("Minatoku Freight x Cobaltline - POC week 2 checkpoint")
    assert blind_case("b178-15") == ()
    # a recruiter's "this isn't an interview ... grab 20 minutes here", then the booking
    assert blind_case("b178-17") == ()
    assert "other interview types" in signal_names(
        "Employment Pass - registration of fingerprints and photograph"
    )
    assert "other interview types" not in signal_names("we can sponsor your Employment Pass")
    assert blind_case("b178-18") == ()
