"""Capabilities added in round 73 (session 20, the first contact with blind286-289): an Atlanta
practice administrator, a Mumbai product analyst in Indian English, a Portland teacher, a
Raleigh customer success manager."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector import extract, texttime


def test_indian_english() -> None:
    # "27th Main, HSR Layout" is a Bengaluru street, not the 27th of May
    assert texttime.find_dates("27th Main, HSR Layout Sector 2, Bengaluru", date(2026, 9, 14)) == []
    (iv,) = blind_case("b287-01")
    assert iv.start == datetime(2026, 9, 15, 8, 30, tzinfo=UTC)
    # "a telephonic round with me"
    assert "screen/round" in signal_names("I've blocked this Saturday for a telephonic round")
    (iv,) = blind_case("b287-22")
    assert iv.start == datetime(2026, 10, 17, 6, tzinfo=UTC)
    # "closed from 9th to 11th Nov": days, not hours
    kolkata = ZoneInfo("Asia/Kolkata")
    ref = datetime(2026, 11, 3, 18, 5, tzinfo=kolkata)
    text = (
        "Our office is closed from 9th to 11th Nov. The new slot is Monday, 16th November at 11 AM."
    )
    assert [m.start for m in texttime.find_times(text, ref, kolkata)] == [
        datetime(2026, 11, 16, 11, tzinfo=kolkata)
    ]
    (iv,) = blind_case("b287-14")
    assert iv.start == datetime(2026, 11, 16, 5, 30, tzinfo=UTC)


def test_the_owner_on_a_panel_named_in_the_title() -> None:
    # "Interview: Business Analyst Intern - Rahul Deshpande (Panel: Ananya Iyer)"
    assert blind_case("b287-13") == ()


def test_a_step_after_the_company() -> None:
    # "Saffronleaf F2F: Case study presentation"
    assert "Saffronleaf F2F" not in extract.company_candidates(["Saffronleaf F2F: Case study"])
    (iv,) = blind_case("b287-12")
    assert iv.company == "Saffronleaf"
