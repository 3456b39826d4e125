"""Capabilities added in round 47 (session 14, the first contact with blind179-181): skilled
trades and union apprenticeships, EU selection boards in French and English, and moved times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _detdata import blind_case, signal_names

from detector import classify
from detector.extract import pick_company
from detector.observe import relative_move


def test_a_union_apprenticeship_interview_committee() -> None:
    # "Report time: 7:45 AM (sign in at the front desk)", then "Interview time: 8:15 AM"
    (iv,) = blind_case("b180-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 3, 14, 15, tzinfo=UTC)
    # the initials, then an acronym kept whole: "Bayou City Electrical JATC" for bcejatc
    name, _ = pick_company(["Bayou City Electrical JATC\n"], ["bcejatc.example"], [])
    assert name == "Bayou City Electrical JATC"
    assert "hiring process" in signal_names("appear before the JATC Interview Committee")
    # the aptitude test before it, and the results after it, are no interviews
    assert "assessment" in signal_names("you are eligible to sit for the aptitude test")
    assert blind_case("b180-14") == ()
    assert blind_case("b180-20") == ()


def test_trades_mail_and_relays() -> None:
    # a recruiter's "You'll need a TWIC card" is a job's requirement, not an ID appointment
    assert "appointment" not in signal_names("You'll need a TWIC card (or be able to get one)")
    assert "appointment" in signal_names("Your TWIC enrollment appointment is confirmed")
    assert len(blind_case("b180-06")) == 1
    # "arrive at the gatehouse by the check-in time" is a site's security, not a hotel's
    assert "travel booking" not in signal_names("arrive at the gatehouse by the check-in time")
    assert len(blind_case("b180-12")) == 1
    # a texting relay's message writes the texter's own address
    (iv,) = blind_case("b180-11")
    assert iv.recruiter is not None and iv.recruiter.email == "ruben@alvaradoelectric.example"
    # a school forwards the employer's slot list: the employer's mail names firm and people
    (iv,) = blind_case("b180-13")
    assert iv.company == "Hou-Tex Electrical Contractors"
    assert [p.email for p in iv.interviewers] == ["mruiz@houtexelectric.example"]


def test_pushed_by_half_an_hour() -> None:
    assert relative_move("Could we push our interview by\nhalf an hour") == timedelta(minutes=30)
    assert classify.is_reschedule("Could we push our interview by half an hour?")
    (iv,) = blind_case("b181-04")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 16, 8, 30, tzinfo=UTC)
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=45)


def test_selection_boards_and_their_look_alikes() -> None:
    # "en raison d'une indisponibilité d'un membre du jury" is no jury the owner sits on
    assert "user is the interviewer" not in signal_names("l'indisponibilité d'un membre du jury")
    assert "user is the interviewer" in signal_names("vous siégerez en tant que membre du jury")
    assert len(blind_case("b181-03")) == 1
    # the host who "will open the meeting and then leave" conducts nothing
    (iv,) = blind_case("b181-13")
    assert "sarah.benali@orpc.example" not in {p.email for p in iv.interviewers}
    # "Merci de confirmer votre présence auprès de Mme Élodie Marchand ... (elodie@...)"
    (iv,) = blind_case("b181-11")
    assert iv.recruiter is not None and iv.recruiter.email.startswith("elodie.marchand@")
    assert "assessment" in signal_names("Your test appointment is confirmed - ISO CAST")
    assert blind_case("b181-16") == ()
    # the panel the owner's work account forwarded: Delivered-To names the mailbox's owner
    assert blind_case("b181-20") == ()


def test_your_time_with_ours_in_brackets() -> None:
    # "Wednesday at 4pm your time (1pm our time)" from San Francisco: 1pm Pacific
    (iv,) = blind_case("b179-08")
    assert iv.end is not None and iv.end.astimezone(UTC) == datetime(
        2026, 8, 12, 20, 45, tzinfo=UTC
    )
