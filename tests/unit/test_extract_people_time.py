"""Extraction, time and people capabilities found missing by the blind scenario set."""

from datetime import UTC, datetime, timedelta

import pytest

from detector.domains import has_ats_brand, is_ats_domain
from detector.extract import is_group_address, is_machine_address, is_vendor_domain, pick_role
from detector.ics import parse_calendar, zone_for_label
from detector.mime import parse_message
from detector.model import Owner, Person, SourceItem
from detector.observe import Obs, observe_message
from detector.people import interviewers_of, recruiter_of
from detector.texttime import duration_in


def _ics(tzid: str, stamp: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u\r\n"
        f'DTSTART;TZID="{tzid}":{stamp}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
    ).encode()


@pytest.mark.parametrize(
    ("tzid", "stamp", "offset"),
    [
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "20260331T100000", 2),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "20260310T100000", 1),
        ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "20260616T093000", 2),
        ("(UTC+10:00) Canberra, Melbourne, Sydney", "20260301T090000", 11),
        ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", "20260701T090000", 5.5),
    ],
)
def test_display_label_tzid_maps_to_a_real_zone_with_dst(
    tzid: str, stamp: str, offset: float
) -> None:
    (ev,), problems = parse_calendar(_ics(tzid, stamp), "x")
    assert not problems and ev.start is not None
    assert ev.start.utcoffset() == timedelta(hours=offset)


def test_label_city_must_agree_with_the_offset() -> None:
    # Paris is +01:00 in winter: a label claiming +03:00 keeps its fixed offset.
    assert zone_for_label("(UTC+03:00) Paris") is None
    (ev,), _ = parse_calendar(_ics("(UTC+03:00) Nowhere Land", "20260616T093000"), "x")
    assert ev.start is not None and ev.start.utcoffset() == timedelta(hours=3)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("L'entretien durera environ une heure.", 60),
        ("Das Gespräch dauert eine Stunde.", 60),
        ("La entrevista durará una hora.", 60),
        ("O bate-papo dura meia hora.", 30),
        ("Het gesprek duurt een uur.", 60),
        ("une demi-heure", 30),
        ("30 minutos", 30),
        ("a 45-minute call", 45),
    ],
)
def test_durations_in_several_languages(text: str, minutes: int) -> None:
    assert duration_in(text) == timedelta(minutes=minutes)


def test_no_duration_from_unrelated_words() -> None:
    assert duration_in("un café à l'heure de Paris") is None


@pytest.mark.parametrize(
    ("texts", "role"),
    [
        (["An interview has been scheduled:\nR-10482 Clinical Data Analyst II (Open)"],
         "Clinical Data Analyst II"),
        (["Interview details\nPosition: Perception Software Engineer\nInterviewer: X"],
         "Perception Software Engineer"),
        (["Poste : Responsable des achats (CDI)"], "Responsable des achats"),
        (["Puesto: Analista de datos"], "Analista de datos"),
        (["Acme | SRE technical interview", "Site Reliability Engineer - technical interview"],
         "Site Reliability Engineer"),
        (["you are through to the final step for the Head of\nCustomer Success role!"],
         "Head of Customer Success"),
        (["Informal chat - final step for Head of Product. No prep needed"], "Head of Product"),
    ],
)  # fmt: skip
def test_role_from_fields_requisitions_descriptions(texts: list[str], role: str) -> None:
    assert pick_role(texts) == role


def test_abbreviated_title_is_spelled_out_when_the_text_does() -> None:
    texts = [
        "Interview for the SRE role",
        "Thanks for applying as a Site Reliability Engineer with us",
    ]
    assert pick_role(texts) == "Site Reliability Engineer"
    assert pick_role(["Interview for the SRE role"]) == "SRE"


def test_ats_brand_on_any_host_is_the_vendor() -> None:
    for dom in ("talent.icims.example", "acme.myworkday.example", "hire.lever.co", "icims.com"):
        assert is_vendor_domain(dom) and has_ats_brand(dom)
        assert is_ats_domain(dom)
    assert not is_vendor_domain("leverage.example") and not is_ats_domain("acme.example")
    assert not has_ats_brand("lever")  # a bare top-level label is not a brand host


