"""Who conducts: itineraries, writers who count themselves in, logistics hosts, relayed
recruiters, names whose addresses stand elsewhere; and job titles with brackets or in French."""

from datetime import UTC, datetime

import pytest

from detector.extract import pick_role
from detector.mime import parse_message
from detector.model import Owner, SourceItem
from detector.observe import Obs, observe_message
from detector.people import address_of_name, interviewers_of

OWNER = Owner(emails=frozenset({"sam.lee@post.example"}))


def _obs(headers: str, body: str) -> list[Obs]:
    raw = (
        "Delivered-To: sam.lee@post.example\nTo: sam.lee@post.example\n"
        "Date: Mon, 04 May 2026 09:00:00 -0400\nMessage-ID: <m1@x.example>\n"
        f'{headers}\nContent-Type: text/plain; charset="utf-8"\n\n{body}\n'
    ).encode()
    msg = parse_message(SourceItem("m1", "rfc822", raw))
    return observe_message(msg, 0, OWNER, datetime(2026, 5, 4, tzinfo=UTC))


def _who(headers: str, body: str) -> set[str]:
    people, _ = interviewers_of(_obs(headers, body), OWNER)
    return {p.email for p in people}


def test_itinerary_sessions_name_the_interviewers_not_the_lunch_host() -> None:
    body = (
        "Your onsite on Tuesday, May 12:\n\n"
        "09:00 - 09:45  System design\n   Ana Ruiz, Staff Engineer (ana.ruiz@fen.example)\n"
        "10:00 - 10:45  Coding\n   Bo Lind, Engineer\n"
        "12:00 - 12:45  Lunch\n   Cy Park (cy.park@fen.example)\n\n"
        "Contacts: blind@fen.example, cy.park@fen.example\n\nKim\nRecruiting Coordinator"
    )
    assert _who("From: Kim Vo <kim.vo@fen.example>", body) == {
        "ana.ruiz@fen.example",
        "blind@fen.example",
    }


def test_a_single_time_range_is_no_itinerary() -> None:
    body = (
        "Time 10:00 - 11:00 Tuesday\nOla Berg, Office Manager\n\n"
        "Parking questions go to ola.berg@fen.example"
    )
    assert "ola.berg@fen.example" not in _who("From: Kim Vo <kim.vo@fen.example>", body)


@pytest.mark.parametrize(
    ("name", "addrs", "want"),
    [
        ("Wei Zhang", ["wei.zhang@a.example", "x@a.example"], "wei.zhang@a.example"),
        ("Greta Lindqvist", ["glindqvist@a.example"], "glindqvist@a.example"),
        ("Zoë Müller", ["zoe_muller@a.example"], "zoe_muller@a.example"),
        ("Ana Ruiz", ["aruiz@a.example", "anar@a.example"], None),  # ambiguous
        ("Ana", ["ana@a.example"], None),  # one word is not enough
    ],
)
def test_address_of_name(name: str, addrs: list[str], want: str | None) -> None:
    assert address_of_name(name, addrs) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Dev and I will walk through an incident together.",
        "Dev (Senior SRE) and I will walk through an incident together.",
        "Anette and Jonas will join me for the technical discussion.",
    ],
)
def test_writer_who_counts_themself_in_conducts(sentence: str) -> None:
    headers = "From: Mia Holt <mia.holt@rb.example>\nCc: Dev Rao <dev.rao@rb.example>"
    assert "mia.holt@rb.example" in _who(headers, f"Hi Sam,\n\n{sentence}\n\nMia")


def test_writer_who_only_organises_is_out_even_when_we_work_together() -> None:
    headers = "From: Kofi Ames <kofi.ames@qf.example>\nCc: Ann Sol <ann.sol@qf.example>"
    body = (
        "A technical interview with Ann Sol. We'll work through a scenario together.\n\n"
        "Kofi is only organising and won't join."
    )
    assert _who(headers, body) == {"ann.sol@qf.example"}


def test_logistics_host_is_not_an_interviewer() -> None:
    headers = "From: Lea Park <lea.park@ml.example>\nCc: Jess Kuro <jess.kuro@ml.example>"
    body = (
        "Interviewer: Ray Obi (ray.obi@ml.example).\n\nJess will meet you in the lobby afterwards."
    )
    assert _who(headers, body) == {"ray.obi@ml.example"}


def test_wish_to_meet_in_french_names_the_interviewer() -> None:
    headers = "From: Jul Marc <jul.marc@av.example>\nCc: Claire Font <claire.font@av.example>"
    body = "Claire Font, notre directrice, souhaiterait vous rencontrer en visio."
    assert _who(headers, body) == {"claire.font@av.example"}


def test_relayed_recruiter_known_by_signature_holds_the_screen() -> None:
    headers = "From: Acme <noreply@candidates.workable.example>"
    body = (
        "I've booked us a 30-minute phone screen. I'll call you on your number.\n\n"
        "Rosa Lind\nTechnical Recruiter\nrosa.lind@acme.example"
    )
    assert _who(headers, body) == {"rosa.lind@acme.example"}


def test_name_in_text_takes_an_address_written_elsewhere() -> None:
    headers = "From: Acme <noreply@workablemail.com>"
    body = (
        "Hannah Cole has scheduled a call. Hannah will call you.\nQuestions: hannah.cole@or.example"
    )
    assert _who(headers, body) == {"hannah.cole@or.example"}


@pytest.mark.parametrize(
    ("texts", "role"),
    [
        (
            ["Acme Robotics - Embedded Engineer (Motion Control)\nTechnical Interview\nMay 4"],
            "Embedded Engineer (Motion Control)",
        ),
        (
            ["Merci pour votre candidature au poste d'analyste actuariel(le) à notre bureau."],
            "Analyste actuariel(le)",
        ),
    ],
)
def test_titles_with_brackets_and_in_french(texts: list[str], role: str) -> None:
    assert pick_role(texts) == role


def test_a_person_line_above_no_step_is_no_title() -> None:
    text = (
        "Hi Sam,\n\nInterviewers:\n  Lars Eide - Staff Firmware Engineer\n  Bo Berg - Lead\n\nBest"
    )
    assert pick_role([text]) is None


def test_terse_self_inclusion_counts_the_writer() -> None:
    from detector.people import _SELF_IN

    assert _SELF_IN.search("lets do a debrief call, you + me + omar, 2pm ET")
    assert _SELF_IN.search("a system design convo w/ me + Lin")
    assert _SELF_IN.search("Abschlussgespräch mit Bastian und mir")
    assert not _SELF_IN.search("send it to me when done")


def test_a_titled_display_name_matches_the_name_in_prose() -> None:
    from detector.people import _bare_name

    assert _bare_name("Prof. Naomi Castellanos") == "Naomi Castellanos"
    assert _bare_name("Dr Idris Mensah") == "Idris Mensah"
    assert _bare_name("Drew Barry") == "Drew Barry"


def test_a_bulleted_list_goes_on_and_a_wrapped_cue_still_cues() -> None:
    from detector.people import _CUE, _LIST_GOES_ON, _SELF_IN

    assert _LIST_GOES_ON.match(")\n  - Selin Demir, Senior Data Engineer (")
    assert _CUE.search("Ti confermo il colloquio conoscitivo con\n")
    # a lower-case word before "and I will" is not a colleague's name
    assert not _SELF_IN.search("reply to this email and I will sort it out")
    assert _SELF_IN.search("Dev and I will walk you through it")
