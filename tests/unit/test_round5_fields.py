"""Fields and look-alikes added in round 5: signatures, team mailboxes, accents, invite titles
that name people, networking coffees, coaching in other languages, lower-case job titles."""

from __future__ import annotations

from detector import classify
from detector.extract import _clean_role, pick_company, pick_role


def test_company_from_a_signature_when_everyone_writes_from_personal_mail() -> None:
    text = "See you at noon.\n\nDave\nService Manager, Tidewater Marine Electronics\ncell 555"
    assert pick_company([text], [], []) == (
        "Tidewater Marine Electronics",
        "signature of the sender",
    )


def test_a_team_mailbox_name_is_the_company_without_its_team() -> None:
    name, _ = pick_company(
        ["Your call is booked."], ["wattlefinch.example"], ["Wattle & Finch Talent Team"]
    )
    assert name == "Wattle & Finch"


def test_accented_names_spell_their_domain() -> None:
    name, why = pick_company(["Entrevista técnica na Ipê Pagamentos"], ["ipepag.example"], [])
    assert name == "Ipê Pagamentos" and "domain" in why


def test_invite_titles_lose_the_people_they_name() -> None:
    assert _clean_role("Product Analyst - Mia Castellano / Rachel Okoye") == "Product Analyst"
    assert _clean_role("Senior Data Engineer - Payments") == "Senior Data Engineer - Payments"


def test_a_lower_case_title_in_running_text() -> None:
    role = pick_role(["passed me your resume for the field service tech job. Any chance"])
    assert role == "Field service tech"


def test_networking_and_foreign_coaching_are_look_alikes() -> None:
    for text in [
        "Happy to do an informational interview about my team, no role open right now",
        "To be clear this isn't part of a hiring process, just a friendly coffee",
        "Votre séance de simulation d'entretien est confirmée",
    ]:
        _, reasons = classify.score(text)
        names = {r.split(" (")[0] for r in reasons}
        assert names & classify.LOOKALIKE, (text, reasons)


def test_a_manager_who_will_ring_you_about_the_job_is_a_conversation() -> None:
    s, reasons = classify.score(
        "I have your resume for the field service tech job. Can you come by the shop "
        "tomorrow at noon? I'll ring you if anything changes."
    )
    assert {"hiring process (+2)", "conversation (+1)"} <= set(reasons), reasons
    assert s > 0
