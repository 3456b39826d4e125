from datetime import UTC, datetime, timedelta, timezone

from detector.extract import (
    clean_display_name,
    is_machine_address,
    is_room,
    pick_company,
    pick_role,
    role_from_segments,
)
from detector.model import Person
from detector.texttime import duration_in, find_times

REF = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=-8)))


def test_times_in_text() -> None:
    cases = {
        "Tuesday, March 3 at 2:00 PM PT": "2026-03-03T14:00:00-08:00",
        "3pm CET on the 4th": "2026-03-04T15:00:00+01:00",
        "tomorrow at 2": "2026-03-03T14:00:00-08:00",
        "Date: Monday, June 15, 2026\nTime: 9:00 AM - 10:00 AM Eastern": (
            "2026-06-15T09:00:00-04:00"
        ),
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


def test_roles_in_other_languages_and_not_event_types() -> None:
    cases = {
        "Thanks for your application for the Product Manager, Payments role at Q": (
            "Product Manager, Payments"
        ),
        "vielen Dank für Ihre Bewerbung als UX Researcher (m/w/d) bei der Stellwerk": (
            "UX Researcher"
        ),
        "Suite à votre candidature pour le poste de Cheffe de projet digital, je": (
            "Cheffe de projet digital"
        ),
        "Gracias por tu candidatura al puesto de Ingeniero de Datos en Solanara.": (
            "Ingeniero de Datos"
        ),
        "Bedankt voor je sollicitatie als Frontend Developer bij Grachtwerk.": (
            "Frontend Developer"
        ),
        "Interview for the SDE II role": "SDE II",
    }
    for text, role in cases.items():
        assert pick_role([text]) == role, text
    assert pick_role(["Your Recruiter Screen is booked for the Recruiter Screen role"]) is None
    subject = "Hiring Manager Interview - Branch Operations Lead"
    assert role_from_segments(subject, "Cedarline") == "Branch Operations Lead"
    assert role_from_segments("30 Minute Recruiter Screen - Quillmark", "Quillmark") is None


def test_relay_brand_is_not_the_employer_and_rooms_are_not_people() -> None:
    assert clean_display_name("Workable", "workablemail.com") is None
    assert clean_display_name("Brightwater Foods via SmartRecruiters", "x.com") == (
        "Brightwater Foods"
    )
    assert clean_display_name("Fernhill Bank Recruiting", "jobvite.com") == "Fernhill Bank"
    assert is_room(Person("Raum Elbe", "raum.elbe@kranich.de"))
    assert not is_room(Person("Roomy Chen", "roomy@x.com"))
    assert is_machine_address("cedarlinecareers@cedarline.ca")


def test_times_in_other_languages_and_ordinals() -> None:
    ref = datetime(2026, 6, 2, 10, 0, tzinfo=UTC)
    fr = find_times("le mardi 9 juin à 14h30, dans nos locaux", ref, UTC)[0]
    assert fr.start == datetime(2026, 6, 9, 14, 30, tzinfo=UTC)
    es = find_times("el lunes 15 de junio de 11:00 a 12:00 (hora de Madrid)", ref, UTC)[0]
    assert es.start.isoformat() == "2026-06-15T11:00:00+02:00" and es.end is not None
    pt = find_times("para o dia 22 de julho às 15h (horário de Brasília)", ref, UTC)[0]
    assert pt.start.isoformat() == "2026-07-22T15:00:00-03:00"
    nl = find_times("op donderdag 18 juni van 13:00 tot 14:00 uur", ref, UTC)[0]
    assert (nl.start.hour, nl.end.hour if nl.end else None) == (13, 14)
    nth = find_times("Does 3pm CET on the 4th work?", ref, UTC)[0]
    assert nth.start.isoformat() == "2026-06-04T15:00:00+02:00"
    floor = find_times("check in on the 19th floor; wraps up around 3:00 PM", ref, UTC)[0]
    assert not floor.has_date
