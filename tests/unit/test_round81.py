"""Capabilities added in round 81 (session 23, the first contact with blind318-321): mainstream
English from Toronto, Sydney, Dallas and London."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names


def test_london_headhunters() -> None:
    # "Your name came up over lunch with a former colleague of yours" is no reference check;
    # "a proper screening conversation", then "Let's do tomorrow at half two"
    assert "reference check" not in signal_names("Your name came up with a former colleague")
    (iv,) = blind_case("b321-01")
    assert iv.start == datetime(2026, 10, 7, 13, 30, tzinfo=UTC)
    # "I'm not pitching a specific role ... Could I buy you a coffee?", then "Perfect"
    assert blind_case("b321-20") == ()
    # an agency's subject names its client before the job: "Cheapside Advisory, Risk Consultant"
    (iv,) = blind_case("b321-12")
    assert (iv.company, iv.role) == ("Cheapside Advisory", "Risk Consultant")


def test_dallas_sales_loop() -> None:
    # "Role-play: discovery call with Kyle" is an onsite session, not a vendor's discovery call
    (iv,) = blind_case("b320-20")
    assert iv.start == datetime(2026, 11, 5, 15, 30, tzinfo=UTC)


def test_australian_phone_screen() -> None:
    # "covering your registration" is the screen's subject, not an event sign-up; the length
    # the first mail gave ("roughly half an hour") ends the slot the reply locked in
    (iv,) = blind_case("b319-04")
    assert iv.end == datetime(2026, 10, 14, 1, 30, tzinfo=UTC)
