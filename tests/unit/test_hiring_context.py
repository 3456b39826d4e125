"""Round 4: hiring context, look-alike slots, cancelled API twins, confirmations, moves."""

import json
from pathlib import Path

from detector import classify, detect
from detector.model import Owner, SourceItem

OWNER = Owner(emails=frozenset({"cand@example.org"}))
SCENARIOS = Path(__file__).resolve().parent.parent / "data" / "scenarios"


def _case(name: str) -> list[SourceItem]:
    """The items of a scenario folder, in arrival order."""
    out = []
    for p in sorted((SCENARIOS / name).iterdir()):
        kind = "ics" if p.suffix == ".ics" else "rfc822"
        out.append(SourceItem(p.name, kind, p.read_bytes()))
    return out


def _ics(summary: str, description: str, organizer: str = "desk@grange.example") -> SourceItem:
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u1@grange.example\r\n"
        "DTSTAMP:20261001T090000Z\r\nDTSTART:20261012T170000Z\r\nDTEND:20261012T173000Z\r\n"
        f"SUMMARY:{summary}\r\nDESCRIPTION:{description}\r\n"
        f"ORGANIZER:mailto:{organizer}\r\nATTENDEE:mailto:cand@example.org\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return SourceItem("u1.ics", "ics", ics.encode())


def _mail(mid: str, body: str, date: str, sender: str, parent: str | None = None) -> SourceItem:
    head = (
        f"From: {sender}\r\nTo: cand@example.org\r\nSubject: Grange - call\r\n"
        f"Date: {date}\r\nMessage-ID: {mid}\r\n"
        + (f"In-Reply-To: {parent}\r\n" if parent else "")  # no References: a bare chain
    )
    return SourceItem(mid, "rfc822", (head + "\r\n" + body).encode())


def test_interview_word_needs_hiring_context() -> None:
    bare = ["interview word (+3)", "confirmed (+1.5)"]
    assert classify.lacks_hiring_context("Your plot interview is confirmed.", bare)
    assert not classify.lacks_hiring_context("Interview for the Data Analyst opening", bare)
    assert not classify.lacks_hiring_context("Your interview is confirmed.", bare, True)
    assert not classify.lacks_hiring_context("Plot interview", ["sent through ATS/scheduler x"])
    assert not classify.lacks_hiring_context("Plot tour", ["confirmed (+1.5)"])


def test_an_invite_saying_interview_without_a_job_is_rejected() -> None:
    assert detect([_ics("Plot interview", "Bring proof of address.")], OWNER).interviews == ()


def test_the_same_invite_with_a_role_is_an_interview() -> None:
    (iv,) = detect(
        [_ics("Interview", "Interview for the Logistics Planner role.")], OWNER
    ).interviews
    assert iv.start.isoformat() == "2026-10-12T17:00:00+00:00"


def test_look_alike_negatives_fire() -> None:
    for text in (
        "Could you give a reference for your former colleague Sam?",
        "think of it as a quick discovery interview so he can tailor the demo",
        "Parent-teacher interview slots for your child",
        "Your mortgage interview with our adviser",
        "Update preferences. You're receiving this because you registered with us.",
    ):
        total, reasons = classify.score(f"Interview on Tuesday at 10am\n{text}")
        assert total < classify.ACCEPT, (text, reasons)


def test_an_invite_for_a_slot_a_company_mail_calls_mentoring_is_rejected() -> None:
    mail = _mail(
        "<m1@grange.example>",
        "Your volunteer mentoring session on practice interviews for product manager roles is "
        "confirmed: Monday, October 12, 2026 at 5:00 PM UTC. It's a mock interview.",
        "Thu, 1 Oct 2026 09:00:00 +0000",
        "Grange Mentors <mentors@grange.example>",
    )
    invite = _ics("Interview - product manager", "With Grant")
    assert detect([mail, invite], OWNER).interviews == ()
    assert len(detect([invite], OWNER).interviews) == 1  # alone the invite would pass


def test_a_later_cancelled_api_event_cancels_the_mail_interview_without_a_duplicate() -> None:
    mail = _mail(
        "<c1@grange.example>",
        "Your technical interview for the Mobile Engineer role is confirmed for "
        "Thursday, August 20, 2026 at 10:00 AM UTC.",
        "Mon, 10 Aug 2026 09:00:00 +0000",
        "Rae <rae@grange.example>",
    )
    event = {
        "id": "g1",
        "iCalUID": "g1@google.com",
        "status": "cancelled",
        "summary": "Technical interview - Mobile Engineer",
        "start": {"dateTime": "2026-08-20T10:00:00+00:00"},
        "end": {"dateTime": "2026-08-20T11:00:00+00:00"},
        "organizer": {"email": "rae@grange.example"},
        "attendees": [{"email": "cand@example.org", "self": True}],
    }
    api = SourceItem("g1.gcal.json", "gcal-json", json.dumps(event).encode())
    (iv,) = detect([mail, api], OWNER).interviews
    assert iv.status == "cancelled"


def test_a_short_confirmation_after_the_candidate_answered_books_the_call() -> None:
    (iv,) = detect(
        _case("s97-short-confirmation-reply-chain"),
        Owner(emails=frozenset({"kit.varga@mailbox.example"})),
    ).interviews
    assert iv.start.isoformat() == "2026-10-07T15:00:00-04:00"


def test_a_prose_move_without_a_new_invite_leaves_one_interview() -> None:
    owner = Owner(emails=frozenset({"jo.brandt@mailbox.example"}))
    (iv,) = detect(_case("s98-prose-move-no-new-invite"), owner).interviews
    assert iv.start.isoformat() == "2026-11-12T13:00:00-06:00"
    assert iv.end is not None and iv.end.isoformat() == "2026-11-12T14:00:00-06:00"


def test_a_look_alike_interview_scenario_is_not_an_interview() -> None:
    owner = Owner(emails=frozenset({"rowan.eld@mailbox.example"}))
    assert detect(_case("s96-lookalike-interview-no-hiring-context"), owner).interviews == ()
