"""Capabilities added in round 40 (session 12, the first contact with blind158-160): Arabic,
Berlin startup and East African NGO hiring mail and their look-alikes."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector.texttime import named_zones


def test_look_alikes() -> None:
    # a recruiter's "Ramadan Iftar – Bedaya Engineering Talent Community"
    assert "non-job meeting" in signal_names("Ramadan Iftar – Bedaya Engineering Talent Community")
    assert blind_case("b158-08") == ()
    # an engineering council's "مقابلة مهنية – الاعتماد المهني" (professional accreditation)
    assert "other interview types" in signal_names("مقابلة مهنية – الاعتماد المهني")
    assert blind_case("b158-11") == ()
    # "بصفتك عضو في لجنة المقابلة" (as a member of the interview committee)
    assert "user is the interviewer" in signal_names("بصفتك عضو في لجنة المقابلة")
    assert blind_case("b158-16") == ()
    # a freelance kick-off: "In Woche 2 führen wir Stakeholder-Interviews"
    assert "user research" in signal_names("In Woche 2 führen wir Stakeholder-Interviews")
    assert blind_case("b159-14") == ()
    # "the verification team will interview finance and programme staff", "the entrance meeting
    # for the statutory audit", "please lead the technical questions ... Score sheets"
    assert "non-job meeting" in signal_names("the entrance meeting for the statutory audit")
    for case in ("b160-14", "b160-16", "b160-17"):
        assert blind_case(case) == (), case
    # "You are invited to sit for a written aptitude and technical test"; "Candidates who
    # pass the written test will be contacted for an oral interview at a later date"
    assert "assessment" in signal_names("You are invited to sit for a written aptitude test")
    assert blind_case("b160-18") == ()


def test_a_written_test_then_the_oral_interview() -> None:
    # the shortlisting mail books the test; "Candidates who attain the pass mark will be invited
    # for an oral interview later the same week"; the reply books it
    assert "interview only after a test" in signal_names("Candidates who attain the pass mark")
    (iv,) = blind_case("b160-02")
    assert iv.start.astimezone(UTC) == datetime(2026, 5, 14, 11, 30, tzinfo=UTC)


def test_swahili_and_an_interview_day_gate() -> None:
    # "mahojiano mafupi ya simu (phone interview) nawe kesho, Jumatano, saa nne asubuhi"
    assert "interview word" in signal_names("Tungependa kufanya mahojiano mafupi ya simu")
    (iv,) = blind_case("b160-03")
    assert iv.start.astimezone(UTC) == datetime(2026, 6, 10, 7, tzinfo=UTC)
    # "Kindly arrive by 9:00 am for security clearance at the gate" is no clearance interview
    assert "other interview types" not in signal_names(
        "arrive by 9:00 for security clearance at the gate"
    )
    (iv,) = blind_case("b160-13")
    assert iv.start.astimezone(UTC) == datetime(2026, 11, 16, 6, 30, tzinfo=UTC)


def test_moves_in_arabic_and_german() -> None:
    # "هنأجل المقابلة ليوم الاتنين 2 نوفمبر نفس الميعاد" (we'll put the interview off to Monday)
    assert len(blind_case("b158-21")) == 1
    # "Können wir auf Donnerstag schieben, gleiche Uhrzeit?"
    (iv,) = blind_case("b159-18")
    assert iv.start.astimezone(UTC) == datetime(2026, 5, 21, 8, tzinfo=UTC)


def test_geneva_time() -> None:
    # "Time: 10:00 hours (Geneva time)" in Inspira's mail and the panel's Teams invite: one
    assert [str(z) for z in named_zones("10:00 hours (Geneva time)")] == ["Europe/Zurich"]
    assert len(blind_case("b160-01")) == 1
