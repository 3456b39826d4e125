"""detector.inbound: what came back to the owner, and which unscreened mail is read at all."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from detector import detect
from detector.inbound import inbound_fact, kind_of, related_unscreened
from detector.mime import parse_message
from detector.model import Interview, InterviewKind, Owner, Person, SourceItem

OWNER = Owner(emails=frozenset({"sam@example.org"}), name="Sam Doe")
WHEN = datetime(2026, 3, 10, 12, tzinfo=UTC)


def raw(
    sender: str, subject: str, body: str, *, to: str = "sam@example.org", reply_to: str = ""
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(WHEN)
    msg["Message-ID"] = f"<{abs(hash((sender, subject)))}@x.example>"
    if reply_to:
        msg["In-Reply-To"] = reply_to
    msg.set_content(body)
    return bytes(msg)


def item(data: bytes, name: str = "m1", labels: frozenset[str] = frozenset()) -> SourceItem:
    return SourceItem(name, "rfc822", data, labels=labels)


def test_kinds_reuse_the_classifier_signals() -> None:
    cases = {
        "rejection": ("Update", "Unfortunately, we decided to move forward with other candidates."),
        "offer": ("Good news", "We are pleased to extend an offer of employment."),
        "other": ("Hello", "Just checking your address."),
    }
    for kind, (subject, body) in cases.items():
        msg = parse_message(item(raw("ana@acme.example", subject, body)))
        assert kind_of(msg) == kind, kind
    reply = parse_message(
        item(raw("ana@acme.example", "Re: Thanks", "Talk soon", reply_to="<a@b>"))
    )
    assert kind_of(reply) == "reply"


def test_owner_mail_and_drafts_are_not_inbound() -> None:
    mine = parse_message(item(raw("Sam <sam@example.org>", "Hi", "x", to="ana@acme.example")))
    assert inbound_fact(mine, OWNER) is None
    sent = parse_message(item(raw("ana@acme.example", "Hi", "x"), labels=frozenset({"SENT"})))
    assert inbound_fact(sent, OWNER) is None
    fact = inbound_fact(parse_message(item(raw("Ana <Ana@Acme.example>", "Hi", "x"))), OWNER)
    assert fact is not None and fact.sender_email == "ana@acme.example"
    assert fact.sender_domain == "acme.example" and fact.date == WHEN


def test_only_unscreened_mail_tied_to_an_interview_is_parsed() -> None:
    interview = Interview(
        key="k",
        company="Acme",
        role=None,
        kind=InterviewKind.OTHER,
        start=WHEN,
        end=None,
        status="scheduled",
        interviewers=(Person("Ana", "ana@acme.example"),),
    )
    items = [
        item(raw("Ana <ana@acme.example>", "Thanks!", "Talk soon."), "from-person"),
        item(raw("Bob <bob@acme.example>", "Hello", "Lunch?"), "same-domain"),
        item(raw("News <news@shop.example>", "Sale", "50%"), "unrelated"),
        item(raw("Sam <sam@example.org>", "Hi", "x", to="ana@acme.example"), "owner-to-person"),
        item(raw("Friend <f@gmail.com>", "Hi", "x", reply_to="<known@acme.example>"), "refers"),
    ]
    got = related_unscreened(items, [interview], OWNER, known_ids=["<known@acme.example>"])
    assert [m.source_id for m in got] == ["from-person", "same-domain", "owner-to-person", "refers"]
    assert related_unscreened(items, [], OWNER) == []


def test_detect_reports_replies_that_skip_the_prescreen() -> None:
    invite = raw(
        "Ana <ana@acme.example>",
        "Interview confirmed",
        "Your interview for the Analyst role is confirmed for Tuesday 10 March 2026 at 3pm UTC.",
    )
    thanks = raw("Ana <ana@acme.example>", "Thanks!", "Talk soon.", reply_to="<x@y>")
    detection = detect([item(invite, "invite"), item(thanks, "reply")], OWNER, WHEN)
    assert [(f.source_id, f.kind) for f in detection.inbound if f.source_id == "reply"] == [
        ("reply", "reply")
    ]
