"""Capabilities added in round 54 (session 16): batch 67's open cases (an HR generalist who
books interviews for others at work; a forwarded note read at a conditional hour)."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case

from detector import observe
from detector.classify import books_their_interview, writers_own_interview
from detector.extract import owner_quote, pick_role, share_roles
from detector.model import Interview, InterviewKind
from detector.texttime import zone_words

REF = datetime(2026, 2, 16, 14, tzinfo=UTC)


def test_a_timed_day_or_another_day_is_an_offer() -> None:
    # "I'm open Wednesday at 1:30 or Thursday morning": nothing booked until the reply
    said = observe.text_when(
        "I'm open Wednesday at 1:30 or Thursday morning any time between 9 and 11 ET.", REF, UTC
    )
    assert said.start is None and said.proposal
    (iv,) = blind_case("b212-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 2, 19, 15, tzinfo=UTC)


def test_the_owner_quoted_booking_someone_elses_interview() -> None:
    mail = (
        "Confirmed - see you Tuesday at 10.\n\n"
        "On Wed, Feb 25, 2026 at 4:40 PM, Maribel <mc@work.example> wrote:\n"
        "> This email confirms your interview for the Dispatch Supervisor position.\n"
        "> Interviewers: Raymond Okafor (Transportation Manager) and me\n"
    )
    quoted = owner_quote(mail, frozenset({"mc@work.example"}))
    assert quoted.startswith("This email confirms your interview")
    assert owner_quote(mail, frozenset({"someone@else.example"})) == ""
    assert books_their_interview(quoted)
    assert not books_their_interview("Thanks for the invitation, Tuesday works for me.")
    assert blind_case("b212-02") == ()


def test_a_candidate_writing_of_their_own_interview() -> None:
    # "overlaps with my interview for the Inventory Control Lead position (Wednesday at 9:00
    # with you and Mr. Okafor). Would it be possible to move my interview to Friday"
    assert writers_own_interview("it overlaps with my interview for the Lead position")
    assert writers_own_interview("Would it be possible to move my interview to Friday?")
    assert not writers_own_interview("Would it be possible to move the interview to Friday?")
    assert blind_case("b212-12") == ()


def test_a_lead_in_that_counts_the_steps() -> None:
    # "The next step is two conversations: 1) Monday ... - Farah 2) Wednesday ... - Wendell"
    first, second = blind_case("b212-14")
    assert first.start.astimezone(UTC) == datetime(2026, 4, 6, 19, tzinfo=UTC)
    assert second.start.astimezone(UTC) == datetime(2026, 4, 8, 13, tzinfo=UTC)
    # the person after a schedule row's hours conducts it
    assert [p.email for p in first.interviewers] == ["farah.siddiqui@oconeevalleycu.example"]
    assert second.role == "HR Business Partner - Retail Network"


def test_us_states_before_a_zip_code() -> None:
    assert [z.key for z in zone_words("2200 Old Milton Pkwy, Alpharetta, GA 30009")] == [
        "America/New_York"
    ]
    assert [z.key for z in zone_words("100 Main St, Plano TX 75024-1234")] == ["America/Chicago"]
    assert zone_words("GA 3000") == []  # (an Australian-style four-digit code)


def test_a_business_unit_after_a_title_is_kept() -> None:
    text = "move you forward for the HR Business Partner - Retail Network role."
    assert pick_role([text]) == "HR Business Partner - Retail Network"
    assert pick_role(["the Product Analyst - Mia Castellano role"]) == "Product Analyst"
    ivs = [
        Interview(
            "a", "Oconee", "HR Business Partner", InterviewKind.OTHER, REF, None, "scheduled"
        ),
        Interview(
            "b",
            "Oconee",
            "HR Business Partner - Retail Network",
            InterviewKind.OTHER,
            REF,
            None,
            "scheduled",
        ),
    ]
    assert {iv.role for iv in share_roles(ivs)} == {"HR Business Partner - Retail Network"}


def test_a_conditional_hour_is_no_new_time() -> None:
    # "If 8 am is too early for you, ... we'll use his Monday back-up instead"
    (iv,) = blind_case("b213-15")
    assert iv.start.astimezone(UTC) == datetime(2026, 9, 18, 14, tzinfo=UTC)
