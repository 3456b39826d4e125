"""Capabilities added in round 31 (session 11, the first contact with blind134-136): Indian
hiring's Hinglish and drive schedules, Swedish and Danish mail, a staffing agency's Outlook
forward stamped in UTC, and look-alikes from a paralegal's working day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, blind_items, signal_names

from detector import infer_owner
from detector.observe import text_when
from detector.texttime import find_times

KOLKATA = ZoneInfo("Asia/Kolkata")
STOCKHOLM = ZoneInfo("Europe/Stockholm")
CHICAGO = ZoneInfo("America/Chicago")


def test_hinglish_booking() -> None:
    ref = datetime(2026, 3, 16, 11, 2, tzinfo=KOLKATA)
    # "kal" (tomorrow) and "baje" (o'clock): "1st round kal (Tuesday) 12 baje"
    (slot,) = find_times("1st round kal (Tuesday) 12 baje rakh sakte hai?", ref, KOLKATA)
    assert slot.start == datetime(2026, 3, 17, 12, tzinfo=KOLKATA)
    (today,) = find_times("aaj 4 baje", ref, KOLKATA)
    assert today.start == datetime(2026, 3, 16, 16, tzinfo=KOLKATA)
    # (a name "Kal" stays a name)
    assert all(m.start.day != 17 for m in find_times("Kal Penn will call Friday 3pm", ref, KOLKATA))
    fired = signal_names("Aniket Sawant ka L1 aaj 4 pm fix kar diya hai for Data Engineer")
    assert {"screen/round", "confirmed"} <= fired
    (chat,) = blind_case("b135-04")
    assert chat.start == datetime(2026, 3, 10, 16, tzinfo=KOLKATA)


def test_drive_schedule_and_panelist() -> None:
    # the rows' times stand in a right-hand column under "Drive date : Saturday, 14 March
    # 2026"; the assessment "held on Saturday, 28 February" is past and no day of it
    text = (
        "Based on your performance in the online assessment held on Saturday, 28 February 2026,"
        " you have been shortlisted for the interview rounds\n\n"
        "Drive date   : Saturday, 14 March 2026\n\nRound schedule (all timings IST):\n"
        "Round 1 - Technical Interview (Python, SQL)            10:00 AM - 11:00 AM\n"
        "Round 2 - Technical Interview (Spark, Data Modelling)  11:30 AM - 12:30 PM\n"
        "Lunch break                                            12:30 PM - 01:30 PM\n"
        "Round 3 - Managerial Interview                         02:30 PM - 03:15 PM\n"
        "Round 4 - HR Discussion                                04:00 PM - 04:30 PM\n"
    )
    when = text_when(text, datetime(2026, 3, 9, 11, 20, tzinfo=KOLKATA), KOLKATA)
    assert (when.start, when.end) == (
        datetime(2026, 3, 14, 10, tzinfo=KOLKATA),
        datetime(2026, 3, 14, 16, 30, tzinfo=KOLKATA),
    )
    assert "assessment" not in signal_names(text)
    # the move keeps the rounds: "Round 1 starts at 10:00 AM IST and the HR discussion will
    # be completed by 4:30 PM IST" ends at 4:30
    (moved,) = blind_case("b135-03")
    assert moved.end == datetime(2026, 3, 21, 16, 30, tzinfo=KOLKATA)
    # "Panelist: Ananya Bose" names who interviews; a conference's panelists do not
    assert "speaker/event call" not in signal_names("new slot. Panelist: Ananya Bose, Principal")
    assert "speaker/event call" in signal_names("You'll join two fellow panelists on stage")
    _cancelled, rebooked = blind_case("b135-12")
    assert rebooked.status == "scheduled"


def test_standalone_invite_greets_its_owner() -> None:
    # a founder's own calendar file: he organizes and attends, the description greets the
    # candidate ("Hi Aniket - last step in the process")
    owner = infer_owner(blind_items("b135-13"))
    assert owner.emails == {"aniket.sawant@example.com"}


def test_swedish_and_danish() -> None:
    ref = datetime(2026, 3, 16, 16, 40, tzinfo=STOCKHOLM)
    (past,) = find_times("träffa oss på intervjun i tisdags (10/3 kl. 13.00)", ref, STOCKHOLM)
    assert past.start == datetime(2026, 3, 10, 13, tzinfo=STOCKHOLM)  # Tuesday, not 3 October
    (tomorrow,) = find_times("Då ses vi imorgon kl. 10.30", ref, STOCKHOLM)
    assert tomorrow.start == datetime(2026, 3, 17, 10, 30, tzinfo=STOCKHOLM)
    assert "rejection" in signal_names("valt att gå vidare med en annan kandidat")
    assert "media interview" in signal_names("redaktör för Designhögskolans alumnimagasin")
    # "kl." is no sentence end: two days offered, nothing booked yet
    offer = text_when(
        "Passar tisdag 3/3 kl. 09.00 eller onsdag 4/3 kl. 15.30?",
        datetime(2026, 2, 25, 16, 47, tzinfo=STOCKHOLM),
        STOCKHOLM,
    )
    assert offer.proposal
    (fika,) = blind_case("b136-09")  # the founder's fika, booked "imorgon kl. 10.30"
    assert fika.start == datetime(2026, 3, 11, 10, 30, tzinfo=STOCKHOLM)
    (moved,) = blind_case("b136-05")  # "Intervju: Produktdesigner - ...": a job, not media
    assert moved.start == datetime(2026, 4, 1, 15, tzinfo=STOCKHOLM)
    (second,) = blind_case("b136-11")  # Danish "Anden samtale" in a Calendar API event
    assert second.start == datetime(2026, 3, 25, 11, tzinfo=ZoneInfo("Europe/Copenhagen"))
    assert blind_case("b136-19") == ()  # a Teamtailor rejection that names the past interview


def test_look_alikes_of_a_working_day() -> None:
    # a fair's opening and a court reporter's "following job" are no hiring process
    assert "hiring process" not in signal_names("lovely to bump into you at the fair opening!")
    assert "hiring process" not in signal_names("This confirms the following job:\n\nJob #: 48217")
    assert "hiring process" in signal_names("Happy to tell you more about the job.")
    assert blind_case("b134-15") == ()
    assert blind_case("b136-14") == ()
    # "See you tomorrow at 10.30 at Café Pascal" settles the day
    assert "confirmed" in signal_names("Perfect! See you tomorrow at 10.30 at Café Pascal")


def test_outlook_forward_stamped_in_utc() -> None:
    # Outlook stamps the Date in +00:00; the quoted client mail is signed in Chicago, so
    # "Monday 9/14 at 1:30" is 1:30 in Chicago, and the candidate's name in the submittal's
    # subject is not the employer
    (forwarded,) = blind_case("b134-12")
    assert forwarded.start == datetime(2026, 9, 14, 13, 30, tzinfo=CHICAGO)
    assert forwarded.company != "Delia Marchetti"


def test_who_conducts_in_nordic_invites() -> None:
    # "Andra intervju med Viktor Ahlgren och Sofia Ek": the organizer conducts it too
    _phone, second = blind_case("b136-07")
    assert {p.email for p in second.interviewers} == {
        "viktor.ahlgren@tegelbruket.example",
        "sofia.ek@tegelbruket.example",
    }
    # a half day sent as a programme and three invites, two of them with no hiring words
    # ("Meet the team", "Case workshop"): one onsite with all four hosts, to the last session
    (loop,) = blind_case("b136-08")
    assert len(loop.interviewers) == 4
    assert loop.end == datetime(2026, 4, 14, 13, 30, tzinfo=ZoneInfo("Europe/Copenhagen"))
    # the booking mail for the first interview ("första intervju ... med Amira") lends nothing
    # to the second interview's invite; an ATS's "reply+k41k-77@inbound..." is no person
    first, second_round = blind_case("b81-10")
    assert "amira.haddad@kassaberg.example" not in {p.email for p in second_round.interviewers}
    assert all("hirevik" not in p.email for p in first.interviewers)
