"""Capabilities added in round 42 (session 13, the first contact with blind164-166): Canadian
public-service and mining hiring, a London designer's mail, and their look-alikes."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector.extract import pick_role, spells_a_domain
from detector.texttime import duration_in, global_zone, named_zones


def test_canadian_french_zones_and_a_written_exam_first() -> None:
    # "de 9 h 30 à 11 h, heure des Rocheuses" beside "11:30 a.m. ... Eastern Time"
    assert [str(z) for z in named_zones("9 h 30, heure des Rocheuses")] == ["America/Edmonton"]
    assert [str(z) for z in named_zones("13 h, heure du Centre")] == ["America/Winnipeg"]
    (iv,) = blind_case("b166-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 10, 15, 30, tzinfo=UTC)
    assert iv.role == "Physical Scientist (PC-02)"


def test_an_all_day_hold_then_the_itinerary() -> None:
    # Outlook's "When: Tuesday, June 16, 2026 12:00 AM-Wednesday, June 17, 2026 12:00 AM"
    # restates the hold; "Saskatoon airport" is no "on air"; the itinerary gives 10:00-13:45
    assert "media interview" not in signal_names("the charter terminal, Saskatoon airport")
    (iv,) = blind_case("b166-04")
    assert iv.start.astimezone(UTC) == datetime(2026, 6, 16, 16, tzinfo=UTC)
    assert iv.end is not None
    assert iv.end.astimezone(UTC) == datetime(2026, 6, 16, 19, 45, tzinfo=UTC)


def test_titles_and_names() -> None:
    # "Candidature - Géologue, caractérisation environnementale", "au poste de géologue en ..."
    (iv,) = blind_case("b166-06")
    assert (iv.role or "").startswith("Géologue")
    # "Portfolio presentation – Senior Product Designer, Ticketing (Stellwerk Mobility)"
    assert (
        pick_role(
            ["Portfolio presentation – Senior Product Designer, Ticketing (Stellwerk Mobility)\n"]
        )
        == "Senior Product Designer, Ticketing (Stellwerk Mobility)"
    )
    (iv,) = blind_case("b165-12")
    assert iv.role == "Senior Product Designer, Ticketing"
    # the domain shortens the first word: mares-labs is "Marésia Labs"
    assert spells_a_domain("Marésia Labs", ["mares-labs.example"])
    assert not spells_a_domain("Marésia Labs", ["mar-labs.example"])


def test_a_design_crit_that_calibrates_a_panel() -> None:
    assert "internal meeting" in signal_names("Weekly design crit. Come with critique")
    assert "user is the interviewer" in signal_names("Please skim the three shortlisted portfolios")
    assert blind_case("b165-15") == ()


def test_an_indeed_relay_thread() -> None:
    # Indeed's footer "Protect yourself from fraud: never provide your bank details" is no scam;
    # its "--- Previous message ---" quotes the owner; "© 2026 Indeed - ... Austin, TX" is
    # Indeed's office, not the writer's (the practice is in Atlanta)
    warning = "Protect yourself from fraud: never provide your bank details"
    assert "scam" not in signal_names(warning)
    assert "scam" in signal_names("To release the equipment, provide your bank details today")
    (iv,) = blind_case("b164-05")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 2, 13, 30, tzinfo=UTC)


def test_a_clock_gap_is_no_length_and_a_floating_invite_states_its_zone() -> None:
    # "so that's still 10:00 AM your time (the one-hour difference doesn't change)"
    assert duration_in("the one-hour difference doesn't change") is None
    assert duration_in("a one-hour interview") is not None
    (iv,) = blind_case("b164-10")
    assert iv.end is not None and (iv.end - iv.start).total_seconds() == 30 * 60
    # DTSTART:20261022T090000 (no zone), "All times on this invite are Arizona time"
    assert str(global_zone("All times on this invite are Arizona time (MST)")) == "America/Phoenix"
    (iv,) = blind_case("b164-11")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 22, 16, tzinfo=UTC)
