"""Capabilities added in round 21 (session 9, the first contact with blind104-106): names in any
cased script, moves and picks written in replies, agency mail, booking tools' hosts, and the
look-alikes of a UX researcher and an accountant."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, mail, signal_names

from detector import classify, detect, infer_owner
from detector.extract import _spelled_out, pick_company, role_from_segments
from detector.observe import picked_option
from detector.texttime import find_times

TORONTO = ZoneInfo("America/Toronto")
PACIFIC = ZoneInfo("America/Los_Angeles")


def test_names_in_any_cased_script_spell_their_addresses() -> None:
    # the second interviewer's name has no ASCII capital ("Vũ"); the first opens with "Đ"
    body = (
        "Người phỏng vấn: anh Đỗ Minh Khoa – QA Lead (khoa.do@saomai.example) và chị "
        "Vũ Hải Yến – Senior QA Engineer (yen.vu@saomai.example)\r\n\r\n"
        "Thời gian: 14h00 – 15h00, Thứ Năm, ngày 12/03/2026 (giờ Việt Nam)\r\n"
        "Hình thức: Online qua Google Meet\r\n\r\nTrân trọng,\r\nPhạm Ngọc Lan\r\n"
        "HR Executive | Sao Mai Software\r\n"
    )
    item = mail(
        "<v1@saomai.example>",
        "Phạm Ngọc Lan <lan.pham@saomai.example>",
        body,
        "Mon, 09 Mar 2026 10:12:00 +0700",
        "Thư mời phỏng vấn vòng 1 – QA Engineer",
    )
    (found,) = detect([item], infer_owner([item])).interviews
    assert {p.email: p.name for p in found.interviewers} == {
        "khoa.do@saomai.example": "Đỗ Minh Khoa",
        "yen.vu@saomai.example": "Vũ Hải Yến",
    }


def test_moves_written_in_replies() -> None:
    # "pushing to 3:30 works for Owen, he's free until 4:30 anyway": a move inside the booked
    # 3:00-3:45 span, and someone's free time is no end
    (pushed,) = blind_case("b106-03")
    assert (pushed.start, pushed.end) == (
        datetime(2026, 3, 12, 15, 30, tzinfo=PACIFIC),
        datetime(2026, 3, 12, 16, 15, tzinfo=PACIFIC),
    )
    # "Could we do the same time Thursday instead?" about a Calendly booking in another thread
    (same_time,) = blind_case("b106-07")
    assert same_time.start == datetime(2026, 4, 2, 10, tzinfo=TORONTO)
    # moved to Friday, then "Could we go back to Wednesday the 25th at 2 p.m.?"
    (back,) = blind_case("b106-08")
    assert back.start == datetime(2026, 3, 25, 14, tzinfo=TORONTO)
    assert classify.RESCHEDULE.search("Perfect - back to Wednesday at 2 then.")
    assert classify.RESCHEDULE.search("we'll need to move Eleanor's interview from 2.30pm")
    assert not classify.RESCHEDULE.search("we'd like to move forward with an interview")


def test_a_reply_picks_an_option_from_the_quoted_list() -> None:
    eastern = ZoneInfo("America/New_York")
    sent = datetime(2026, 3, 4, 9, 5, tzinfo=eastern)
    quoted = (
        "Here are a few options for next week (all Eastern):\n\n"
        "1. Monday 3/9, any time after 1:00 pm\n2. Tuesday 3/10 at 10:30 am\n"
        "3. Wednesday 3/11, 4-5 pm\n"
    )
    picked = picked_option("Let's do the second option!", quoted, sent, eastern)
    assert picked is not None and picked.start == datetime(2026, 3, 10, 10, 30, tzinfo=eastern)
    assert picked_option("Thanks for the options!", quoted, sent, eastern) is None


def test_one_slot_on_two_clocks_is_one_instant() -> None:
    sent = datetime(2026, 4, 2, 9, 15, tzinfo=PACIFIC)
    first, second = find_times("Tuesday, here's the link for 7:30 PT / 10:30 ET", sent, PACIFIC)
    assert first.start == second.start
    assert first.start.astimezone(PACIFIC).hour == 7


def test_slots_that_close_at_a_time_are_a_deadline() -> None:
    sent = datetime(2026, 4, 9, 9, 15, tzinfo=PACIFIC)
    (close,) = find_times("Slots for next week close Friday at 5pm Pacific", sent, PACIFIC)
    assert close.not_a_meeting


def test_new_hiring_words() -> None:
    assert "screen/round" in signal_names("The next step is a 45-minute technical screen")
    # a live coding interview on a test platform is a conversation, not a test
    live = "Stormpetrel has invited you to a live coding interview on HackerRank."
    assert "live conversation" in signal_names(live)
    assert classify.score(live)[0] > 0
    # "UX Researcher" names a job, which gives an interview word its hiring context
    assert "interview word without hiring context" not in signal_names(
        "Mixed-methods interview - UX Researcher (Brightwater Learning)"
    )
    # a scheduling tool's "Booking reference" is no flight
    assert "travel booking" not in signal_names("Booking reference: BWL-3BD71C2E")


def test_new_lookalikes() -> None:
    assert "speaking engagement" in signal_names(
        "You're confirmed as one of our lightning speakers for the March meetup."
    )
    assert "agency registration" in signal_names(
        "I like to have a quick registration interview with every candidate"
    )
    assert "rejection" in signal_names(
        "they've decided to go with a candidate who has more industry experience, so they "
        "won't be progressing you to the next stage"
    )
    assert "training course" in signal_names(
        "Course: Motivational Interviewing for Housing Practitioners (2 days)"
    )
    # the speaker, the registration and the rejection cases stay empty
    for prefix in ("b106-15", "b105-14", "b105-18"):
        assert blind_case(prefix) == (), prefix


def test_agency_mail() -> None:
    # a cancellation because the owner took an offer elsewhere still cancels
    (withdrawn,) = blind_case("b105-07")
    assert withdrawn.status == "cancelled"
    # "08:45 Arrival", then the day's rows down to "16:30 Close"
    (centre,) = blind_case("b105-03")
    assert centre.end == datetime(2026, 4, 8, 16, 30, tzinfo=ZoneInfo("Europe/London"))
    # the agency forwards the client's note: its Cc line is the panel the body names
    (panel,) = blind_case("b105-04")
    assert {p.email for p in panel.interviewers} == {
        "marcus.hale@kirkgatebank.example",
        "ruth.okafor@kirkgatebank.example",
    }
    # a contract recruiter on personal mail names the client
    text = "Rhonda Keel\nKeel Talent | recruiting for Kitehill\n(650) 555-0193"
    assert pick_company([text], [], [])[0] == "Kitehill"


def test_booking_tools_and_invites() -> None:
    # the booking's host wrote the mail with the link: it names the job
    (screen,) = blind_case("b104-03")
    assert screen.role == "Senior UX Researcher"
    # Google's invitation text marks a guest "- optional": no interviewer
    screen_call, manager = blind_case("b104-10")
    assert screen_call.company == "Kitehill"
    assert [p.email for p in manager.interviewers] == ["dana.whitcombe@kitehill.example"]
    # a forwarded Outlook invite: its organizer says what she will ask
    (forwarded,) = blind_case("b104-05")
    assert [p.email for p in forwarded.interviewers] == ["wren.aldana@saltchuck.example"]
    summary = "Tessa <> Oren (Pennywhistle founding researcher)"
    assert role_from_segments(summary, "Pennywhistle") == "Founding researcher"
    texts = ["Grand Canal Fund Services have confirmed Tuesday 12th at 14h"]
    assert _spelled_out("Grand Canal FS", texts) == "Grand Canal Fund Services"
