"""Root causes behind the second blind set's extraction misses, each pinned in general form.

Every case here is invented wording: the point is the KIND of mail (a step line before the
title, a shared booking mailbox, an interviewer named after the cue, an abbreviated title in a
later round), not any particular sender.
"""

from datetime import UTC, datetime

import pytest

from detector.extract import (
    is_machine_address,
    is_role_name,
    is_role_words,
    new_text,
    pick_role,
    role_from_segments,
    share_roles,
)
from detector.mime import parse_message
from detector.model import Interview, InterviewKind, Owner, SourceItem
from detector.observe import Obs, observe_message
from detector.people import human, interviewers_of

OWNER = Owner(emails=frozenset({"kim.ode@post.example"}))


def _obs(headers: str, body: str) -> list[Obs]:
    raw = (
        "Delivered-To: kim.ode@post.example\nTo: kim.ode@post.example\n"
        "Date: Mon, 04 May 2026 09:00:00 +0200\nMessage-ID: <g1@x.example>\n"
        f'{headers}\nContent-Type: text/plain; charset="utf-8"\n\n{body}\n'
    ).encode()
    msg = parse_message(SourceItem("g1", "rfc822", raw))
    return observe_message(msg, 0, OWNER, datetime(2026, 5, 4, tzinfo=UTC))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Hello,\n\nOnsite Interview - Payroll Specialist, EMEA\nMonday 4 May",
            "Payroll Specialist, EMEA",
        ),
        ("Phone screen: Warehouse Supervisor\nTuesday", "Warehouse Supervisor"),
        ("Intro call | Mobile Developer\n", "Mobile Developer"),
    ],
)
def test_step_line_then_title(text: str, role: str) -> None:
    assert pick_role([text]) == role


def test_step_line_needs_a_job_word() -> None:
    assert pick_role(["Technical Interview - Maren Lindqvist\nTuesday"]) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "vielen Dank für Ihre Bewerbung als Junior Buchhalter (m/w/d) bei uns",
            "Junior Buchhalter",
        ),
        ("Thanks for your application for the Financial Controller role.", "Financial Controller"),
        ("je sollicitatie op de vacature Magazijn Medewerker bij ons", "Magazijn Medewerker"),
        ("Bewerbung als Industriekaufmann (m/w/d)", "Industriekaufmann"),
    ],
)
def test_titles_outside_the_tech_vocabulary(text: str, role: str) -> None:
    assert pick_role([text]) == role


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Uitnodiging tweede gesprek Frontend Developer (React)", "Frontend Developer"),
        ("Einladung zum Vorstellungsgespräch – Senior Einkäufer (m/w/d)", "Senior Einkäufer"),
    ],
)
def test_invitation_words_are_not_part_of_the_title(subject: str, role: str) -> None:
    assert role_from_segments(subject, "Acme") == role


@pytest.mark.parametrize(
    "addr",
    [
        "careersinterviews@acme.example",
        "interview-bookings@acme.example",
        "talentacquisition@acme.example",
        "recruitingscheduling@acme.example",
    ],
)
def test_glued_role_words_are_a_shared_mailbox(addr: str) -> None:
    assert is_machine_address(addr)


@pytest.mark.parametrize(
    "addr", ["kenji@acme.example", "teo.hr@acme.example", "jo.bookman@acme.example"]
)
def test_people_are_not_role_mailboxes(addr: str) -> None:
    assert not is_machine_address(addr)
    assert not is_role_words(addr.split("@")[0])


def test_department_display_name_is_not_a_person() -> None:
    from detector.model import Person

    assert is_role_name("Northwind Cloud Careers")
    assert not is_role_name("Tessa Careers-Smith Jr")
    assert not human(Person("Seaview Talent Acquisition", "desk7@seaview.example"), OWNER)
    assert human(Person("Tessa Kim", "tessa@seaview.example"), OWNER)


