"""Capabilities added in round 64 (session 18, the first contact with blind250, blind252 and
blind253): a Lagos product manager, a Kyiv QA engineer writing Ukrainian, a Zurich regulatory
affairs manager writing Swiss German and French."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector import classify, extract, texttime


def test_look_alikes() -> None:
    # a lost certificate replaced ("Clearance Interview", "Sworn affidavit of loss")
    assert "appointment" in signal_names("Replacement of Certificate of National Service")
    assert blind_case("b250-14") == ()
    # a church committee interviewing caterers, an association's general assembly, the tax
    # office
    assert "non-job meeting" in signal_names("interview the three shortlisted caterers")
    assert "non-job meeting" in signal_names("Einladung zur 24. ordentlichen Generalversammlung")
    assert "appointment" in signal_names("Terminbestätigung: Besprechung Steuererklärung 2025")
    assert blind_case("b250-16") == () and blind_case("b253-17") == ()
    assert blind_case("b253-19") == ()
    # a booking page's slots not yet chosen: "einen der freien Termine", "noch keinen Termin
    # für Ihr Vorstellungsgespräch gewählt"
    assert classify.PROPOSAL.search("Bitte wählen Sie einen der freien Termine aus")
    assert blind_case("b253-21") == ()


def test_clocks_and_shifts_are_no_moves_or_lengths() -> None:
    # "we switch back to standard time this Sunday (Nov 1)" is the clocks
    assert not classify.is_reschedule("we switch back to standard time this Sunday (Nov 1)")
    assert classify.is_reschedule("Could we switch it to Friday at 3?")
    assert len(blind_case("b250-07")) == 2
    # "eine halbe Stunde später starten" moves the start; it is no length
    assert texttime.duration_in("Könnten wir eine halbe Stunde später starten?") is None
    (iv,) = blind_case("b253-13")
    assert iv.start == datetime(2026, 10, 29, 7, 15, tzinfo=UTC) and iv.end is None


def test_two_days_offered_with_one_clock() -> None:
    # "coffee on Tuesday or Wednesday morning, 8:30am", then "See you tomorrow at 8:30"
    (iv,) = blind_case("b250-12")
    assert iv.start == datetime(2026, 10, 27, 7, 30, tzinfo=UTC)


def test_who_conducts() -> None:
    # "Working with design & research interview with Amaka Ibe" is no research study
    assert "user research" not in signal_names("Working with design & research interview")
    (loop,) = blind_case("b250-09")
    assert "amaka.ibe@baobabledger.example" in {p.email for p in loop.interviewers}
    # "Interlocuteurs : Mme Sophie Rochat, Head of Regulatory Affairs, et M. Yves Perrin"
    (iv,) = blind_case("b253-04")
    assert {p.email for p in iv.interviewers} == {
        "sophie.rochat@lemanis-dx.example",
        "yves.perrin@lemanis-dx.example",
    }
    # the client's forwarded "Gerne treffe ich Frau Caflisch am Mittwoch"
    (iv,) = blind_case("b253-11")
    assert [p.email for p in iv.interviewers] == ["claudia.ryser@stjohann-bio.example"]


def test_ukrainian_roles() -> None:
    said = "Технічна співбесіда на позицію Middle/Senior QA Automation Engineer (JS/TS)."
    assert extract.pick_role([said]) == "Middle/Senior QA Automation Engineer (JS/TS)"
    quoted = "відповіла на ваш відгук на вакансію «QA Automation Engineer (Python)»:"
    assert extract.pick_role([quoted]) == "QA Automation Engineer (Python)"


def test_a_canadian_engineers_look_alikes() -> None:
    # blind251: a regulator's practice review, a strata council interviewing property
    # managers, a ski lesson booked (its footer advertises "Group interviews every Saturday")
    assert "appointment" in signal_names("Practice Review – interview scheduling")
    assert "non-job meeting" in signal_names("Strata council meeting – interviews with firms")
    assert "appointment" in signal_names("Private Lesson – Full Day, Adult Ski (Level 5–6)")
    assert blind_case("b251-14") == () and blind_case("b251-16") == ()
    assert blind_case("b251-19") == ()


def test_a_town_cancels_every_interview() -> None:
    # "Council did not fund the position in last night's interim budget deliberations, so we
    # are cancelling all interviews for this competition": no panel deliberation, a cancel
    assert classify.is_cancel("so we are cancelling all interviews for this competition")
    assert "user is the interviewer" not in signal_names("interim budget deliberations")
    (iv,) = blind_case("b251-04")
    assert iv.status == "cancelled"


def test_public_bodies_by_their_own_title() -> None:
    # "City of Fraser Bend" spells fraserbend; the booking mailbox "District of Cypress Bay
    # Interviews" <CypressBayInterviews@cypressbay...> names the district, not its mailbox
    assert extract._domain_match("City of Fraser Bend", "fraserbend")
    (iv,) = blind_case("b251-03")
    assert iv.company == "City of Fraser Bend"
    (iv,) = blind_case("b251-13")
    assert iv.company == "District of Cypress Bay"


def test_a_vacancy_number_is_no_part_of_the_title() -> None:
    said = "Запрошуємо на співбесіду на позицию Senior Financial Analyst (вакансия 4127)."
    assert extract.pick_role([said]) == "Senior Financial Analyst"
