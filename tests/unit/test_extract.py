from datetime import UTC, datetime, timedelta, timezone

from detector.extract import is_machine_address, pick_company, pick_role, role_from_segments
from detector.texttime import duration_in, find_times

REF = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=-8)))


def test_times_in_text() -> None:
    cases = {
        "Tuesday, March 3 at 2:00 PM PT": "2026-03-03T14:00:00-08:00",
        "3pm CET on the 4th": "2026-03-04T15:00:00+01:00",
        "tomorrow at 2": "2026-03-03T14:00:00-08:00",
        "Date: Monday, June 15, 2026\nTime: 9:00 AM - 10:00 AM Eastern": "2026-06-15T09:00:00-04:00",
    }
    for text, want in cases.items():
        got = [m for m in find_times(text, REF, REF.tzinfo or UTC) if m.has_date]
        assert got and got[0].start.isoformat() == want, text


def test_range_and_duration() -> None:
    (m,) = find_times("on 2026-04-01, 14:00-15:00 BST", REF, UTC)
    assert m.end is not None and m.end.isoformat() == "2026-04-01T15:00:00+01:00"
    assert duration_in("a 45-minute call") == timedelta(minutes=45)
    assert find_times("call (206) 555-0147, id 845 2231 9907", REF, UTC) == []


def test_company_never_vendor_and_matches_domain() -> None:
    name, _ = pick_company(
        ["Thanks for applying to the Staff Engineer role at Acme Widgets!"],
        ["acmewidgets.example"],
        [],
    )
    assert name == "Acme Widgets"
    name, _ = pick_company(["Greenhouse"], [], ["Initech Corp"])
    assert name == "Initech Corp"


def test_role_and_addresses() -> None:
    assert pick_role(["for the Senior Data Analyst role on the team"]) == "Senior Data Analyst"
    assert (
        role_from_segments("Interview: Backend Engineer - Initech", "Initech") == "Backend Engineer"
    )
    assert is_machine_address("no-reply@hire.lever.co") and is_machine_address(
        "notifications@calendly.com"
    )
    assert not is_machine_address("jane.doe@acme.example")
