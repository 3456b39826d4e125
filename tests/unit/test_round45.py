"""Capabilities added in round 45 (session 14, the first contact with blind173-175): federal
panels, UK graduate schemes and assessment centres, and their look-alikes."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector import classify
from detector.extract import company_candidates, is_machine_address, role_from_segments


def test_a_subject_names_the_firm_then_its_step() -> None:
    # "FHRA Structured Interview - Program Analyst": the agency is FHRA, spelled out in the body
    assert "FHRA" in company_candidates(["FHRA Structured Interview - Program Analyst"])
    (iv,) = blind_case("b173-01")
    assert iv.company == "Federal Housing Resilience Agency"
    # "Partner interview" is the interviewer's rank, not the job
    assert role_from_segments("Partner interview - Ffion Carraway - Audit", "Harcourt Lyle") is None
    assert role_from_segments("Product Manager interview", None) == "Product Manager"
    _first, partner = blind_case("b174-02")
    assert partner.role == "Audit & Assurance Graduate Programme"


def test_days_offered_after_a_colon_are_a_proposal() -> None:
    offer = "Could we find 45 minutes next week? I could do:\n- Wed 3/11 at 10:00\n- Fri 3/13"
    assert classify.is_proposal(offer, 2)
    # the proposal is no interview of its own: the confirmed Thursday is the one
    (iv,) = blind_case("b173-13")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 12, 19, tzinfo=UTC)


def test_an_assessment_centre_day_is_one_interview() -> None:
    # "the clocks will have gone back on 25 October" dates no session; the day opens with its
    # "09:00 Welcome briefing" after the log-in check, though that row has no end
    (iv,) = blind_case("b174-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 10, 9, tzinfo=UTC)
    end = datetime(2026, 11, 10, 15, 45, tzinfo=UTC)
    assert iv.end is not None and iv.end.astimezone(UTC) == end
    assert iv.recruiter is None and iv.interviewers == ()  # "fsac.enquiries@": a team's box
    assert is_machine_address("fsac.enquiries@faststream-gov.example")
    # a passed online test leads to the centre: "Congratulations on your online assessment results"
    assert "test passed" in signal_names("Congratulations on your online assessment results")
    assert len(blind_case("b174-02")) == 2


def test_the_employers_note_beside_an_ats_booking() -> None:
    # HireVue booked it; the firm's recruiter wrote about "your live interview on Thursday 15th"
    (iv,) = blind_case("b174-03")
    assert iv.recruiter is not None and iv.recruiter.email == "aisha.begum@pembertonmarsh.example"
    # a take-home's mail names the job the review call's invite leaves out
    (iv,) = blind_case("b175-07")
    assert iv.role == "Data Engineer (dbt / Airflow)"


def test_graduate_look_alikes() -> None:
    footer = "Kingsgate Mutual Building Society is authorised by the Prudential Regulation"
    assert "non-job meeting" not in signal_names(footer)
    assert "non-job meeting" in signal_names("your building society appointment")
    (iv,) = blind_case("b174-07")
    assert iv.status == "cancelled"
    assert "networking" in signal_names("They are not interviews and do not form part of it")
    assert blind_case("b174-14") == ()
    assert "other interview types" in signal_names("HUFIS committee - VP Careers interview")
    assert "other interview types" not in signal_names("the panel on the hiring committee")
    assert blind_case("b174-18") == ()
    assert "rejection" in signal_names("Assessment centre feedback call (15 min)")
    assert blind_case("b174-20") == ()
    assert "user research" in signal_names("your dissertation interview on Thursday")
    assert blind_case("b174-21") == ()
