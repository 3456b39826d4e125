"""Capabilities added in round 11 (session 7, the first contact with blind74-76): day-first
dates with a year, assessment days whose tests are not the interview, invites that moved past
the ATS mail that announced them, French clocks and look-alikes, and school posts."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from _detdata import mail, signal_names

from detector import classify, detect
from detector.extract import is_role_name, org_key, pick_company, pick_role, without_company
from detector.model import Owner, SourceItem
from detector.observe import text_when
from detector.texttime import duration_in, find_dates, find_times

OWNER = Owner(emails=frozenset({"cand@example.org"}))
DUBLIN = ZoneInfo("Europe/Dublin")
LONDON = ZoneInfo("Europe/London")
MONTREAL = ZoneInfo("America/Toronto")


def test_a_day_first_date_with_a_year_takes_the_reading_soonest_after_the_mail() -> None:
    (d,) = find_dates("Interview date: 12/03/2026", date(2026, 3, 2))
    assert d.day == date(2026, 3, 12)
    (d,) = find_dates("Interview date: 03/12/2026", date(2026, 3, 2))
    assert d.day == date(2026, 3, 12)
    (d,) = find_dates("Interview date: 25/03/2026", date(2026, 3, 2))
    assert d.day == date(2026, 3, 25)


def test_an_assessment_days_tests_are_not_the_interview() -> None:
    sent = datetime(2026, 5, 26, 16, tzinfo=LONDON)
    text = (
        "assessment day on Wednesday 10/06/2026\n"
        "Registration & ID checks | 09:00\n"
        "OSCE (clinical skills station) | 09:15 - 10:00\n"
        "Numeracy / drug calculation test | 10:15 - 10:45\n"
        "Interview (candidates who pass the drug calculation test) | 11:40 - 12:10\n"
    )
    found = text_when(text, sent, LONDON)
    assert (found.start, found.end) == (
        datetime(2026, 6, 10, 11, 40, tzinfo=LONDON),
        datetime(2026, 6, 10, 12, 10, tzinfo=LONDON),
    )


def test_french_clocks_lengths_and_daylight_saving_notes() -> None:
    sent = datetime(2026, 3, 20, 10, tzinfo=ZoneInfo("Europe/Brussels"))
    text = (
        "le mardi 31 mars à 16 h (heure de Bruxelles). Attention : nous passons à l'heure "
        "d'été le dimanche 29 mars, ce sera donc 10 h à Montréal."
    )
    starts = {m.start for m in find_times(text, sent, ZoneInfo("Europe/Brussels"))}
    assert starts == {datetime(2026, 3, 31, 14, tzinfo=ZoneInfo("UTC"))}
    (m,) = find_times("Il est dispo demain midi au Café Sillon", sent, MONTREAL)
    assert (m.start.date(), m.start.hour) == (date(2026, 3, 21), 12)
    assert duration_in("Durée : environ 1 h") is not None
    assert duration_in("Prévoir 1 h 30 : rencontre avec moi-même") is not None


def test_french_look_alikes() -> None:
    admission = "le comité d'admission vous convoque à une entrevue d'admission le 15 avril"
    assert "other interview types" in signal_names(admission)
    assert classify.score("rencontre avec votre conseillère hypothécaire, entrevue")[0] < 0
    assert classify.score("Service Canada : entrevue pour votre demande d'assurance-emploi")[0] < 0
    rejection = "we have decided to offer the Secondary English position to another candidate"
    assert "rejection" in signal_names(rejection)
    assert "screen/round" in signal_names("Dernière étape avant qu'on te fasse une offre")
    assert "screen/round" in signal_names("rencontre avec moi-même pour le poste de contrôleuse")


def test_a_portals_withdraw_link_and_its_slot_list_book_nothing() -> None:
    assert not classify.is_cancel("You can view or withdraw from this interview in your portal")
    assert classify.is_cancel("I've withdrawn you from the interview on the 5th")
    slots = (
        "Please select an interview time slot by 12:00 on Friday. Available slots:\n10:40 - 11:10"
    )
    assert "availability request" in signal_names(slots)


def test_shared_second_levels_and_shared_accounts() -> None:
    assert org_key("severnbrook.nhs.example") == "severnbrook"
    assert org_key("northshorecoast.health.example") == "northshorecoast"
    assert is_role_name("Grade 8 English (class account)")
    assert not is_role_name("Arun Pillai")


def test_a_persons_name_is_never_the_company_and_links_are_no_names() -> None:
    texts = ["Entretien technique avec Thomas Lambert (Directeur financier)."]
    name, _ = pick_company(texts, ["vandamme-lambert.example"], [], people=["Thomas Lambert"])
    assert name != "Thomas Lambert"
    link = ["Rejoindre <https://teams.example/l/meetup-join/19%3ameeting_AgRiNoRd26%40thread>"]
    name, _ = pick_company(link, ["agrinord.example"], [])
    assert name == "Agrinord"


def test_school_and_quebec_titles() -> None:
    assert pick_role(["Thank you for your interest in our Secondary English position"]) == (
        "Secondary English"
    )
    assert pick_role(["It's for our Grade 11-12 English Teacher opening (IB DP)."]) == (
        "Grade 11-12 English Teacher"
    )
    assert pick_role(["pour le poste de Responsable de la\ncomptabilité : un café"]) == (
        "Responsable de la comptabilité"
    )
    assert pick_role(["au poste de Contrôleur(euse) adjoint(e) chez nous"]) == (
        "Contrôleur(euse) adjoint(e)"
    )
    assert without_company(
        "Staff Nurse - Paediatric Intensive Care Unit, Ardlinn", "Ardlinn Children's Hospital"
    ) == ("Staff Nurse - Paediatric Intensive Care Unit")


def test_an_invite_moved_past_the_ats_mail_that_announced_it_is_one_interview() -> None:
    ats = mail(
        "<a1@caretrac.example>",
        "CareTrac Recruitment <no-reply@caretrac.example>",
        "Congratulations, you have been shortlisted for the Band 6 Staff Nurse post at Ashby "
        "Vale NHS Trust.\n\nInterview date: 22/04/2026\nTime: 10:00\n",
        "Tue, 07 Apr 2026 09:15:00 +0100",
        subject="Interview invitation - Band 6 Staff Nurse",
    )

    def invite(seq: int, start: str, end: str, sent: str) -> SourceItem:
        ics = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            "UID:ccu-1@ashbyvale.example\r\n"
            f"SEQUENCE:{seq}\r\nDTSTART:{start}\r\nDTEND:{end}\r\n"
            "SUMMARY:Interview - Band 6 Staff Nurse\r\n"
            "ORGANIZER;CN=Rhiannon Pryce:mailto:rhiannon@ashbyvale.example\r\n"
            "ATTENDEE;CN=Cand:mailto:cand@example.org\r\n"
            "ATTENDEE;CN=Tomasz Wielgosz:mailto:tomasz@ashbyvale.example\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        return SourceItem(f"inv{seq}.ics", "ics", ics.encode())

    items = [
        ats,
        invite(0, "20260422T090000Z", "20260422T094500Z", ""),
        invite(1, "20260423T140000Z", "20260423T144500Z", ""),
    ]
    (found,) = detect(items, OWNER).interviews
    assert found.start == datetime(2026, 4, 23, 15, tzinfo=LONDON)


def test_a_mail_naming_an_interview_at_the_same_time_joins_it() -> None:
    portal = mail(
        "<p1@portal.meridian.example>",
        "Meridian Candidate Portal <no-reply@portal.meridian.example>",
        "A school has responded through the fair interview board.\n  School: Al Noor British "
        "Academy\n  Vacancy: Secondary English Teacher\n  When: Sat 10 Jan 2026, 10:30 "
        "(Bangkok)\n  Status: Interview request ACCEPTED\n",
        "Thu, 08 Jan 2026 21:14:00 +0700",
        subject="Interview request accepted - Al Noor British Academy",
    )
    principal = mail(
        "<h1@alnoorbritish.example>",
        "Philippa Hallworth <p.hallworth@alnoorbritish.example>",
        "I am pleased to confirm your interview tomorrow, Saturday, at 10:30 - table 14. We "
        "will have about 30 minutes together.\n\nDr Philippa Hallworth\nPrincipal\n",
        "Fri, 09 Jan 2026 19:40:00 +0700",
        subject="Interview tomorrow - Al Noor British Academy",
    )
    (found,) = detect([portal, principal], OWNER).interviews
    assert found.company == "Al Noor British Academy"
    assert found.end is not None and (found.end - found.start).seconds == 30 * 60