@pytest.mark.parametrize(
    "addr",
    ["platform-team@acme.example", "all@acme.example", "eng-list@acme.example",
     "dl-sales@acme.example", "ana@groups.acme.example", "x@googlegroups.com"],
)  # fmt: skip
def test_group_addresses_are_never_people(addr: str) -> None:
    assert is_group_address(addr) and is_machine_address(addr)


@pytest.mark.parametrize(
    "addr", ["jane.doe@acme.example", "allison@acme.example", "stephanie.all@acme.example"]
)
def test_personal_addresses_are_people(addr: str) -> None:
    assert not is_group_address(addr) and not is_machine_address(addr)


OWNER = Owner(emails=frozenset({"sam.lee@post.example"}))


def _obs(headers: str, body: str) -> list[Obs]:
    raw = (
        "Delivered-To: sam.lee@post.example\nTo: sam.lee@post.example\n"
        "Date: Mon, 04 May 2026 09:00:00 -0400\nMessage-ID: <m1@x.example>\n"
        f'{headers}\nContent-Type: text/plain; charset="utf-8"\n\n{body}\n'
    ).encode()
    msg = parse_message(SourceItem("m1", "rfc822", raw))
    return observe_message(msg, 0, OWNER, datetime(2026, 5, 4, tzinfo=UTC))


def test_meeting_cue_in_french_names_the_interviewer() -> None:
    obs = _obs(
        "From: Julie Roche <julie.roche@verrier.example>",
        "Vous rencontrerez Anne Morel, directrice\n(anne.morel@verrier.example), le 12 mai.",
    )
    people, _ = interviewers_of(obs, OWNER)
    assert [p.email for p in people] == ["anne.morel@verrier.example"]


def test_recruiter_holding_the_screen_is_the_interviewer() -> None:
    obs = _obs(
        "From: Harriet Osei <harriet.osei@quill.example>",
        "The first step is a phone screen with me on Monday, May 11 at 3 PM ET.",
    )
    people, _ = interviewers_of(obs, OWNER)
    assert [p.email for p in people] == ["harriet.osei@quill.example"]


def test_coordinator_booking_someone_else_is_not_the_interviewer() -> None:
    obs = _obs(
        "From: Harriet Osei <harriet.osei@quill.example>",
        "I've booked your phone screen with Omar on Monday, May 11 at 3 PM ET.",
    )
    people, _ = interviewers_of(obs, OWNER)
    assert people == []


def test_reply_to_named_as_interviewer_and_ats_sender_never_the_recruiter() -> None:
    obs = _obs(
        "From: Acme <acme@talent.icims.example>\nReply-To: Carla Mendez <carla@acme.example>",
        "Phone interview\nDate: May 12, 2026\nInterviewer: Carla Mendez, Recruiter",
    )
    people, _ = interviewers_of(obs, OWNER)
    assert people == [Person("Carla Mendez", "carla@acme.example")]
    noreply = _obs(
        "From: Acme <acme@acme.myworkday.example>",
        "Questions? Contact your coordinator, Dana Lee, at dana.lee@acme.example.",
    )
    rec = recruiter_of(noreply, OWNER)
    assert rec is not None and rec.email == "dana.lee@acme.example"


@pytest.mark.parametrize(
    "text",
    [
        "2026 Product Summit agenda",
        "Job: https://jobs.acme.example/data-engineer",
        "the data team - screen call",
        "69002 Lyon",
    ],
)
def test_no_role_from_years_links_or_lowercase_lines(text: str) -> None:
    assert pick_role([text]) is None


def test_contact_line_in_german_is_not_an_interviewer() -> None:
    obs = _obs(
        "From: Jana Vogt <jana.vogt@kessel.example>",
        "Ihr Gespräch mit Team Data am 12. Mai 2026 um 10:00 Uhr.\n"
        "Bei Fragen können Sie mich gerne ansprechen: jana.vogt2@kessel.example",
    )
    people, _ = interviewers_of(obs, OWNER)
    assert "jana.vogt2@kessel.example" not in {p.email for p in people}
