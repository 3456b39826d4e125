"""Capabilities added in round 10 (session 7: the two known misses of blind66 and the first
contact with blind68-70): calls set by their distance from the sending time, surnames that are
also cities, whole company names that spell the domain, and Spanish days of interviews."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from _detdata import mail, signal_names

from detector import classify, detect
from detector.extract import (
    expand_acronym,
    is_machine_address,
    pick_company,
    pick_role,
    relayed_by,
    role_last_resort,
)
from detector.model import Owner
from detector.observe import text_when
from detector.texttime import duration_in, find_times, zone_in

BUENOS_AIRES = timezone(timedelta(hours=-3))
NEW_YORK = ZoneInfo("America/New_York")


def test_a_call_in_an_hour_is_an_hour_after_the_mail_was_sent() -> None:
    sent = datetime(2026, 3, 18, 14, 2, tzinfo=BUENOS_AIRES)
    text = "¿Tenés un rato hoy? Si te sirve te llamo dentro de una hora, unos 20 minutos."
    (m,) = find_times(text, sent, BUENOS_AIRES)
    assert m.start == datetime(2026, 3, 18, 15, 5, tzinfo=BUENOS_AIRES)  # rounded up to 5 min
    assert m.has_date
    (m,) = find_times("I'll give you a ring in 30 minutes", sent, BUENOS_AIRES)
    assert m.start == datetime(2026, 3, 18, 14, 35, tzinfo=BUENOS_AIRES)
    # the length is the 20 minutes, not the hour the call is away
    assert duration_in(text) == timedelta(minutes=20)


def test_a_task_to_finish_in_an_hour_sets_no_time() -> None:
    sent = datetime(2026, 3, 18, 14, tzinfo=BUENOS_AIRES)
    assert find_times("Please complete the exercise in an hour.", sent, BUENOS_AIRES) == []
    assert find_times("We will reply in 2 hours.", sent, BUENOS_AIRES) == []


def test_a_city_that_follows_a_given_name_is_a_surname() -> None:
    assert zone_in("  Arquitectura de datos  Francisca Lagos <francisca@x.example>") is None
    assert zone_in(" Paula <paula.lima@x.example>") is None  # nor a part of an address
    assert str(zone_in(" Lagos time")) == "Africa/Lagos"
    assert str(zone_in(" Thursday Eastern")) == "America/New_York"
    assert str(zone_in(" (Lima)")) == "America/Bogota"


def test_the_name_that_spells_the_whole_domain_wins_over_its_short_form() -> None:
    texts = [
        "Búsqueda Data Engineer – Quebracho",
        "Hola, te escribo por Quebracho.\n--\nNicolás Ferrari | Talent Acquisition | "
        "Quebracho Software",
    ]
    name, _ = pick_company(texts, ["quebrachosoftware.example"], [])
    assert name == "Quebracho Software"
    # no longer phrase in the text: the short form stays
    name, _ = pick_company(texts[:1], ["quebrachosoftware.example"], [])
    assert name == "Quebracho"


def test_spanish_words_for_an_opening_name_the_role() -> None:
    by_opening = "Te escribo por la búsqueda de Data Engineer SSr/Sr que publicamos."
    assert pick_role([by_opening]) == "Data Engineer SSr/Sr"
    vacancy = "Tu perfil encaja para la vacante de\nData Scientist Senior y nos encantaría"
    assert pick_role([vacancy]) == "Data Scientist Senior"
    day = "Itinerario de tu jornada presencial de entrevistas (Data Engineer Senior)"
    assert role_last_resort([day]) == "Data Engineer Senior"


def test_a_day_of_interviews_in_spanish_is_a_round() -> None:
    assert "screen/round" in signal_names("Itinerario de tu jornada presencial de entrevistas")
    assert "hiring process" in signal_names("Macarena Soto\nCoordinadora de Selección")


# --- helpers for whole-mailbox tests --------------------------------------------------------

OWNER = Owner(emails=frozenset({"cand@example.org"}))
WARSAW = ZoneInfo("Europe/Warsaw")
ROME = ZoneInfo("Europe/Rome")
BERLIN = ZoneInfo("Europe/Berlin")
PHOENIX = ZoneInfo("America/Phoenix")


# --- times, batch 19-20 ---------------------------------------------------------------------


def test_military_four_digit_times_with_a_zone_or_a_zone_letter() -> None:
    sent = datetime(2026, 3, 11, 8, tzinfo=NEW_YORK)
    (m,) = find_times("That's Thursday 1800 Eastern for me", sent, NEW_YORK)
    assert m.start == datetime(2026, 3, 12, 18, tzinfo=NEW_YORK)
    starts = [m.start for m in find_times("panel at 1300 ET (1000 PT) on March 20", sent, NEW_YORK)]
    assert starts[0] == datetime(2026, 3, 20, 13, tzinfo=NEW_YORK)
    (m,) = find_times("Could we do 0800L (Guam) Friday the 13th?", sent, NEW_YORK)
    assert m.start == datetime(2026, 3, 13, 8, tzinfo=ZoneInfo("Pacific/Guam"))
    assert find_times("our plan since 2026 Pacific region", sent, NEW_YORK) == []


def test_romance_clock_words_and_the_24_hour_h() -> None:
    sent = datetime(2026, 4, 8, 19, tzinfo=ZoneInfo("Europe/Lisbon"))
    lisbon = ZoneInfo("Europe/Lisbon")
    (m,) = find_times("na terça-feira, dia 14, às dez e meia da manhã", sent, lisbon)
    assert m.start == datetime(2026, 4, 14, 10, 30, tzinfo=lisbon)
    (m,) = find_times("el jueves 16 a las tres y cuarto de la tarde", sent, lisbon)
    assert (m.start.hour, m.start.minute) == (15, 15)
    (m,) = find_times("giovedì 16 aprile alle 9 e mezza", sent, lisbon)
    assert (m.start.hour, m.start.minute) == (9, 30)
    # "6h30" is the 24-hour clock: the morning, not office hours' afternoon
    (m,) = find_times("terça, 14/4, às 6h30", sent, lisbon)
    assert m.start.hour == 6
    assert find_times("as duas empresas", sent, lisbon) == []


def test_here_after_a_time_is_the_writers_own_clock() -> None:
    sent = datetime(2026, 3, 16, 10, tzinfo=ZoneInfo("America/Sao_Paulo"))
    sao_paulo = ZoneInfo("America/Sao_Paulo")
    got = [m.start for m in find_times("sexta 20/3, 11h aqui (14h em Lisboa)", sent, sao_paulo)]
    assert got[0] == datetime(2026, 3, 20, 11, tzinfo=sao_paulo)
    assert got[0] == got[1]  # the same instant written in Lisbon


def test_a_weekday_and_day_then_a_clock_is_no_range() -> None:
    sent = datetime(2026, 3, 23, 8, tzinfo=ROME)
    (m,) = find_times("Sarebbe disponibile giovedì 26 alle 14h?", sent, ROME)
    assert m.start == datetime(2026, 3, 26, 14, tzinfo=ROME)
    (m,) = find_times("dalle 10 alle 11 giovedì 26 marzo", sent, ROME)
    assert (m.start.hour, m.end and m.end.hour) == (10, 11)
    (m,) = find_times("de las 10 a las 11 el jueves 26 de marzo", sent, ROME)
    assert (m.start.hour, m.end and m.end.hour) == (10, 11)
    # "den 11.03., um 9:30 Uhr": the 11th of March, not 11:03
    (m,) = find_times("am Mittwoch, den 11.03., um 9:30 Uhr", sent, BERLIN)
    assert (m.start.day, m.start.hour, m.start.minute) == (11, 9, 30)


def test_polish_weekdays_and_day_month_dates() -> None:
    sent = datetime(2026, 3, 9, 14, tzinfo=WARSAW)
    (m,) = find_times("rozmowę rekrutacyjną w czwartek 12.03 o godz. 10:00", sent, WARSAW)
    assert m.start == datetime(2026, 3, 12, 10, tzinfo=WARSAW)
    (m,) = find_times("we wtorek o 15:30", sent, WARSAW)
    assert m.start == datetime(2026, 3, 10, 15, 30, tzinfo=WARSAW)
    (m,) = find_times("jutro o 9:00", sent, WARSAW)
    assert m.start.date() == date(2026, 3, 10)


def test_a_polish_with_is_no_zulu_zone() -> None:
    assert zone_in(" | Rozmowa z CTO | Rafał") is None
    assert str(zone_in("Z")) == "UTC"


def test_the_length_on_the_times_own_line_wins() -> None:
    sent = datetime(2026, 3, 23, 17, tzinfo=ZoneInfo("Europe/Lisbon"))
    text = (
        "a apresentação de um case study (20–25 min de apresentação + perguntas).\n\n"
        "Proposta: terça-feira, 7 de abril, às 15h00 (hora de Lisboa), 1 hora."
    )
    found = text_when(text, sent, ZoneInfo("Europe/Lisbon"))
    assert found.start and found.end and found.end - found.start == timedelta(hours=1)


def test_an_arrival_row_that_is_also_a_conversation_starts_the_interview() -> None:
    sent = datetime(2026, 3, 9, 11, tzinfo=ZoneInfo("Europe/Zurich"))
    text = (
        "Datum: Dienstag, 17.03.2026\n\nProgramm:\n"
        "08.30 Uhr  Empfang und Gespräch mit Reto Amsler\n"
        "09.30 Uhr  Mitarbeit im Team\n"
    )
    found = text_when(text, sent, ZoneInfo("Europe/Zurich"))
    assert found.start is not None and found.start.hour == 8


# --- who the company is ---------------------------------------------------------------------


def test_names_joined_by_and_spell_the_domain() -> None:
    texts = ["Brandt & Voss Logistik GmbH\nPariser Straße 118"]
    name, _ = pick_company(texts, ["brandtvoss.example"], [])
    assert name is not None and name.startswith("Brandt & Voss")


def test_german_letters_spell_their_domain() -> None:
    texts = ["Wir freuen uns.\n\nPetra Lang\nHohenlohe Fördertechnik GmbH\nAm Kocherufer 9"]
    name, _ = pick_company(texts, ["hohenlohe-foerdertechnik.example"], [])
    assert name is not None and name.startswith("Hohenlohe Fördertechnik")


def test_first_words_and_initials_spell_the_domain() -> None:
    texts = ["Recruiting Coordinator, Blue Agave Restaurant Group"]
    name, _ = pick_company(texts, ["blueagaverg.example"], [])
    assert name == "Blue Agave Restaurant Group"


def test_a_public_bodys_hr_office_is_the_body() -> None:
    texts = [
        "Federal Maritime Sustainment Agency (FMSA), Supply Chain Integration Division.",
        "Human Resources Specialist\nFederal Maritime Sustainment Agency | Office of Human Capital",
        "FMSA Office of Human Capital",
    ]
    name, _ = pick_company(texts, ["fmsa.example"], [])
    assert name == "Federal Maritime Sustainment Agency"


def test_a_registered_name_sharing_a_word_with_the_domain() -> None:
    texts = ["Sara Pedrazzini\nHR Business Partner\nFarmaceutica Ceresio SA\nVia Cantonale 22"]
    name, _ = pick_company(texts, ["ceresiopharma.example"], [])
    assert name == "Farmaceutica Ceresio SA"


def test_a_relays_display_name_in_other_languages() -> None:
    assert relayed_by("Gruppo Editoriale Navigli tramite Reclutando") == "Gruppo Editoriale Navigli"
    assert relayed_by("Marion Haug über Kontakta") == "Marion Haug"
    assert relayed_by("Jess Park") is None


def test_machine_mailboxes_of_other_kinds() -> None:
    assert is_machine_address("nachrichten@mailing.kontakta.example")
    assert is_machine_address("nao-responda@vagaly.example")
    assert is_machine_address("oleificisabatini@pec.oleificisabatini.example")
    assert is_machine_address("16025550147.16025550118.a3a9f0986e@txt.voicelink.example")
    assert not is_machine_address("giorgia.rinaldi@oleificisabatini.example")


# --- roles ----------------------------------------------------------------------------------


_ROLES = [
    ("Saw your app for the Fleet Operations Supervisor spot", "Fleet Operations Supervisor"),
    (
        "vielen Dank für Ihre Bewerbung als Konstrukteur Getriebetechnik (m/w/d)",
        "Konstrukteur Getriebetechnik",
    ),
    (
        "Was: Kennenlerngespräch – Bewerbung Konstrukteur Spritzgießwerkzeuge",
        "Konstrukteur Spritzgießwerkzeuge",
    ),
    ("na stanowisko Senior Backend Developer (Go):", "Senior Backend Developer (Go)"),
    (
        "applying to the International Marketing Specialist (Italy launch) role",
        "International Marketing Specialist (Italy launch)",
    ),
    ("for the role Marketing Specialist Italia & Ticino.", "Marketing Specialist Italia & Ticino"),
    (
        "What:  Vettora Screening Interview - Senior Backend Engineer track",
        "Senior Backend Engineer",
    ),
    # a job code is no part of a title
    (
        "Position: FMSA-26-0147-MP Logistics Management Specialist",
        "Logistics Management Specialist",
    ),
    # a greeting line is no title
    ("Hi Renata! It's Ava, the Ridgeway recruiting assistant\n\nGreat news", None),
]


def test_roles_in_more_shapes() -> None:
    for text, role in _ROLES:
        assert pick_role([text]) == role, text


# --- look-alikes and signals ----------------------------------------------------------------


def test_new_look_alikes() -> None:
    board = (
        "LS1 Quill - you are the senior board member for this one; please bring the question "
        "bank and the scoring sheets and run the interviews."
    )
    assert "user is the interviewer" in signal_names(board)
    assert "user is the interviewer" in signal_names(
        "Bia, você e eu vamos entrevistar a Júlia. Roteiro de perguntas e ficha de avaliação."
    )
    assert "user is the interviewer" in signal_names(
        "danke, dass du das Bewerbungsgespräch mit Frau Merve Yilmaz übernimmst. "
        "Anbei unser Interviewleitfaden."
    )
    assert "other interview types" in signal_names(
        "Gentile genitore, la Sua prenotazione del colloquio individuale. Alunno: Tommaso"
    )
    assert "event/fair" in signal_names("OPEN INTERVIEWS Tuesday - No appointment needed!")
    taxes = "potwierdzamy rezerwację wizyty w Urzędzie Skarbowym Kraków-Krowodrza"
    assert classify.score(taxes)[0] < 0
    cpi = "è convocata per un colloquio di orientamento presso il Centro per l'Impiego"
    assert classify.score(cpi)[0] < 0


def test_a_reserved_slot_at_a_fair_is_an_interview() -> None:
    text = (
        "Good news - an employer reserved an on-the-spot interview with you! Hiring Expo, "
        "Table 47. Interviewer:  Gail Moreno, Regional Operations Director"
    )
    reasons = signal_names(text)
    assert "reserved interview slot" in reasons and "event/fair" not in reasons
    assert "event/fair" not in signal_names(
        "Re: Open Interviews - Walk-ins welcome! We've got you down for 11:40 am with Janelle."
    )


def test_more_words_for_rounds_and_cancellations() -> None:
    assert "screen/round" in signal_names("Quick 30-min screen, nothing formal")
    assert "screen/round" in signal_names("Queremos avançar para a fase seguinte")
    assert "interview word" in signal_names("Lust auf ein technisches Gespräch?")
    assert "interview word" in signal_names("Rozmowa techniczna - potwierdzenie terminu")
    assert "hiring process" in signal_names(
        "calling about the, uh, front of house job you applied for"
    )
    assert "hiring process" in signal_names("Frau Dr. Vogt ist direkte Vorgesetzte der Position X")
    assert classify.is_cancel("annullo quindi il colloquio di stamattina")
    assert classify.is_cancel("Já cancelei a apresentação de terça com a banca")
    assert classify.is_cancel("muszę odwołać jutrzejszą rozmowę")
    # a booking tool's "Termin absagen" link is no rejection
    assert "rejection" not in signal_names(
        "Termin verschieben: https://x\nTermin absagen: https://x"
    )


# --- whole conversations --------------------------------------------------------------------


def test_a_text_from_the_recruiters_phone_cancels_her_interview() -> None:
    booked = mail(
        "<b1@sonoranfresh.example>",
        "Bree Lindqvist <bree@sonoranfresh.example>",
        "You're set for a phone interview with Omar, our District Manager, on Fri 5/8 @ 9a "
        "AZ time for the Shift Lead position. Plan on about 30 min.\n\nBree Lindqvist\n"
        "Talent Acquisition\n(480) 555-0176\n",
        "Mon, 04 May 2026 12:26:00 -0700",
        subject="Phone interview confirmed - Shift Lead",
    )
    text = mail(
        "<t1@txt.voicelink.example>",
        '"(480) 555-0176" <14805550176.16025550118.a4@txt.voicelink.example>',
        "(480) 555-0176:\nHi its Bree. so sorry but we have to cancel ur call w Omar tmrw, the "
        "shift lead position got put on hold\n",
        "Thu, 07 May 2026 16:05:00 -0700",
        subject="New text message from (480) 555-0176",
    )
    (found,) = detect([booked, text], OWNER).interviews
    assert found.status == "cancelled"
    assert found.start == datetime(2026, 5, 8, 9, tzinfo=PHOENIX)


def test_a_job_boards_quote_of_the_employer_is_the_message() -> None:
    note = mail(
        "<n1@notify.shifthire.example>",
        "ShiftHire <messages@notify.shifthire.example>",
        "Desert Bloom Market sent you a message\n\n> Hi, thanks for applying! We'd like to set "
        "up a phone interview for the Assistant Store Manager position. Does Thursday, March "
        "26 at 10:30 AM (Arizona time) work? I'll call you, about 20 minutes.\n>\n> Kelly "
        "Brandt\n> Store Director\n> kbrandt@desertbloom.example\n\nReply on ShiftHire\n",
        "Mon, 23 Mar 2026 09:14:00 -0700",
        subject="Desert Bloom Market sent you a message about Assistant Store Manager",
    )
    yes = mail(
        "<n2@notify.shifthire.example>",
        "ShiftHire <messages@notify.shifthire.example>",
        "Desert Bloom Market replied to your message\n\n> Perfect, you're all set for Thurs "
        "3/26 at 10:30am. Talk soon!\n",
        "Mon, 23 Mar 2026 13:02:00 -0700",
        subject="Desert Bloom Market sent you a message about Assistant Store Manager",
    )
    (found,) = detect([note, yes], OWNER).interviews
    assert found.start == datetime(2026, 3, 26, 10, 30, tzinfo=PHOENIX)
    assert [p.email for p in found.interviewers] == ["kbrandt@desertbloom.example"]


def test_a_network_relay_names_the_recruiter_who_calls() -> None:
    note = mail(
        "<k1@mailing.kontakta.example>",
        "Marion Haug über Kontakta <nachrichten@mailing.kontakta.example>",
        "Marion Haug hat Ihnen eine Nachricht geschickt\n\nHallo, wie besprochen bestätige ich "
        "Ihnen unser Telefoninterview am Mittwoch, den 11.03., um 9:30 Uhr. Ich rufe Sie auf "
        "Ihrem Handy an. Falls etwas dazwischenkommt, erreichen Sie mich unter "
        "marion.haug@fildertec.example.\n\nMarion Haug\nRecruiting | Fildertec Sensorik GmbH\n",
        "Fri, 06 Mar 2026 11:37:00 +0100",
        subject="Neue Nachricht von Marion Haug: Telefoninterview KW 11",
    )
    (found,) = detect([note], OWNER).interviews
    assert found.start == datetime(2026, 3, 11, 9, 30, tzinfo=BERLIN)
    assert [p.email for p in found.interviewers] == ["marion.haug@fildertec.example"]


def test_a_marketplace_books_its_clients_interview() -> None:
    invite = mail(
        "<d1@devlane.example>",
        "Priya Raman <priya.raman@devlane.example>",
        "Client technical interview arranged by Devlane for the Senior Backend Engineer role, "
        "Thursday March 26 at 3pm CET. Interviewers: Camille Durand "
        "(camille.durand@aubepine-data.example), VP Engineering at Aubépine Data.\n",
        "Fri, 20 Mar 2026 08:40:00 +0000",
        subject="Aubépine Data x Devlane - Client interview",
    )
    (found,) = detect([invite], OWNER).interviews
    assert found.company == "Aubépine Data"


def test_a_weekday_offered_next_week_is_read_from_the_offers_own_date() -> None:
    offer = mail(
        "<v1@voltwerk.example>",
        "Tobias Feld <tobias.feld@voltwerk.example>",
        "Danke für deine Bewerbung als Mechanical Engineer. Lust auf ein technisches Gespräch? "
        "Passt dir nächste Woche Donnerstag Nachmittag?\n\nTobias\n",
        "Wed, 04 Mar 2026 17:40:00 +0100",
        subject="Deine Bewerbung bei Voltwerk",
    )
    booked = mail(
        "<v2@voltwerk.example>",
        "Tobias Feld <tobias.feld@voltwerk.example>",
        "Dann machen wir Donnerstag um halb drei bei uns im Büro. Plan mal eine Stunde ein.\n",
        "Mon, 09 Mar 2026 08:55:00 +0100",
        subject="Re: Deine Bewerbung bei Voltwerk",
        extra="In-Reply-To: <v1@voltwerk.example>\r\nReferences: <v1@voltwerk.example>\r\n",
    )
    (found,) = detect([offer, booked], OWNER).interviews
    assert found.start == datetime(2026, 3, 12, 14, 30, tzinfo=BERLIN)


def test_an_abbreviation_inside_a_title_is_spelled_out_singular() -> None:
    texts = ["We're opening three restaurants and are hiring General Managers."]
    assert expand_acronym("Restaurant GM", texts) == "Restaurant General Manager"
    # a title with its own job word keeps the abbreviation that qualifies it
    assert expand_acronym("AP Chemistry Teacher", ["Assistant Principal Jo"]) == (
        "AP Chemistry Teacher"
    )


def test_a_brand_of_a_group_in_german() -> None:
    texts = [
        "Falkenried Maschinenbau GmbH – ein Unternehmen der Falkenried Gruppe\nHannover",
        "Falkenried Gruppe",
    ]
    name, _ = pick_company(texts, ["falkenried-gruppe.example"], [])
    assert name == "Falkenried Maschinenbau GmbH"


def test_as_discussed_with_someone_names_no_interviewer() -> None:
    invite = mail(
        "<k1@kranich.example>",
        "Henrik Albers <henrik.albers@kranich.example>",
        "Hallo Mateo,\n\nwie mit Paula besprochen - hier der Link für unser technisches "
        "Gespräch zu deiner Bewerbung als Backend Engineer am Dienstag, 31. März 2026 um "
        "16:00 Uhr. Ich zeige dir unsere Architektur.\n",
        "Mon, 23 Mar 2026 12:15:00 +0100",
        subject="Kranich Systems - Technisches Gespräch",
        extra="Reply-To: Paula Wendt <paula.wendt@kranich.example>\r\n",
    )
    (found,) = detect([invite], OWNER).interviews
    assert "paula.wendt@kranich.example" not in {p.email for p in found.interviewers}
