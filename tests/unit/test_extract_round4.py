"""Round-4 root causes of the unseen sets' extraction misses, each pinned in general form.

Invented wording throughout: the point is the KIND of input (an invite relayed by a meeting
tool, a regional zone name across a DST change, an optional guest, a bare title line), never a
particular sender.
"""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from detector.domains import has_tool_brand, is_free_mail
from detector.extract import company_domains, is_vendor_domain, pick_company, pick_role
from detector.model import Attendee, CalendarEvent, Owner, Person
from detector.observe import observe_event
from detector.people import interviewers_of
from detector.texttime import find_times

OWNER = Owner(emails=frozenset({"ana.veld@post.example"}))


@pytest.mark.parametrize(
    "dom",
    ["google.example", "calendar.google.example", "teams.microsoft.example", "zoom.example",
     "us02web.zoom.example", "calendly.example", "acme.webex.example", "outlook.example"],
)  # fmt: skip
def test_meeting_tool_hosts_are_never_the_employer(dom: str) -> None:
    assert has_tool_brand(dom) and is_vendor_domain(dom)
    assert company_domains([Person("Relay", f"notify@{dom}")], OWNER.emails) == []


@pytest.mark.parametrize("dom", ["googleplex-foods.example", "zoomcar.example", "acme.example"])
def test_company_hosts_that_only_resemble_tools_stay_companies(dom: str) -> None:
    assert not has_tool_brand(dom)
    assert company_domains([Person("A", f"a@{dom}")], OWNER.emails) == [dom]


def test_free_mail_on_any_tld_is_a_person_not_a_company() -> None:
    assert is_free_mail("gmail.example") and is_free_mail("gmail.com")
    assert not is_free_mail("gmailfoods.example")


def test_company_from_title_phrase_when_domain_glues_the_words() -> None:
    name, _ = pick_company(["Interview: Jo Bell / Harrow Lane Robotics (Engineer)"],
                           ["harrowlanerobotics.example"], [])  # fmt: skip
    assert name == "Harrow Lane Robotics"


def test_company_from_written_web_domain_when_everyone_uses_personal_mail() -> None:
    texts = ["Coffee about the founding engineer role at Quillmoss (quillmoss.example)."]
    assert pick_company(texts, [], [])[0] == "Quillmoss"


def test_tool_name_in_text_is_not_the_company() -> None:
    texts = ["Invitation from Google Calendar", "Join with Google Meet"]
    assert pick_company(texts, [], [])[0] is None


REF = datetime(2026, 3, 25, 10, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("el martes 31 de marzo a las 11:30 (hora peninsular)", "2026-03-31T11:30:00+02:00"),
        ("el martes 24 de marzo a las 11:30 (hora peninsular)", "2026-03-24T11:30:00+01:00"),
        ("le mardi 3 novembre à 9 h 30 (heure de l'Est)", "2026-11-03T09:30:00-05:00"),
        ("le mardi 27 octobre à 9 h 30 (heure de l’Est)", "2026-10-27T09:30:00-04:00"),
        ("Monday 30 March at 4pm CET", "2026-03-30T16:00:00+02:00"),
    ],
)
def test_regional_zone_names_follow_dst_for_the_date(text: str, iso: str) -> None:
    got = find_times(text, REF, REF.tzinfo or UTC)
    assert got and got[0].start.isoformat() == iso


@pytest.mark.parametrize(
    ("texts", "role"),
    [
        (["Part 1 of 2 of your onsite for Marine Ecologist, Coastal Survey.\n\nx"],
         "Marine Ecologist, Coastal Survey"),
        (["Acme - Technical Interview (Jo)\nLead Firmware Engineer (Sensors)\n\nFormat: 60 min"],
         "Lead Firmware Engineer (Sensors)"),
        (["Acme: QAE technical interview - Jo\nWe hire a Quality Assurance\nEngineer, Tools."],
         "Quality Assurance Engineer"),
        (["Entrevista Analista de Riesgos Sénior"], None),
    ],
)  # fmt: skip
def test_titles_with_qualifiers_or_spelled_out_elsewhere(
    texts: list[str], role: str | None
) -> None:
    assert pick_role(texts) == role


def _invite(*attendees: Attendee) -> CalendarEvent:
    start = datetime(2026, 10, 6, 15, tzinfo=UTC)
    return CalendarEvent(
        source_id="inv.ics", uid="u1@zoom.example", method="REQUEST", summary="Interview",
        start=start, end=start + timedelta(minutes=45),
        organizer=Person("Ida Rook", "hm@firm.example"), attendees=attendees,
    )  # fmt: skip


def test_optional_guest_is_not_an_interviewer_and_organizer_holds_the_interview() -> None:
    ev = _invite(
        Attendee(Person("Ana", "ana.veld@post.example")),
        Attendee(Person("Lou Penn", "rec@firm.example"), role="OPT-PARTICIPANT"),
    )
    people, _ = interviewers_of([observe_event(ev, 0, OWNER)], OWNER)
    assert [p.email for p in people] == ["hm@firm.example"]


def test_required_guests_stay_interviewers_beside_an_optional_one() -> None:
    ev = _invite(
        Attendee(Person("Ana", "ana.veld@post.example")),
        Attendee(Person("Kai Moss", "kai.moss@firm.example")),
        Attendee(Person("Lou Penn", "rec@firm.example"), role="OPT-PARTICIPANT"),
    )
    people, _ = interviewers_of([observe_event(ev, 0, OWNER)], OWNER)
    assert [p.email for p in people] == ["kai.moss@firm.example"]
