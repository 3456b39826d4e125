"""Fields and look-alikes added in round 5: signatures, team mailboxes, accents, invite titles
that name people, networking coffees, coaching in other languages, lower-case job titles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from detector import classify
from detector.extract import _clean_role, pick_company, pick_role, role_from_segments
from detector.model import Person
from detector.observe import text_when
from detector.people import _conducts
from detector.texttime import duration_in, find_times


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


def test_a_contact_number_on_whatsapp_is_not_a_scam() -> None:
    legit = "Happy to connect! You can WhatsApp me on +91 98450 00000 if anything changes."
    scam = "The interview will be held on Telegram chat with our hiring manager."
    assert not any(r.startswith("scam") for r in classify.score(legit)[1])
    assert any(r.startswith("scam") for r in classify.score(scam)[1])


def test_a_newsletter_issue_is_not_an_interview() -> None:
    s, reasons = classify.score("Issue #112\n\nYour interview is Thursday at 2pm. Here's the plan.")
    assert any(r.startswith("newsletter") for r in reasons)
    assert s < classify.ACCEPT


def test_either_of_two_slots_is_a_proposal() -> None:
    assert classify.is_proposal("Would either of these work? Tue 10am or Wed 8:30am", 2)


def test_a_bare_weekday_means_the_date_the_quoted_mail_proposed() -> None:
    ref = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    quoted = "From: a@b.example\nSent: Tuesday, March 3, 2026 9:00\n\n- Wed 3/11 at 8:30am"
    when = text_when("Locked in for Wednesday, 8:30-9:00.", ref, UTC, quoted)
    assert when.start == datetime(2026, 3, 11, 8, 30, tzinfo=UTC) and not when.weekday_only
    # the quote header's own date is when mail was written, not a proposed day
    header_only = "From: a@b.example\nSent: Wednesday, March 4, 2026 9:00\nTo: c@d.example"
    when = text_when("See you Wednesday at 8:30.", ref, UTC, header_only)
    assert when.start == datetime(2026, 3, 4, 8, 30, tzinfo=UTC) and when.weekday_only


def test_every_name_on_a_labelled_interviewer_line_conducts() -> None:
    body = "Gesprächspartner: Stefan Brandt (Teamleiter Backend) und Aylin Demir (Entwicklerin)"
    names = ["stefan", "aylin"]
    assert _conducts(Person("Aylin Demir", "aylin.demir@x.example"), body, names)
    flat = "Panel: Ann Lee (Head of X) and Bo Ray. Roughly 90 minutes. Best wishes, Oliver Grant"
    assert not _conducts(Person("Oliver Grant", "o.grant@x.example"), flat, ["ann", "bo", "oliver"])


def test_travel_onboarding_and_volunteering_are_look_alikes() -> None:
    for text in [
        "Flight confirmation CA214: departs 7:40 PM, boarding pass attached. Nail the interview!",
        "Welcome to the team! Your first day is Monday June 1 - badge pickup at 9:00.",
        "Thanks for volunteering - a quick interview for the mentor role at the robotics club.",
    ]:
        names = {r.split(" (")[0] for r in classify.score(text)[1]}
        assert names & classify.LOOKALIKE, text


def test_an_item_with_no_job_or_call_word_is_held_below_acceptance() -> None:
    assert not classify.has_topic(["confirmed (+1.5)", "owner invited as attendee by x (+1.5)"])
    assert classify.has_topic(["screen/round in quoted text (+1)"])
    assert classify.has_topic(["sent through ATS/scheduler greenhouse.io (+1)"])


def test_clock_words_and_bare_range_starts() -> None:
    ref = datetime(2026, 5, 12, 11, 0, tzinfo=UTC)

    def first(text: str) -> datetime:
        return find_times(text, ref, UTC)[0].start

    assert first("half past ten on Monday") == datetime(2026, 5, 18, 10, 30, tzinfo=UTC)
    assert first("om half 11 op donderdag").hour == 10
    assert first("quarter to three on Friday").minute == 45
    assert first("locked in for Tue 5/19, 2-2:30").hour == 14
    assert find_times("pages 2-3 of the doc", ref, UTC) == []


def test_later_stages_are_rounds() -> None:
    assert "screen/round (+2)" in classify.score("we'd like to move you to the second stage")[1]


def test_past_conversations_do_not_name_the_interviewer() -> None:
    body = "As discussed with Meera Pillai, this is the technical round. I'll be taking it myself."
    assert not _conducts(Person("Meera Pillai", "meera@x.example"), body, ["meera"])


def test_refusals_alerts_press_and_offers_in_other_languages() -> None:
    cases = {
        "rejection": "Nous avons décidé de ne pas donner suite à votre candidature.",
        "job alert": "Votre alerte emploi : 12 nouvelles offres pour vous. Postuler",
        "media interview": "Soy periodista y preparo un reportaje; ¿una entrevista el jueves?",
        "offer": "Vi är glada att kunna ge dig ett anställningserbjudande.",
    }
    for signal, text in cases.items():
        assert any(r.startswith(signal) for r in classify.score(text)[1]), (signal, text)
    assert classify.is_withdrawal("Je souhaite retirer ma candidature, merci.")


def test_day_month_order_is_read_from_the_nearest_future_date() -> None:
    ref = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    assert find_times("I've blocked Tue 10/3, 4.30-5pm", ref, UTC)[0].start.date().month == 3
    assert find_times("Thu 3/12 @ 4:30pm", ref, UTC)[0].start.date().day == 12


def test_a_zone_after_a_later_time_is_not_this_times_zone() -> None:
    ref = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
    (first, _) = find_times("11:00 WAT on Friday is 6pm here in Singapore", ref, UTC)
    assert first.start.utcoffset() is not None and first.start.utcoffset().seconds == 3600
    # "eat" is a word, not East Africa Time
    (lunch,) = find_times("11:45 - 12:45 Lunch break - eat something on 22 April", ref, UTC)
    assert lunch.start.tzinfo is UTC


def test_titles_and_lengths_in_more_languages() -> None:
    assert role_from_segments("Entrevista – Gestora de Produto | Tejo Digital", "Tejo Digital") == (
        "Gestora de Produto"
    )
    assert role_from_segments("Bekräftelse: Intervju med Fjällvind – Dataingenjör", None) == (
        "Dataingenjör"
    )
    assert pick_role(["avançar para a posição de Engenheira de Software Sénior (Python)."])
    ref = datetime(2026, 3, 20, tzinfo=UTC)
    (m,) = find_times("24/03/2026, das 10h às 10h45", ref, UTC)
    assert m.end is not None and (m.end - m.start).seconds == 45 * 60
    assert duration_in("ok. 60 minut") == timedelta(hours=1)


def test_group_interviews_german_compounds_and_trial_shifts() -> None:
    group = (
        "We'd like to invite you to our group interview for the Banquet Server role with "
        "other candidates: a group conversation and brief one-on-one questions."
    )
    s, reasons = classify.score(group)
    assert s >= classify.ACCEPT, reasons
    assert "interview word (+3)" in classify.score("Einladung zum Fachgespräch am Montag")[1]
    assert any(r.startswith("assessment") for r in classify.score("a paid trial shift")[1])
    assert classify.prescreen(b"Bev here - got your resume for the job, come by tomorrow")


def test_honorifics_do_not_hide_the_people_who_conduct() -> None:
    body = "The interview will hold with Mr. Tunde Bakare (CTO) and Mrs. Funke Adeyemi (QA)."
    firsts = ["tunde", "funke"]
    for who in [
        Person("Tunde Bakare", "t.bakare@x.example"),
        Person("Funke Adeyemi", "f@x.example"),
    ]:
        assert _conducts(who, body, firsts), who


def test_an_acronym_company_is_spelled_out_when_the_text_does() -> None:
    texts = ["OCW selection panel", "Thank you for applying to the Office of Coastal Waterways."]
    assert pick_company(texts, ["ocw.example"], [])[0] == "Office of Coastal Waterways"
