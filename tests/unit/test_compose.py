"""drafts.compose: wording, word limit, escaping, MIME shape, threading, markers, fingerprints."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from detector.model import Interview, InterviewKind, Person, ThreadRef
from drafts.compose import (
    ComposeError,
    body_fingerprint,
    compose,
    marker_for,
    paragraphs,
    reply_subject,
    word_count,
)
from drafts.settings import DraftSettings

NOW = datetime(2026, 3, 4, 9, tzinfo=UTC)
ANA = Person("Ana Lopez", "ana@acme.example")
BEN = Person("Ben Okafor", "ben@acme.example")


def cfg(**kw: object) -> DraftSettings:
    base: dict[str, object] = {
        "user_name": "Sam Doe",
        "user_email": "sam@example.org",
        "timezone": "Europe/Berlin",
        "signature": "Sam Doe\n+00 000 000",
    }
    base.update(kw)
    return DraftSettings(**base)  # type: ignore[arg-type]


def interview(**kw: object) -> Interview:
    base: dict[str, object] = {
        "key": "uid-1@acme.example",
        "company": "Acme",
        "role": "Backend Engineer",
        "kind": InterviewKind.TECHNICAL,
        # Tuesday 2026-03-03 10:00 UTC = 11:00 Berlin.
        "start": datetime(2026, 3, 3, 10, tzinfo=UTC),
        "end": datetime(2026, 3, 3, 11, tzinfo=UTC),
        "status": "scheduled",
        "interviewers": (ANA, BEN),
    }
    base.update(kw)
    return Interview(**base)  # type: ignore[arg-type]


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def text_of(raw: bytes) -> str:
    part = parse(raw).get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def html_of(raw: bytes) -> str:
    part = parse(raw).get_body(("html",))
    assert part is not None
    return str(part.get_content())


def body_without_signature(text: str, s: DraftSettings) -> str:
    return text.replace(s.signature, "")


def test_greets_each_recipient_by_first_name() -> None:
    d = compose(interview(), (ANA, BEN), cfg(), NOW)
    first_line = d.text.splitlines()[0]
    assert first_line == "Hi Ana and Ben,"
    assert compose(interview(), (ANA,), cfg(), NOW).text.startswith("Hi Ana,\n")


@pytest.mark.parametrize("kind", list(InterviewKind))
def test_never_dear_hiring_manager_when_a_name_is_known(kind: InterviewKind) -> None:
    d = compose(interview(kind=kind), (BEN,), cfg(), NOW)
    assert "Ben" in d.text.splitlines()[0]
    assert "hiring manager" not in d.text.lower()
    assert "dear" not in d.text.lower()


def test_name_from_address_when_display_name_missing_and_none_for_role_boxes() -> None:
    d = compose(interview(), (Person("", "carla.ruiz@acme.example"),), cfg(), NOW)
    assert d.text.startswith("Hi Carla,")
    d = compose(interview(), (Person("", "careers@acme.example"),), cfg(), NOW)
    assert d.text.startswith("Hello,")


@pytest.mark.parametrize(
    "person",
    [
        Person("Acme Room Nimbus", "c_room.nimbus@resource.calendar.example"),
        Person("Acme Talent Team", "talent@acme.example"),
        Person("Acme Scheduling", "sched@acme.example"),
    ],
)
def test_rooms_and_teams_are_not_greeted_as_people(person: Person) -> None:
    assert compose(interview(), (person,), cfg(), NOW).text.startswith("Hello,\n")


def test_signature_with_its_own_sign_off_is_not_doubled() -> None:
    s = cfg(signature="Kind regards,\nSam Doe")
    text = compose(interview(), (ANA,), s, NOW).text
    assert text.rstrip().endswith("Kind regards,\nSam Doe")
    assert "Best regards" not in text
    assert compose(interview(), (ANA,), cfg(), NOW).text.count("Best regards,") == 1


def test_content_weekday_role_company_interest_next_steps_signature() -> None:
    s = cfg(why_interested="I would love to work on payments infrastructure.")
    d = compose(interview(), (ANA,), s, NOW)
    assert "time on Tuesday" in d.text
    assert "Backend Engineer role at Acme" in d.text
    assert "payments infrastructure" in d.text
    assert "next steps" in d.text
    assert "anything else" in d.text
    assert d.text.rstrip().endswith("Sam Doe\n+00 000 000")


def test_weekday_is_taken_in_the_users_zone() -> None:
    # 23:30 UTC Monday is already Tuesday in Tokyo.
    iv = interview(start=datetime(2026, 3, 2, 23, 30, tzinfo=UTC), end=None)
    assert "on Tuesday" in compose(iv, (ANA,), cfg(timezone="Asia/Tokyo"), NOW).text
    assert "on Monday" in compose(iv, (ANA,), cfg(timezone="UTC"), NOW).text


def test_company_only_and_no_company() -> None:
    d = compose(interview(role=None), (ANA,), cfg(), NOW)
    assert "the role at Acme" in d.text
    assert d.subject == "Thank you - Acme interview"
    d = compose(interview(role=None, company=None), (ANA,), cfg(), NOW)
    assert "joining the team" in d.text


@pytest.mark.parametrize("kind", list(InterviewKind))
def test_word_limit_holds_for_every_kind(kind: InterviewKind) -> None:
    s = cfg(
        why_interested="I have wanted to build developer tools for years; your team does it well."
    )
    d = compose(interview(kind=kind), (ANA, BEN), s, NOW)
    assert word_count(body_without_signature(d.text, s)) <= s.max_words
    assert word_count(body_without_signature(d.text, s)) > 30  # a real message, not a stub


def test_word_limit_drops_the_extra_sentence_then_refuses() -> None:
    full = compose(interview(), (ANA,), cfg(), NOW)
    limit = word_count(body_without_signature(full.text, cfg())) - 2
    short = compose(interview(), (ANA,), cfg(max_words=limit), NOW)
    assert "working through the problems" in full.text
    assert "working through the problems" not in short.text
    assert word_count(body_without_signature(short.text, cfg())) <= limit
    with pytest.raises(ComposeError, match="over max_words"):
        compose(interview(), (ANA,), cfg(why_interested="word " * 150), NOW)


def test_company_named_script_is_escaped_in_html_only() -> None:
    iv = interview(company="<script>alert(1)</script>")
    d = compose(iv, (ANA,), cfg(), NOW)
    html = html_of(d.raw)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" in text_of(d.raw)


def test_html_has_the_same_paragraphs_as_text() -> None:
    d = compose(interview(), (ANA,), cfg(), NOW)
    assert html_of(d.raw).count("<p>") == len(paragraphs(d.text))
    assert "<br>" in html_of(d.raw)  # the two-line signature keeps its line break


def test_mime_shape_and_headers() -> None:
    d = compose(interview(), (ANA, BEN), cfg(), NOW)
    msg = parse(d.raw)
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["From"].addresses[0].addr_spec == "sam@example.org"
    assert [a.addr_spec for a in msg["To"].addresses] == [ANA.email, BEN.email]
    assert msg["Message-ID"] == d.marker
    assert msg["Date"].datetime == NOW
    assert msg["In-Reply-To"] is None and msg["References"] is None
    assert d.thread_id is None
    assert d.subject == msg["Subject"] == "Thank you - Backend Engineer interview"


def thread(subject: str = "Interview: Backend Engineer") -> ThreadRef:
    return ThreadRef(
        thread_id="t-42",
        message_id="<m2@acme.example>",
        references=("<m0@acme.example>", "<m1@acme.example>"),
        subject=subject,
        participants=frozenset({"ana@acme.example", "sam@example.org"}),
    )


def test_reply_headers_when_a_recipient_is_in_the_thread() -> None:
    d = compose(interview(thread=thread()), (ANA,), cfg(), NOW)
    msg = parse(d.raw)
    assert msg["In-Reply-To"] == "<m2@acme.example>"
    assert msg["References"].split() == [
        "<m0@acme.example>",
        "<m1@acme.example>",
        "<m2@acme.example>",
    ]
    assert msg["Subject"] == "Re: Interview: Backend Engineer"
    assert d.thread_id == "t-42"


def test_no_reply_headers_when_no_recipient_was_in_the_thread() -> None:
    d = compose(interview(thread=thread()), (BEN,), cfg(), NOW)
    msg = parse(d.raw)
    assert msg["In-Reply-To"] is None
    assert msg["References"] is None
    assert d.thread_id is None
    assert msg["Subject"] == "Thank you - Backend Engineer interview"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: Interview", "Re: Interview"),
        ("RE: Re: Interview", "Re: Interview"),
        ("Re[2]: AW: Interview", "Re: Interview"),
        ("Interview re: next week", "Re: Interview re: next week"),
    ],
)
def test_no_re_re(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected
    d = compose(interview(thread=thread(subject)), (ANA,), cfg(), NOW)
    assert parse(d.raw)["Subject"] == expected


def test_references_do_not_repeat_the_parent() -> None:
    t = ThreadRef("t", "<m2@x>", ("<m1@x>", "<m2@x>"), "S", frozenset({"ana@acme.example"}))
    msg = parse(compose(interview(thread=t), (ANA,), cfg(), NOW).raw)
    assert msg["References"].split() == ["<m1@x>", "<m2@x>"]


def test_marker_is_deterministic_and_order_insensitive() -> None:
    a = marker_for("uid-1", ("Ana@Acme.example", "ben@acme.example"), "example.org")
    b = marker_for("uid-1", ("ben@acme.example", "ana@acme.example"), "example.org")
    assert a == b
    assert re.fullmatch(r"<followup\.[0-9a-f]{24}@example\.org>", a)
    assert a != marker_for("uid-2", ("ana@acme.example", "ben@acme.example"), "example.org")
    assert a != marker_for("uid-1", ("ana@acme.example",), "example.org")


def test_same_inputs_same_bytes() -> None:
    assert (
        compose(interview(), (ANA,), cfg(), NOW).raw == compose(interview(), (ANA,), cfg(), NOW).raw
    )


def rewrite_like_a_mailbox(raw: bytes) -> bytes:
    """What a server does on save: new ids and dates, extra headers, re-encoding, new boundary."""
    msg = parse(raw)
    text = text_of(raw)
    out = EmailMessage()
    out["Message-ID"] = "<CAF+gmail-rewritten@mail.gmail.com>"
    out["Date"] = "Thu, 05 Mar 2026 10:00:00 +0000"
    out["X-Gmail-Labels"] = "Drafts"
    for h in ("From", "To", "Subject"):
        out[h] = msg[h]
    # Re-wrapped with CRLF and base64 instead of quoted-printable.
    out.set_content(text.replace("\n", "\r\n").replace(". ", ".\n"), cte="base64")
    out.add_alternative(html_of(raw), subtype="html")
    return out.as_bytes()


def test_fingerprint_ignores_mailbox_rewrites_but_sees_edits() -> None:
    d = compose(interview(), (ANA,), cfg(), NOW)
    assert d.fingerprint == body_fingerprint(d.raw)
    rewritten = rewrite_like_a_mailbox(d.raw)
    assert rewritten != d.raw
    assert body_fingerprint(rewritten) == d.fingerprint
    msg = parse(d.raw)
    msg.get_body(("plain",)).set_content(d.text.replace("Best regards", "Cheers"))  # type: ignore[union-attr]
    assert body_fingerprint(msg.as_bytes()) != d.fingerprint


def test_fingerprint_never_raises() -> None:
    for junk in (b"", b"\xff\xfe\x00garbage", b"Content-Type: multipart/mixed\n\nno boundary"):
        assert len(body_fingerprint(junk)) == 64


def test_template_dir_override_first_then_package(tmp_path: Path) -> None:
    (tmp_path / "technical.txt.j2").write_text(
        '{% extends "base.txt.j2" %}{% block thanks %}Custom thanks, {{ weekday }}.{% endblock %}'
    )
    s = cfg(template_dir=tmp_path)
    assert "Custom thanks, Tuesday." in compose(interview(), (ANA,), s, NOW).text
    other = compose(interview(kind=InterviewKind.ONSITE), (ANA,), s, NOW).text
    assert "meet the team in person" in other  # fell through to the shipped template


def test_broken_override_is_a_compose_error(tmp_path: Path) -> None:
    (tmp_path / "technical.txt.j2").write_text("Hi {{ no_such_value }}")
    with pytest.raises(ComposeError, match="template error"):
        compose(interview(), (ANA,), cfg(template_dir=tmp_path), NOW)


def test_no_recipients_is_a_compose_error() -> None:
    with pytest.raises(ComposeError):
        compose(interview(), (), cfg(), NOW)
