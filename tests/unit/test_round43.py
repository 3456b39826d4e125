"""Capabilities added in round 43 (session 13, the first contact with blind167-169): US tech,
banking and startup hiring mail and their look-alikes."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector.extract import company_domains
from detector.model import Person
from detector.texttime import zone_in


def test_a_given_name_that_is_a_city() -> None:
    # "9:45 AM – 10:25 AM    Sofia Reyes, Director" is no Sofia time
    assert zone_in("    Sofia Reyes, Director") is None
    assert str(zone_in(" (Sofia)")) == "Europe/Sofia"
    assert str(zone_in(" Lisbon Time")) == "Europe/Lisbon"
    (iv,) = blind_case("b168-02")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 17, 13, tzinfo=UTC)


def test_a_list_whose_first_step_is_a_test() -> None:
    # "1) Modeling test: ... 2) Second round is locked for this Tuesday, 9/15 ... 1:00-2:30pm CT"
    starts = sorted(i.start.astimezone(UTC) for i in blind_case("b168-04"))
    assert starts == [datetime(2026, 9, 10, 15, tzinfo=UTC), datetime(2026, 9, 15, 18, tzinfo=UTC)]


def test_why_a_slot_moves_is_no_meeting_of_the_owner() -> None:
    # "Owen now has an investment committee meeting Monday morning"
    assert "fundraising" not in signal_names(
        "Owen now has an investment committee meeting Monday morning. Could you do Thursday?"
    )
    assert sorted(i.status for i in blind_case("b168-08")) == ["cancelled", "scheduled"]


def test_an_internal_mobility_interview() -> None:
    # "Theo will submit feedback in Greenhouse like any other loop" is the interviewer's part
    assert "user is the interviewer" not in signal_names(
        "this is a real interview and Theo will submit feedback in Greenhouse"
    )
    assert "user is the interviewer" in signal_names("Please submit your feedback by Friday")
    (iv,) = blind_case("b167-07")
    assert iv.company == "Cascade Freightline"
    # the owner's own employer names the firm only when no other does
    owner = frozenset({"maren@cascade.example"})
    colleagues = [Person("Hannah", "hannah@cascade.example"), Person("Al", "al@acme.example")]
    assert company_domains(colleagues, owner) == ["acme.example"]
    assert company_domains(colleagues[:1], owner) == ["cascade.example"]


def test_us_look_alikes_and_moves() -> None:
    assert "event/fair" in signal_names("Emerald City Hack 2026 - Kickoff & Team Formation")
    assert blind_case("b167-18") == ()
    assert "non-job meeting" in signal_names("Harlow Outdoor <> Copperline | Q1 QBR")
    assert "non-job meeting" not in signal_names("present a short case: a QBR for a customer")
    assert blind_case("b169-02") == ()
    # "I've moved it in JazzHR, so you might see another notification from them"
    (iv,) = blind_case("b169-07")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 9, 18, 30, tzinfo=UTC)
    # a founder on personal mail signs "Co-founder & CEO, Tidewell"
    (iv,) = blind_case("b169-03")
    assert iv.company == "Tidewell"
