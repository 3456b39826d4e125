"""Capabilities added in round 17 (session 8, the first contact with blind92-94): Hebrew
interviews, dates, clocks, lengths and people; sales hiring (role-plays, "AE" titles); chatbot
slot offers; bare session invites of an onsite; the owner's own work address on an invite."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import signal_names

from detector import classify, detect
from detector.extract import expand_acronym, pick_role, role_last_resort
from detector.model import Owner, Person, SourceItem
from detector.people import _SELF_IN, _on_labelled_line
from detector.texttime import duration_in, find_times, named_zones, sender_zone

JERUSALEM = ZoneInfo("Asia/Jerusalem")
DENVER = ZoneInfo("America/Denver")
OWNER = Owner(emails=frozenset({"noa.benari@example.com"}))


def _starts(text: str, sent: datetime, tz: ZoneInfo = JERUSALEM) -> list[datetime]:
    return [m.start for m in find_times(text, sent, tz) if not m.not_a_meeting]


def test_hebrew_interview_words_and_look_alikes() -> None:
    assert "interview word" in signal_names("נשמח להזמין אותך לראיון מקצועי")
    assert "interview word" in signal_names("👤 מראיין: רון גבאי")
    assert "confirmed" in signal_names("סגרנו ליום ראשון בשעה 14:00")
    assert "hiring process" in signal_names("לשלב הבא בתהליך למשרת SOC Team Lead")
    # "משרתי המילואים" are the reservists: "משרת" also means "serves"
    assert "hiring process" not in signal_names("לכל משרתי המילואים")
    assert classify.CANCEL.search("נאלצים לבטל את הראיון שנקבע למחר")


def test_hebrew_dates_clocks_and_lengths() -> None:
    sent = datetime(2026, 3, 24, 15, 18, tzinfo=JERUSALEM)
    assert _starts("סגרנו ליום ראשון, 29.03, בשעה 14:00 עם אורי", sent) == [
        datetime(2026, 3, 29, 14, tzinfo=JERUSALEM)
    ]
    (span,) = find_times("יום ראשון, 3 במאי 2026, בין 9:00 ל-11:00", sent, JERUSALEM)
    assert (span.start, span.end) == (
        datetime(2026, 5, 3, 9, tzinfo=JERUSALEM),
        datetime(2026, 5, 3, 11, tzinfo=JERUSALEM),
    )
    assert duration_in("הראיון בזום, כשעה.") == timedelta(hours=1)
    assert duration_in("בשעה 16:00 (כ-45 דקות)") == timedelta(minutes=45)
    assert duration_in("בשעה 16:00") is None  # "at the hour", no length


def test_hebrew_mail_keeps_israels_clock() -> None:
    # Israel moves its clocks on Friday 27 March 2026, Europe two days later: a +02:00 mail in
    # Hebrew is Israel's, so a Sunday 29 March meeting is at +03:00
    sent = datetime(2026, 3, 24, 10, 5, tzinfo=ZoneInfo("Etc/GMT-2"))
    zone = sender_zone(sent, None, named_zones("היי נועה, תודה על השיחה"))
    assert zone == JERUSALEM
    assert ZoneInfo("Asia/Jerusalem") in named_zones("5:00pm - 5:30pm (Israel Time)")


def test_hebrew_people_and_roles() -> None:
    assert _on_labelled_line("👤 מראיין: ")
    assert role_last_resort(
        ["לאשר את הראיון שלך למשרת מהנדס/ת אבטחת ענן (Cloud Security Engineer):"]
    ) == ("Cloud Security Engineer")
    assert pick_role(["for the Outpatient Dietitian position"]) == "Outpatient Dietitian"


def test_a_sales_hire_is_not_a_vendor_demo() -> None:
    # the job being interviewed for is no sales rep's signature
    assert "sales demo" not in signal_names("Position: Account Executive, Mid-Market")
    assert "sales demo" in signal_names("Tyler Brandt | AE, Slotwise")
    roleplay = (
        "The next stage for the Account Executive role is a 60-minute mock discovery call: "
        "you'll run a first call with Owen playing a VP of Finance."
    )
    names = signal_names(roleplay)
    assert "sales role-play" in names and "sales demo" not in names
    assert classify.score(roleplay)[0] >= classify.ACCEPT


def test_sales_titles_are_spelled_out() -> None:
    assert pick_role(["Hiring Manager Interview - AE, Public Sector"]) == (
        "Account Executive, Public Sector"
    )
    assert expand_acronym("Founding AE", []) == "Founding Account Executive"
    assert expand_acronym("SRE", []) == "SRE"  # only titles written one way everywhere


def test_a_chatbots_slot_buttons_are_a_proposal() -> None:
    text = (
        "Just reply with the time that works best for you, or tap a button below:\n"
        "Mon, Mar 9 - 11:00 AM  Tue, Mar 10 - 2:30 PM  Wed, Mar 11 - 9:00 AM"
    )
    assert classify.is_proposal(text, 3)


def test_look_alike_words_in_a_dietitians_and_a_founders_mail() -> None:
    assert "appointment" not in signal_names("a rural produce-prescription program")
    assert "appointment" in signal_names("Your prescription is ready for pick-up")
    # a CEO thanking the friend who forwards the mail: nothing says the owner referred anyone
    assert "user is the interviewer" not in signal_names("Yoni - thanks again for the referral.")
    assert "user is the interviewer" in signal_names("(and thanks Seoyeon for the referral!)")
    assert "newsletter/tips" in signal_names("Welcome to this month's edition from Kaveri")


def test_the_owners_work_address_on_an_invite_is_their_job() -> None:
    owner = frozenset({"noelani.kahale@example.com"})
    signals = classify.structure(
        owner,
        Person("Corinne Pacheco", "cpacheco@county.example"),
        [Person("Kahale, Noelani", "nkahale@county.example"), Person("Jamie", "j@county.example")],
        None,
    )
    assert any(why.startswith("organized by a colleague") for why, _ in signals)


def test_organizer_and_introductions() -> None:
    assert _SELF_IN.search("here's the invite for our chat about the Security Operations role")
    invite = _ics(
        "intro-1",
        "20260409T140000",
        "20260409T150000",
        "Interview - Community Health Program Manager",
        ["Derek Santos:dsantos@waipuna.example"],
        "45-60 min conversation with Derek Santos. Kehau will join the first few minutes for "
        "introductions only.",
        "Kehau Lum:klum@waipuna.example",
    )
    items = [SourceItem("intro.ics", "ics", invite)]
    (found,) = detect(items, OWNER).interviews
    assert [p.email for p in found.interviewers] == ["dsantos@waipuna.example"]


def _ics(
    uid: str,
    start: str,
    end: str,
    summary: str,
    guests: list[str],
    description: str,
    organizer: str,
    tz: str = "America/Denver",
) -> bytes:
    org_name, org_addr = organizer.split(":")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260401T120000Z",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{description}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        "ATTENDEE;CN=Noa Ben-Ari:mailto:noa.benari@example.com",
        *(f"ATTENDEE;CN={g.split(':')[0]}:mailto:{g.split(':')[1]}" for g in guests),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def test_a_stay_of_weeks_is_no_interview() -> None:
    callup = _ics(
        "callup-1",
        "20260507T080000",
        "20260528T170000",
        "Reserve duty - May round",
        [],
        # (words that would make a short invite an interview)
        "Report at the main gate. Your interview with the company commander is the next step.",
        "Unit 5207:unit@reserves.example",
        "Asia/Jerusalem",
    )
    assert detect([SourceItem("callup.ics", "ics", callup)], OWNER).interviews == ()


def test_a_bare_session_invite_joins_the_days_onsite() -> None:
    itinerary = (
        b"From: Carmen Ruiz <carmen@pinyon.example>\r\nTo: noa.benari@example.com\r\n"
        b"Subject: Your virtual onsite itinerary - Pinyon Health\r\n"
        b"Date: Tue, 14 Apr 2026 15:48:00 -0600\r\nMessage-ID: <it1@pinyon.example>\r\n\r\n"
        b"Hi Noa,\r\n\r\nHere is your virtual onsite interview for the Program Manager role on "
        b"Tuesday, April 21, 2026 (Mountain Time):\r\n\r\n"
        b"12:00 PM - 12:45 PM MT  Hiring manager conversation - Grant Holloway\r\n"
        b"12:45 PM - 1:30 PM MT  Case discussion - Anika Shah\r\n\r\nBest,\r\nCarmen\r\n"
    )
    panel = _ics(
        "zoom-panel-1",
        "20260421T140000",
        "20260421T150000",
        "Pinyon Health - Team Panel (Noa Ben-Ari)",
        ["Luis Ortega:luis@pinyon.example"],
        "Carmen Ruiz is inviting you to a scheduled Zoom meeting.",
        "Carmen Ruiz:carmen@pinyon.example",
    )
    items = [
        SourceItem("<it1@pinyon.example>", "rfc822", itinerary),
        SourceItem("panel.ics", "ics", panel),
    ]
    (found,) = detect(items, OWNER).interviews
    assert found.start == datetime(2026, 4, 21, 12, tzinfo=DENVER)
    assert found.end == datetime(2026, 4, 21, 15, tzinfo=DENVER)
