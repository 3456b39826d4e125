"""Capabilities added in round 18 (session 8, the first contact with blind95-97): enterprise HR
suites and job-board relays, company names spelled by initials, Saskatchewan's clock, labelled
From/To fields, site-visit timetables among flights, Arabic interviews and digits, look-alike
conversations opened by an editor."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from _detdata import signal_names

from detector import classify, detect, infer_owner
from detector.domains import is_ats_domain
from detector.extract import (
    _domain_match,
    company_candidates,
    is_machine_address,
    pick_role,
    role_last_resort,
)
from detector.model import SourceItem
from detector.observe import text_when
from detector.people import _SELF_IN, address_of_name
from detector.texttime import duration_in, find_times, zone_called_yours
from followup.detect_cmd import read_mailbox

RIYADH = ZoneInfo("Asia/Riyadh")
BLIND97 = Path(__file__).resolve().parents[1] / "data" / "blind97"
EDMONTON = ZoneInfo("America/Edmonton")
REGINA = ZoneInfo("America/Regina")


def test_company_names_spelled_by_their_domains() -> None:
    # the initials, then the last word (or its start); the first and last words
    assert _domain_match("Carolina Piedmont Health", "cphealth")
    assert _domain_match("Prairie Dominion Railway", "pdrail")
    assert _domain_match("Daem Industrial Supplies", "daemsupplies")
    # a key that ends mid-word is no name: "Halcyon CRA II" is not halcyoncr
    assert not _domain_match("Halcyon CRA II", "halcyoncr")
    assert _domain_match("Halcyon Clinical Research", "halcyoncr")
    line = "Keon Batts | Talent Acquisition Consultant | Carolina Piedmont Health\n2301 Erwin Rd"
    assert "Carolina Piedmont Health" in company_candidates([line])
    assert "NNDC" in company_candidates(["Venue: the assessment at NNDC Head Office, Riyadh"])


def test_hr_suites_and_relays_are_vendors() -> None:
    assert is_ats_domain("paycomonline.example")
    assert is_ats_domain("cphealth.csod.example")
    assert is_machine_address("reply-7f3a2c91e4@relay.wazifaboard.example")
    assert address_of_name("Hessa Al-Dosari", ["hessa.dosari@rimal.example"]) == (
        "hessa.dosari@rimal.example"
    )


def test_titles_with_a_level_and_a_job_boards_header() -> None:
    assert pick_role(["your application for the CRA II (home-based, Southeast) opening"]) == (
        "CRA II (home-based, Southeast)"
    )
    header = (
        "Foothills Shortline Railway · Heavy Equipment Maintenance Planner - Maintenance of Way"
    )
    assert role_last_resort([header]) == "Heavy Equipment Maintenance Planner - Maintenance of Way"
    assert (
        role_last_resort(["دعوة لمقابلة شخصية - وظيفة محلل سلاسل الإمداد"]) == "محلل سلاسل الإمداد"
    )


def test_saskatchewan_keeps_central_standard_time() -> None:
    sent = datetime(2026, 3, 4, 9, 5, tzinfo=REGINA)
    (m,) = find_times("you're confirmed on Tuesday, March 24, 10:30 a.m. CST", sent, REGINA)
    assert m.start == datetime(2026, 3, 24, 10, 30, tzinfo=REGINA)
    assert m.start.utcoffset() == timedelta(hours=-6)
    (m,) = find_times("Tuesday, March 24 at half past ten, Sask time", sent, EDMONTON)
    assert m.start.utcoffset() == timedelta(hours=-6)
    # "8:00 a.m. MST (your time - 9:00 here)": the reader's zone, for mail that says "your time"
    assert zone_called_yours("Tuesday, March 3 at 8:00 a.m. MST (your time - 9:00 a.m. here)") == (
        ZoneInfo("America/Denver")
    )


def test_lengths_and_labelled_end_fields() -> None:
    assert duration_in("Plan on about an hour and a half") == timedelta(minutes=90)
    assert duration_in("1.5 hours") == timedelta(minutes=90)
    assert duration_in("2.5 hrs") == timedelta(minutes=150)
    form = (
        "Date           : 05-May-2026\nFrom           : 08:30 AM\nTo             : 01:30 PM\n"
        "Time Zone      : (GMT-06:00) Mountain Time - Yellowknife\n"
    )
    found = text_when(form, datetime(2026, 4, 21, 10, tzinfo=EDMONTON), EDMONTON)
    assert (found.start, found.end) == (
        datetime(2026, 5, 5, 8, 30, tzinfo=EDMONTON),
        datetime(2026, 5, 5, 13, 30, tzinfo=EDMONTON),
    )


def test_a_site_visit_timetable_among_flights() -> None:
    itinerary = (
        "MONDAY, MAY 4 - Calgary to Yellowknife\n"
        "  Boreal Air BA 2291, departs YYC 18:10, arrives YZF 20:25\n\n"
        "TUESDAY, MAY 5 - site day (all times Mountain time)\n"
        "  05:45  Check in at the hangar, Yellowknife Airport\n"
        "  06:30  Charter departs YZF\n"
        "  08:30 - 09:30  Interview with Pat Zoe, Maintenance Superintendent\n"
        "  10:45 - 11:45  Panel: Ingrid Sveinsson and Michel Arcand\n"
        "  12:30 - 1:30 p.m.  Wrap-up conversation with Olu Bankole, General Manager\n"
        "  15:30  Charter departs site\n"
    )
    names = signal_names(itinerary)
    assert "interview timetable" in names and "travel booking" not in names
    found = text_when(itinerary, datetime(2026, 4, 21, 14, tzinfo=EDMONTON), EDMONTON)
    assert (found.start, found.end) == (
        datetime(2026, 5, 5, 8, 30, tzinfo=EDMONTON),
        datetime(2026, 5, 5, 13, 30, tzinfo=EDMONTON),
    )


def test_arabic_interview_digits_and_cancellation() -> None:
    text = "يسعدنا دعوتكم لإجراء مقابلة شخصية يوم الثلاثاء ١٤ أبريل ٢٠٢٦ الساعة ١٠:٣٠ صباحاً"
    assert "interview word" in signal_names(text)
    assert "hiring process" in signal_names("بالإشارة إلى طلبكم للتقديم على وظيفة محلل")
    sent = datetime(2026, 4, 6, 12, 5, tzinfo=RIYADH)
    assert [m.start for m in find_times(text, sent, RIYADH)] == [
        datetime(2026, 4, 14, 10, 30, tzinfo=RIYADH)
    ]
    (afternoon,) = find_times("الساعة ٢:٣٠ مساءً", sent, RIYADH)
    assert afternoon.start.hour == 14
    assert classify.CANCEL.search("نعتذر منكِ عن إلغاء موعد المقابلة")
    assert "rejection" in signal_names("نأسف لإبلاغكِ بأنه لم يتم اختياركِ للمرحلة التالية")


def test_look_alikes_of_this_batch() -> None:
    # a parking ticket to validate is no event ticket; a search committee is academic hiring
    names = signal_names(
        "On behalf of the search committee ... bring your ticket to Room 3120 for validation"
    )
    assert "event/fair" not in names and "screen/round" in names
    # the owner questioning someone at work
    assert "user is the interviewer" in signal_names(
        "You wanted to interview the study coordinator"
    )
    assert "user is the interviewer" not in signal_names("We would like to interview you")
    assert "appointment" in signal_names("your home finance application ... our credit review")
    assert "media interview" in signal_names("I'm an editor at Gulf Supply Chain Review")
    # the agency recruiter who calls after the interview does not conduct it
    assert not _SELF_IN.search("I'll give you a call afterwards to debrief.")
    assert _SELF_IN.search("I'll give you a call on Tuesday at 10.")
    assert _SELF_IN.search("I'm looking forward to our\nconversation on Tuesday")


def _mail(mid: str, sender: str, sent: str, subject: str, body: str, reply_to: str = "") -> bytes:
    head = (
        f"From: {sender}\r\nTo: Sam Lee <sam.lee@example.com>\r\nSubject: {subject}\r\n"
        f"Date: {sent}\r\nMessage-ID: <{mid}>\r\n"
    )
    head += f"In-Reply-To: <{reply_to}>\r\nReferences: <{reply_to}>\r\n" if reply_to else ""
    return (head + "\r\n" + body + "\r\n").encode()


def test_an_editors_conversation_books_no_job_interview() -> None:
    # the editor asks for "a 30-minute interview ... for a feature"; the owner names a time;
    # the editor's "Perfect - Tuesday 21 April, 2:30 pm KSA" books the press interview
    case = next(BLIND97.glob("b97-22-*"))
    items = read_mailbox(case)
    assert len(items) == 3
    assert detect(items, infer_owner(items)).interviews == ()


def test_the_named_interviewer_joins_the_ats_notice_and_gives_the_length() -> None:
    notice = _mail(
        "p1@paycomonline.example",
        "Bluestem Site Network <no-reply@paycomonline.example>",
        "Wed, 13 May 2026 15:05:00 -0400",
        "Interview Scheduled - Regional Clinical Research Manager",
        "An interview has been scheduled for the position of Regional Clinical Research "
        "Manager.\r\nDate: 05/20/2026\r\nTime: 12:00 PM EDT\r\nInterviewer(s): Lorna Vaszary\r\n",
    )
    note = _mail(
        "l1@bluestemsites.example",
        "Lorna Vaszary <lvaszary@bluestemsites.example>",
        "Thu, 14 May 2026 08:12:00 -0400",
        "See you Wednesday",
        "Looking forward to meeting you in person on Wednesday at noon! Plan on about 90 "
        "minutes.\r\n\r\nLorna Vaszary\r\nDirector of Site Operations\r\nBluestem Site Network",
    )
    items = [
        SourceItem("<p1@paycomonline.example>", "rfc822", notice),
        SourceItem("<l1@bluestemsites.example>", "rfc822", note),
    ]
    (found,) = detect(items, infer_owner(items)).interviews
    eastern = ZoneInfo("America/New_York")
    assert found.company and found.company.startswith("Bluestem Site")
    assert (found.start, found.end) == (
        datetime(2026, 5, 20, 12, tzinfo=eastern),
        datetime(2026, 5, 20, 13, 30, tzinfo=eastern),
    )
    assert [p.email for p in found.interviewers] == ["lvaszary@bluestemsites.example"]


def test_a_tools_reminder_after_the_cancellation_is_stale() -> None:
    # Workable cancels the invite, then still sends "you have an interview tomorrow at 11:00"
    # (mail from any ATS brand now counts as hiring context, which let the reminder through)
    case = next((BLIND97.parent / "blind65").glob("b65-12-*"))
    items = read_mailbox(case)
    (found,) = detect(items, infer_owner(items)).interviews
    assert found.status == "cancelled"
