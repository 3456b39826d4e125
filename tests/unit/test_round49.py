"""Capabilities added in round 49 (session 14, the first contact with blind185-187): SaaS
booking tools, New Zealand public-sector mail, Polish shared-services centres."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector import classify
from detector.extract import org_key, pick_company


def test_public_suffixes_of_several_labels() -> None:
    # the Public Suffix List: "govt.nz" and "gov.au" are registries, not organisations
    assert org_key("hcc.govt.nz") == "hcc"
    assert org_key("waterfutures.govt.nz.example") == "waterfutures"
    assert org_key("mail.kestrelhealth.com") == "kestrelhealth"
    assert org_key("acme.co.example") == "acme"
    # three initials spell a public body: "Department of Climate Adaptation" for dca
    text = "Kind regards,\nJessica Tran\nDepartment of Climate Adaptation\n"
    name, _ = pick_company([text], ["dca.gov.au.example"], [])
    assert name == "Department of Climate Adaptation"


def test_new_zealand_words() -> None:
    # "Are you free for a quick kōrero tomorrow at 2pm? It's a 20-minute phone call"
    assert "screen/round" in signal_names("Are you free for a quick kōrero tomorrow at 2pm?")
    (iv,) = blind_case("b186-02")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 10, 1, tzinfo=UTC)
    # "could we move our kōrero from Tuesday to Thursday next week, at 3pm?"
    assert classify.is_reschedule("could we move our kōrero from Tuesday to Thursday")
    (iv,) = blind_case("b186-08")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 16, 3, tzinfo=UTC)


def test_a_recap_of_two_booked_interviews() -> None:
    # "Let me know if either time doesn't work" is a condition on two booked times, and a legal
    # citation's "30(b)(6)" is no list marker: each listed interview is its own
    assert not classify.is_proposal("Let me know if either time doesn't work.", 2)
    assert not classify.is_proposal("talk about the Corvane 30(b)(6) work", 2)
    assert len(blind_case("b185-08")) == 2
    assert len(blind_case("b183-09")) == 2
    # "I'll call you this Thursday (5 March) at 11:00 for a 30-minute conversation"
    first, _second = blind_case("b187-13")
    assert first.start.astimezone(UTC) == datetime(2026, 3, 5, 10, tzinfo=UTC)


def test_owner_of_a_standalone_invite() -> None:
    # "Final interview - ... - H. Kowalczyk / Dr. K. Vogel (CFO)", "Dear Ms Kowalczyk": the
    # candidate, not the CFO whose "Dr." is in the title
    (iv,) = blind_case("b187-21")
    assert iv.company == "Auenwald"


def test_look_alikes_of_round_49() -> None:
    assert "sales demo" in signal_names("Helmsley Customer Advisory Board - Spring Session")
    assert blind_case("b185-15") == ()
    assert "practice run" in signal_names("we'll run it like a real final-round panel")
    assert blind_case("b185-22") == ()
    assert "onboarding" in signal_names("Pre-boarding call: Hannah (new joiner, R2R Specialist)")
    assert blind_case("b187-05") == ()
    assert "onboarding" in signal_names("Benefits enrolment call - Ardmore Logistics new joiners")
    assert blind_case("b187-11") == ()