def test_interviewer_named_before_the_cue_in_cc() -> None:
    obs = _obs(
        "From: Ines Roa <ines.roa@fjordline.example>\n"
        "Cc: Piet Zandvoort <piet.zandvoort@fjordline.example>",
        "Piet Zandvoort, our head of data (copied in), would like to meet\n"
        "you on 12 May at 14:00 for about an hour. I only book the room.",
    )
    people, _ = interviewers_of(obs, OWNER)
    assert [p.email for p in people] == ["piet.zandvoort@fjordline.example"]


def test_cc_by_first_name_with_cue() -> None:
    obs = _obs(
        "From: Ines Roa <ines.roa@fjordline.example>\nCc: Oskar Lindgren <oskar@fjordline.example>",
        "Next is a conversation with Oskar, our CTO. Tomorrow at 11 it is.",
    )
    people, _ = interviewers_of(obs, OWNER)
    assert [p.email for p in people] == ["oskar@fjordline.example"]


def test_cc_colleague_without_a_cue_is_not_an_interviewer() -> None:
    obs = _obs(
        "From: Ines Roa <ines.roa@fjordline.example>\nCc: Oskar Lindgren <oskar@fjordline.example>",
        "Your interview is on 12 May at 14:00. Oskar from payroll is copied for the travel costs.",
    )
    people, _ = interviewers_of(obs, OWNER)
    assert "oskar@fjordline.example" not in [p.email for p in people]


def test_written_address_after_a_long_parenthesis() -> None:
    obs = _obs(
        "From: Ines Roa <ines.roa@fjordline.example>",
        "Ihre Gesprächspartnerin ist Frau Dr. Ute Brenner (Leitung Finanzen und Controlling,\n"
        "ute.brenner@fjordline.example). Termin: 12. Mai um 10:00 Uhr.",
    )
    people, _ = interviewers_of(obs, OWNER)
    assert [p.email for p in people] == ["ute.brenner@fjordline.example"]


def test_dutch_outlook_quote_is_cut() -> None:
    body = "Top, tot dinsdag.\n\nVan: Kim Ode <kim.ode@post.example>\nVerzonden: maandag\nHoi"
    assert new_text(body).strip() == "Top, tot dinsdag."


def _iv(key: str, role: str | None, company: str = "Brightfen") -> Interview:
    start = datetime(2026, 6, 1, 9, tzinfo=UTC)
    return Interview(key, company, role, InterviewKind.OTHER, start, None, "scheduled")


def test_share_roles_expands_an_abbreviation_from_a_sibling() -> None:
    out = share_roles([_iv("a", "Site Reliability Engineer"), _iv("b", "SRE")])
    assert [i.role for i in out] == ["Site Reliability Engineer"] * 2


def test_share_roles_fills_a_missing_title_only_when_unambiguous() -> None:
    out = share_roles([_iv("a", "Data Analyst"), _iv("b", None), _iv("c", None, "Other Co")])
    assert [i.role for i in out] == ["Data Analyst", "Data Analyst", None]
    two = share_roles([_iv("a", "Data Analyst"), _iv("b", "Data Engineer"), _iv("c", None)])
    assert two[2].role is None


def test_share_roles_keeps_unrelated_acronyms() -> None:
    out = share_roles([_iv("a", "Product Designer"), _iv("b", "SRE")])
    assert [i.role for i in out] == ["Product Designer", "SRE"]


def test_recipients_skip_a_department_mailbox_by_name() -> None:
    from detector.model import Person
    from drafts.recipients import choose_recipients

    desk = Person("Harbourline Careers", "desk.north@harbourline.example")
    iv = Interview(
        "k",
        "Harbourline",
        None,
        InterviewKind.OTHER,
        datetime(2026, 6, 1, 9, tzinfo=UTC),
        None,
        "scheduled",
        interviewers=(desk, Person("Ada Quist", "ada.quist@harbourline.example")),
    )
    assert [p.email for p in choose_recipients(iv, OWNER)] == ["ada.quist@harbourline.example"]
