"""Capabilities added in round 8 (blind35-37, first scored in session 5): a time agreed in
the reader's zone, weeks named around weekdays, a parent company's domain, directory names,
guests taken off an updated invite, a moved slot sent as a new invite plus a cancellation."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from detector import classify, detect, infer_owner
from detector.extract import pick_company
from detector.model import CalendarEvent, Owner, Person, SourceItem, natural_name
from detector.observe import text_when
from detector.parse import parse_item
from detector.texttime import find_dates, find_times

LONDON = ZoneInfo("Europe/London")
CHICAGO = ZoneInfo("America/Chicago")
CDT = timezone(timedelta(hours=-5))
OWNER = Owner(emails=frozenset({"cand@example.org"}))


def _reasons(text: str) -> set[str]:
    return {r.split(" (")[0] for r in classify.score(text)[1]}


def _mail(
    mid: str, sender: str, body: str, date_: str, subject: str = "Next steps", extra: str = ""
) -> SourceItem:
    head = (
        f"From: {sender}\r\nTo: cand@example.org\r\n{extra}Subject: {subject}\r\n"
        f"Date: {date_}\r\nMessage-ID: {mid}\r\n"
    )
    return SourceItem(mid, "rfc822", (head + "\r\n" + body).encode())


# --- times ---------------------------------------------------------------------------------


def test_your_time_is_the_readers_zone_even_with_a_city_named_after_it() -> None:
    sent = datetime(2026, 3, 12, 17, 21, tzinfo=LONDON)
    text = "Would next Wednesday at half past ten your time suit? I'm in London."
    (m,) = find_times(text, sent, LONDON, reader_tz=CHICAGO)
    assert m.start == datetime(2026, 3, 18, 10, 30, tzinfo=CHICAGO)
    # with the reader's zone unknown, the writer's (here the city named) is all there is
    (m,) = find_times(text, sent, LONDON)
    assert m.start.utcoffset() == timedelta(0)


def test_weekdays_under_next_week_or_week_of_fall_in_that_week() -> None:
    monday = date(2026, 3, 2)
    listed = "Would any of these work for you next week?\n  - Mon 10-11\n  - Tue 2-3\n"
    assert [d.day for d in find_dates(listed, monday)] == [date(2026, 3, 9), date(2026, 3, 10)]
    inline = "Would any of these work: Mon 10-11 or Wed 4pm (all ET, week of May 11)?"
    days = [d.day for d in find_dates(inline, date(2026, 5, 5)) if d.weekday_only]
    assert days == [date(2026, 5, 11), date(2026, 5, 13)]
    # a new paragraph is out of reach of an earlier "next week"
    assert find_dates("Talk next week.\n\nSee you Tue.", monday)[0].day == date(2026, 3, 3)


def test_days_offered_without_clock_times_make_a_proposal() -> None:
    sent = datetime(2026, 5, 5, 9, 30, tzinfo=CDT)
    text = "Would any of these work: Mon 10-11, Tue 2-3 or Wed 4pm (all ET, week of May 11)?"
    assert text_when(text, sent, CDT).proposal
    windows = (
        "Please share your availability. Suggested windows (Eastern Time):\n"
        "  Tue 3/17  10:00 AM - 4:00 PM\n  Wed 3/18  9:00 AM - 12:00 PM\n"
    )
    assert text_when(windows, sent, CDT).proposal


def test_a_prose_start_takes_the_end_of_the_timetable_below_it() -> None:
    text = (
        "It's on Tuesday 31 March. You'll meet Priya at half past ten, then Tom.\n\n"
        "10:30 - 11:15 | Priya Raghunathan | Engineering Manager\n"
        "11:30 - 12:15 | Tom Ellery | Design Lead\n"
        "12:15 - 13:15 | Lunch with the team\n"
        "13:30 - 14:15 | Siobhan Bhriain | VP Product\n"
    )
    start, end, *_ = text_when(text, datetime(2026, 3, 24, 17, 25, tzinfo=LONDON), LONDON)
    assert (start, end) == (
        datetime(2026, 3, 31, 10, 30, tzinfo=LONDON),
        datetime(2026, 3, 31, 14, 15, tzinfo=LONDON),
    )


def test_the_owners_zone_is_read_from_their_own_mail() -> None:
    mine = _mail(
        "<o1@example.org>", "Cand <cand@example.org>", "Wednesday works.",
        "Thu, 12 Mar 2026 12:40:33 -0500",
    )  # fmt: skip
    theirs = _mail(
        "<t1@firm.example>", "Rowan <rowan@firm.example>", "Hello",
        "Thu, 12 Mar 2026 17:21:00 +0000", extra="",
    )  # fmt: skip
    owner = infer_owner([theirs, mine])
    assert owner.emails == {"cand@example.org"} and owner.timezone == "America/Chicago"


# --- vocabulary ----------------------------------------------------------------------------


def test_hiring_words_that_the_old_vocabulary_missed_or_misread() -> None:
    assert "hiring process" in _reasons("about the Strategy & Operations Lead role")
    assert "confirmed" in _reasons("Theo is inviting you to a scheduled Zoom meeting.")
    assert "conversation" in _reasons("here's the Zoom for our conversation next Tuesday")
    # a confirmation still to come, and a newsletter the candidate wrote, are neither
    assert "confirmed" not in _reasons("Once the panel is confirmed you'll get an invite.")
    assert "newsletter/tips" not in _reasons("talk through a newsletter growth project you led")
    assert "newsletter/tips" in _reasons("Welcome to this week's newsletter!")


# --- who and which company -----------------------------------------------------------------


def test_directory_names_are_read_first_name_first() -> None:
    assert natural_name("Ferreira, Inês") == "Inês Ferreira"
    assert natural_name("Nguyễn, Minh Anh") == "Minh Anh Nguyễn"
    for kept in ("Acme, Inc.", "Doe, Jane (HR)", "Jane Doe", "Smith, Jr."):
        assert natural_name(kept) == kept


def test_an_unquoted_comma_in_an_attendee_cn_stays_one_name() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:cn-1\r\n"
        "DTSTAMP:20260301T000000Z\r\nDTSTART:20260310T150000Z\r\nDTEND:20260310T160000Z\r\n"
        "SUMMARY:Interview - Initech\r\nORGANIZER:mailto:hr@initech.example\r\n"
        "ATTENDEE;CN=Albers, Dr. Thomas:mailto:thomas.albers@initech.example\r\n"
        "ATTENDEE:mailto:cand@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = parse_item(SourceItem("a.ics", "ics", ics.encode()))
    assert isinstance(event, CalendarEvent)
    assert [a.person.name for a in event.attendees][:1] == ["Dr. Thomas Albers"]


def test_a_brand_on_its_parent_companys_domain_is_the_employer() -> None:
    for text, parent_domain, brand in [
        ("the role at Tessellate Maps (we're part of the Orrery Group family)",
         "orrerygroup.example", "Tessellate Maps"),
        ("Recruiting Coordinator, Quillfeather (a QF Holdings company)",
         "qfholdings.example", "Quillfeather"),
        ("Talent Coordinator\nMarlowe & Pike (MP Group Ltd)", "mpgroup.example",
         "Marlowe & Pike"),
    ]:  # fmt: skip
        assert pick_company([text], [parent_domain], [])[0] == brand
    # a person beside their employer is not a brand of it
    who = "Who: Jonah O'Rourke (Tidewell Health) and you"
    assert pick_company([who], ["tidewellhealth.example"], [])[0] == "Tidewell Health"
    assert pick_company(["Kumo Kitchen - Recruiter screen"], ["kumo-kk.example"], [])[0] == (
        "Kumo Kitchen"
    )


def _panel(seq: int, guests: list[str], stamp: str) -> SourceItem:
    lines = "".join(f"ATTENDEE;CN={g}:mailto:{g.lower()}@initech.example\r\n" for g in guests)
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:panel-1\r\n"
        f"SEQUENCE:{seq}\r\nDTSTAMP:{stamp}\r\nDTSTART:20260310T150000Z\r\n"
        "DTEND:20260310T160000Z\r\nSUMMARY:Initech - Technical Interview\r\n"
        f"ORGANIZER:mailto:hr@initech.example\r\n{lines}ATTENDEE:mailto:cand@example.org\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return SourceItem(f"{seq}.ics", "ics", ics.encode())


def test_a_guest_taken_off_the_updated_invite_no_longer_conducts_it() -> None:
    first = _panel(0, ["Ada", "Lukas"], "20260301T000000Z")
    swap = _panel(1, ["Ada", "Mei"], "20260302T000000Z")
    for items in ([first, swap], [swap, first]):
        (iv,) = detect(items, OWNER).interviews
        assert {p.email for p in iv.interviewers} == {"ada@initech.example", "mei@initech.example"}


def test_a_drop_out_holds_though_an_earlier_mail_named_them() -> None:
    ask = _mail(
        "<a1@lake.example>", "Tess <tess@lake.example>",
        "Next step is a technical deep-dive with Ines and Bo. Would Monday 2/16 at 2pm CT "
        "work for the Staff Engineer interview?",
        "Wed, 11 Feb 2026 15:10:00 -0600",
        extra="Cc: Ines Carvalho <ines@lake.example>, Bo Lind <bo@lake.example>\r\n",
    )  # fmt: skip
    drop = _mail(
        "<a2@lake.example>", "Tess <tess@lake.example>",
        "Bo is out next week, so Ines will run the session solo (dropping Bo from cc). "
        "Time is unchanged: Mon 2/16, 2:00-3:15pm CT.",
        "Fri, 13 Feb 2026 09:25:30 -0600",
        extra="Cc: Ines Carvalho <ines@lake.example>\r\nIn-Reply-To: <a1@lake.example>\r\n",
    )  # fmt: skip
    (iv,) = detect([ask, drop], OWNER).interviews
    assert [p.email for p in iv.interviewers] == ["ines@lake.example"]


def test_who_sends_the_invite_is_not_named_as_conducting() -> None:
    from detector.people import _NOT_CUE

    assert _NOT_CUE.search("A calendar invitation with the video link will follow from ")
    assert not _NOT_CUE.search("Your interview will be with ")


# --- lifecycle -----------------------------------------------------------------------------


def test_the_next_round_from_someone_new_who_copies_the_first_interviewer() -> None:
    screen = _mail(
        "<s1@ov.example>", "Bettina <bettina@ov.example>",
        "Your phone interview for the Finance Operations Lead role is confirmed for "
        "Wednesday, March 11, 2026 at 12:00 PM Central.",
        "Thu, 5 Mar 2026 10:14:09 -0600",
    )  # fmt: skip
    next_round = _mail(
        "<n1@ov.example>", "Rowan <rowan@ov.example>",
        "Bettina passed along excellent notes from your call yesterday. I'd love to continue "
        "the conversation. Shall we say Wednesday March 18 at 10:30 Central?",
        "Thu, 12 Mar 2026 17:21:00 +0000",
        extra="Cc: Bettina <bettina@ov.example>\r\n",
    )  # fmt: skip
    starts = sorted(iv.start for iv in detect([screen, next_round], OWNER).interviews)
    assert starts[-1] == datetime(2026, 3, 18, 10, 30, tzinfo=CDT)
    # a friend on the same free-mail provider copies the owner, not a colleague
    friend = _mail(
        "<f1@mail.example>", "Sam <sam@mail.example>", "Deal, Thursday 19h.",
        "Tue, 19 May 2026 13:05:20 +0200", extra="Cc: Chloe <chloe@mail.example>\r\n",
    )  # fmt: skip
    assert detect([friend], OWNER).interviews == ()


def _outlook(uid: str, method: str, start: str, body: str, stamp: str) -> SourceItem:
    ics = (
        f"BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n"
        f"DTSTAMP:{stamp}\r\nDTSTART:{start}\r\nDTEND:{start[:9]}235900Z\r\n"
        f"SUMMARY:Interview: Senior Audience Editor\r\nDESCRIPTION:{body}\r\n"
        "ORGANIZER:mailto:renata@quill.example\r\nATTENDEE;CN=Des:mailto:des@quill.example\r\n"
        "ATTENDEE:mailto:cand@example.org\r\n"
        + ("STATUS:CANCELLED\r\n" if method == "CANCEL" else "")
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return SourceItem(f"{uid}-{method}.ics", "ics", ics.encode())


def test_a_new_invite_then_the_old_ones_cancel_naming_it_is_one_moved_interview() -> None:
    role = "Your interview for the Senior Audience Editor role with Des."
    old = _outlook("old", "REQUEST", "20260506T190000Z", role, "20260429T141500Z")
    new = _outlook("new", "REQUEST", "20260507T150000Z", role, "20260504T130600Z")
    cancel = _outlook(
        "old", "CANCEL", "20260506T190000Z", "Moved to Thursday 5/7 15:00 UTC - see new invite.",
        "20260504T130700Z",
    )  # fmt: skip
    (iv,) = detect([old, new, cancel], OWNER).interviews
    assert iv.status == "scheduled" and iv.start == datetime(2026, 5, 7, 15, 0, tzinfo=UTC)
    # a cancellation that names no new time leaves two interviews: one cancelled, one booked
    plain = _outlook("old", "CANCEL", "20260506T190000Z", "Cancelled.", "20260504T130700Z")
    assert sorted(i.status for i in detect([old, new, plain], OWNER).interviews) == [
        "cancelled",
        "scheduled",
    ]


def test_titles_with_a_team_after_a_comma_and_actuaries_are_roles() -> None:
    from detector.extract import pick_role

    block = "Security Engineer, Detection & Response — Hiring Manager Interview\nThu, Mar 12"
    assert pick_role([block]) == "Security Engineer, Detection & Response"
    assert pick_role(["the first stage for the Pricing Actuary role is a chat"]) == (
        "Pricing Actuary"
    )


def test_a_welcome_slot_that_is_also_an_interview_names_its_interviewer() -> None:
    from detector.people import _not_session

    assert _not_session("12:00 | Lunch with the team | Café Saguaro")
    assert _not_session("9:00 | Welcome and check-in | Kaylee (coordinator)")
    assert not _not_session("9:30 | Welcome & role deep-dive | Rosa Delgado, Hiring Manager")


def test_a_sign_off_line_is_no_cue_for_the_name_under_it() -> None:
    from detector.people import _NOT_CUE

    assert _NOT_CUE.search("Thanks for bearing with us,\n")
    assert not _NOT_CUE.search("You'll be meeting with ")


# --- round 8b (blind38-40) -----------------------------------------------------------------


def test_french_et_and_cest_are_not_eastern_time() -> None:
    from detector.texttime import zone_in

    assert zone_in(" ? Même format. Si c'est bon pour vous") is None
    assert zone_in(" et 11h au café") is None
    assert str(zone_in(" ET (New York)")) == "America/New_York"


def test_a_city_with_a_dotted_capital_i_has_its_zone() -> None:
    from detector.texttime import named_zones, zone_in

    assert str(zone_in("14:00 İstanbul saati")) == "Europe/Istanbul"
    assert "Europe/Istanbul" in {str(z) for z in named_zones("Büyükdere Cad., 34394 İstanbul")}


def test_a_zone_the_conversation_names_decides_the_writers_zone() -> None:
    from detector.texttime import named_zones, sender_zone

    date_ = datetime(2026, 3, 2, 15, 5, tzinfo=timezone(timedelta(hours=-6)))
    quoted = "¿Te acomoda alguno de estos horarios? (todos en hora del centro de México)"
    assert str(sender_zone(date_, None, named_zones(quoted))) == "America/Mexico_City"
    assert str(sender_zone(date_)) == "America/Chicago"  # the guess without it


def test_romance_words_for_booked_and_next_step() -> None:
    assert "confirmed" in _reasons("¡Listo, Lucía! Queda agendado: jueves 12 de marzo")
    assert "confirmed" in _reasons("Fica agendada a conversa para terça")
    assert "hiring process" in _reasons("Cobalto Pagos | Siguiente paso – Staff Engineer")
    assert "coaching/mock" in _reasons("Happy to do a practice run - Thursday 19h?")


def test_the_tool_that_says_it_sent_the_mail_is_not_the_employer() -> None:
    from detector.extract import sending_tools, without_tools

    texts = ["Enviado con Equipa HR · Equipa Software S.L., Madrid."]
    tools = sending_tools(texts, [Person("Lumbre Energía vía Equipa HR", "n@equipahr.example")])
    assert tools == ["Equipa HR", "Equipa HR"]
    assert without_tools(["equipahr.example", "lumbre-energia.example"], tools) == [
        "lumbre-energia.example"
    ]
    # nothing else left: the tool's domain is all there is
    assert without_tools(["equipahr.example"], tools) == ["equipahr.example"]


def test_a_companys_booking_in_a_hiring_thread_books_it() -> None:
    ask = _mail(
        "<p1@cobalto.example>", "Daniela <daniela@cobalto.example>",
        "Brian quiere conocerte para la posición de Staff Backend Engineer. ¿Te acomoda alguno "
        "de estos horarios?\n  - miércoles 11 de marzo, 10:00 h\n  - jueves 12 de marzo, 12:00 h\n",
        "Mon, 2 Mar 2026 09:40:00 -0600", subject="Cobalto | Siguiente paso",
    )  # fmt: skip
    booked = _mail(
        "<p2@cobalto.example>", "Daniela <daniela@cobalto.example>",
        "¡Listo! Queda agendado:\n  Jueves 12 de marzo, 12:00 h (hora CDMX)\n",
        "Tue, 3 Mar 2026 08:15:00 -0600", subject="Re: Cobalto | Siguiente paso",
        extra="In-Reply-To: <p1@cobalto.example>\r\nReferences: <p1@cobalto.example>\r\n",
    )  # fmt: skip
    (iv,) = detect([ask, booked], OWNER).interviews
    assert iv.start == datetime(2026, 3, 12, 12, 0, tzinfo=ZoneInfo("America/Mexico_City"))
    assert detect([ask], OWNER).interviews == ()  # the options alone book nothing


def test_an_arrival_time_then_the_first_interview_starts_the_day_at_the_interview() -> None:
    sent = datetime(2026, 4, 9, 18, 20, tzinfo=ZoneInfo("Europe/Madrid"))
    text = (
        "Un par de detalles para el viernes 17 de abril:\n"
        "- Llega sobre las 9:15 h para darte la acreditación; la primera entrevista empieza "
        "a las 9:30 h.\n- Terminamos hacia las 14:15 h con Sergi.\n"
    )
    start, end, *_ = text_when(text, sent, ZoneInfo("Europe/Madrid"))
    madrid = ZoneInfo("Europe/Madrid")
    assert (start, end) == (
        datetime(2026, 4, 17, 9, 30, tzinfo=madrid),
        datetime(2026, 4, 17, 14, 15, tzinfo=madrid),
    )


def test_a_time_written_with_its_day_and_zone_beats_a_conversion_chain() -> None:
    sent = datetime(2026, 3, 16, 21, 15, tzinfo=timezone(timedelta(hours=-6)))
    text = (
        "Ojo con la hora: 4:30 p.m. del Pacífico son las 17:30 h de CDMX, y para ti en Madrid "
        "serán las 00:30 del viernes.\n\n---------- Forwarded message ---------\n"
        "Confirmed for Thu 3/19 @ 4:30p PT with Aaron for the Senior Data Engineer role.\n"
    )
    start = text_when(text, sent, ZoneInfo("America/Mexico_City")).start
    assert start == datetime(2026, 3, 19, 16, 30, tzinfo=ZoneInfo("America/Los_Angeles"))


def test_spanish_moves_and_countries_without_daylight_saving() -> None:
    assert classify.is_reschedule("Lo pasamos para el jueves 12 de marzo, a la misma hora")
    assert classify.is_reschedule("¿Podríamos cambiarlo al jueves?")
    from detector.texttime import zone_in

    assert str(zone_in(" p. m. (hora de Colombia)")) == "America/Bogota"
    assert str(zone_in(" (hora de Chile)")) == "America/Santiago"


def test_the_owner_on_a_thesis_jury_is_not_interviewed() -> None:
    text = "votre participation, en qualité d'examinatrice, au jury de la soutenance de thèse"
    assert "user is the interviewer" in _reasons(text)
    assert "user is the interviewer" in _reasons("Thank you for agreeing to serve as examiner")


def test_who_to_ask_in_other_languages_is_no_interviewer_cue() -> None:
    from detector.people import _NOT_CUE

    assert _NOT_CUE.search("Em caso de dúvidas, fale com a ")
    assert _NOT_CUE.search("Si tienes dudas, habla con ")
    assert not _NOT_CUE.search("Any questions? You'll be speaking with ")


def test_a_mail_from_the_named_interviewer_in_another_thread_gives_their_address() -> None:
    ats = _mail(
        "<c1@caprecrue.example>", "Lumio via Cap Recrue <notifications@caprecrue.example>",
        "Votre entretien pour le poste de Lead Data Engineer chez Lumio Santé est confirmé.\n\n"
        "Quand : le lundi 13 avril 2026 à 14h30 (heure de Paris) – 45 min\n"
        "Avec : Théo Garnier, CTO\n",
        "Tue, 7 Apr 2026 16:10:00 +0200", subject="Votre entretien est confirmé",
    )  # fmt: skip
    note = _mail(
        "<t1@lumio.example>", "Théo Garnier <theo.garnier@lumio.example>",
        "Just a quick note ahead of our call on Monday (14h30 Paris time) - we'll do it in "
        "English. It'll be just the two of us; no need to prepare slides.\n\nSee you Monday,\nThéo",
        "Wed, 8 Apr 2026 08:45:00 +0200", subject="Monday",
    )  # fmt: skip
    (iv,) = detect([ats, note], OWNER).interviews
    assert [p.email for p in iv.interviewers] == ["theo.garnier@lumio.example"]


def test_feminine_spanish_titles_are_roles() -> None:
    from detector.extract import pick_role

    assert pick_role(["para el puesto de Desarrolladora Android. Estarán Aitor"]) == (
        "Desarrolladora Android"
    )


# --- round 8c (blind40: the shapes mail arrives in) ----------------------------------------


def test_an_image_only_mail_is_read_from_its_alt_text() -> None:
    from detector.htmltext import html_to_text

    html = (
        '<table><tr><td><img src="cid:hero" alt="Interview confirmed. Your video interview is '
        'on Tuesday, June 9 at 2:00 PM ET."><img src="cid:logo" alt="Lumenfield logo">'
        "</td></tr></table>"
    )
    text = html_to_text(html)
    assert "Tuesday, June 9 at 2:00 PM ET" in text and "logo" not in text


def test_a_legal_footer_is_not_read_as_the_mail() -> None:
    from detector.extract import without_disclaimers

    body = (
        "You're confirmed to meet with Ray on Monday.\n\nBeth\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, may contain "
        "information relating to candidates, interviews, personnel matters and offers.\n\n"
        "Sent from my phone"
    )
    kept = without_disclaimers(body)
    assert "offers" not in kept and "confirmed to meet with Ray" in kept and "phone" in kept
    assert "interview word" in _reasons(body) and "interview word" not in _reasons(kept)


def test_lengths_and_titles_written_the_french_way() -> None:
    from detector.people import _HR_TITLE
    from detector.texttime import duration_in

    assert duration_in("Heure : 14h (durée prévue : 1h30)") == timedelta(hours=1, minutes=30)
    assert _HR_TITLE.search("Chargée de recrutement - Atelier Brunelle")


def test_a_tour_with_a_discussion_is_a_session_and_a_bare_field_is_no_title() -> None:
    from detector.extract import pick_role, role_from_segments
    from detector.people import _not_session

    assert not _not_session("11:00 Lab tour + bench discussion - Jonah Feld")
    assert pick_role(["Einladung: Tech-Interview Jana Kowalczyk – Embedded/BMS"]) is None
    described = "Technisches Interview (Live-Coding C/C++) – Senior Embedded Software Engineer"
    assert pick_role([described]) == "Senior Embedded Software Engineer"
    assert role_from_segments("Re: Detection Engineer @ Tidemark", "Tidemark") == (
        "Detection Engineer"
    )


# --- round 8d (blind41-43: agencies and look-alikes) ---------------------------------------


def test_an_agency_is_known_by_its_signature_or_its_client_and_names_the_client() -> None:
    from detector.extract import pick_company, says_it_searches, signs_as_agency

    sig = "Harriet Oyelaran\nSenior Recruitment Consultant – Technology\nTallis & Reed Recruitment"
    assert signs_as_agency(sig, "tallisreed.example")
    # an in-house team signs with its team before the firm
    assert not signs_as_agency("Resourcing Coordinator | Harrowgate Mutual", "harrowgatemutual.ex")
    assert says_it_searches("Pensez à apporter vos bulletins, le\nclient les demande.")
    client = "Alma\nSaguaro Technical Staffing\nOn behalf of our client, Drywash Semiconductor"
    assert (
        pick_company([client], ["saguarostaffing.example"], [], {"saguarostaffing.example"})[0]
        == "Drywash Semiconductor"
    )
    subject = "AW: Re: Kinetiq Rail - meeting with the Chair"
    agency = {"ashgrove-search.example"}
    assert (
        pick_company([subject, "Kinetiq Rail AG"], ["ashgrove-search.example"], [], agency)[0]
        == "Kinetiq Rail"
    )


def test_the_opening_mail_of_a_hiring_thread_is_read_though_it_says_no_interview_word() -> None:
    first = _mail(
        "<h1@search.example>", "Valerie <v@search.example>",
        "The Chair would like to meet you as the next step for the Chief Financial Officer "
        "mandate. She has proposed Tuesday, 27 October, 14:00.",
        "Thu, 15 Oct 2026 17:30:00 +0200", subject="Kinetiq Rail - meeting with the Chair",
    )  # fmt: skip
    confirmed = _mail(
        "<h3@search.example>", "Valerie <v@search.example>",
        "Wonderful, I have confirmed: Dienstag, 27. Oktober 2026, 14:00-15:30 Uhr. Meeting with "
        "Dr. Lassahn about the role.",
        "Fri, 16 Oct 2026 08:45:00 +0200", subject="AW: Kinetiq Rail - meeting with the Chair",
        extra="References: <h1@search.example>\r\nIn-Reply-To: <h1@search.example>\r\n",
    )  # fmt: skip
    (iv,) = detect([first, confirmed], OWNER).interviews
    assert iv.role == "Chief Financial Officer"


def test_one_slot_in_two_zones_is_not_a_choice_and_a_length_is_not_a_time() -> None:
    sent = datetime(2026, 10, 30, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    text = (
        "Proposed slot: Friday 6 November, 10:00am SGT (this is Thursday 5 November, 9:00pm in "
        "New York). Duration 1 hour.\n\nLion City Search, 8 Marina View, Singapore"
    )
    start = text_when(text, sent, ZoneInfo("Asia/Singapore")).start
    assert start == datetime(2026, 11, 6, 10, 0, tzinfo=ZoneInfo("Asia/Singapore"))
    pt = "Quando: quinta-feira, 23 de abril, às 14h\nDuração: 1h30\nDesenvolvedor(a) Backend"
    when = text_when(pt, datetime(2026, 4, 17, 17, 48, tzinfo=timezone(timedelta(hours=-3))), UTC)
    assert not when.proposal and when.start is not None and when.start.hour == 14


def test_a_calendar_guest_and_an_offer_call_are_what_they_say() -> None:
    assert "media interview" not in _reasons("I couldn't add you as a guest directly, sorry")
    assert "media interview" in _reasons("We'd love to have you on the show as a guest")
    assert "offer" in _reasons("Congrats again on the offer! Let's finalize your pay rate")


def test_team_lead_titles_and_a_company_in_brackets() -> None:
    from detector.extract import pick_role, role_last_resort

    assert pick_role(["for the Technical Support Team Lead position."]) == (
        "Technical Support Team Lead"
    )
    assert role_last_resort(
        ["the onsite at Drywash Semiconductor (Process Integration Engineer, Fab 2)"]
    ) == ("Process Integration Engineer")
    assert role_last_resort(["Technical interview with Nuala Keane (Lead QAE)."]) is None


def test_booking_words_and_a_cafe_called_workshop() -> None:
    assert "confirmed" in _reasons("perfect - I've put us down for Thursday 2 April, 14:00")
    assert "newsletter/tips" not in _reasons("Location: Workshop Coffee, 27 St John St")
    assert "newsletter/tips" in _reasons("Join our free workshop on salary negotiation")
    assert "hiring process" in _reasons("We're hiring our first Senior Product Designer")
    assert "conversation" in _reasons("Would you be up for an informal chat?")


def test_look_alikes_from_a_parents_and_a_patients_inbox() -> None:
    assert "appointment" in _reasons("Your family interview and Oskar's play visit are confirmed")
    assert "appointment" in _reasons("During this intake interview your clinician will ask")


def test_an_internal_move_is_an_interview_at_the_owners_own_employer() -> None:
    from detector.extract import org_key

    assert classify.INTERNAL_MOVE.search("Meet the team - Amara (internal candidate, Data Lead)")
    assert org_key("corvane.example.com") == "corvane"
    assert org_key("mail.kestrelhealth.com") == "kestrelhealth"


def test_a_notification_host_sending_as_another_company_is_a_tool() -> None:
    from detector.extract import sending_tools

    ats = Person("Corrib Beverages Careers", "corribbev@notifications.peoplegrid.example")
    assert sending_tools([], [ats]) == ["peoplegrid"]
    own = Person("Peoplegrid Careers", "jobs@notifications.peoplegrid.example")
    assert sending_tools([], [own]) == []


def test_a_region_after_a_title_is_not_a_brand() -> None:
    text = "What: Intro call - Regional Brand Manager, APAC (Paper Lantern Group)"
    assert pick_company([text], ["paperlanterngroup.example"], [])[0] == "Paper Lantern Group"


def test_a_panel_listed_under_its_heading_and_the_writer_who_joins() -> None:
    from detector.people import _SELF_IN, _under_interviewer_heading

    assert _under_interviewer_heading("Your panel will be:\n\nDr Grace Whitlam, Manager – ")
    assert not _under_interviewer_heading("Your contact officer:\n\nJodie Farrell – ")
    assert _SELF_IN.search("Am Gespräch nehmen neben mir Herr Dr. Stefan Kuhn teil.")


def test_german_and_french_titles_after_position_and_poste() -> None:
    from detector.extract import pick_role

    assert pick_role(["Gespräch für die Position Stationsleitung Kardiologie (m/w/d) ein."]) == (
        "Stationsleitung Kardiologie"
    )
    assert pick_role(["votre candidature au poste de Chargé(e) d'affaires Grands Comptes."]) == (
        "Chargé(e) d'affaires Grands Comptes"
    )


# --- round 8f (blind44-46: phones, calendars, chatty recruiters) ---------------------------


def test_phone_shorthand_times_and_days() -> None:
    from detector.texttime import find_times

    ny = ZoneInfo("America/New_York")
    ref = datetime(2026, 3, 2, 8, 12, tzinfo=ny)
    got = [m.start for m in find_times("can u chat thurs 2p ET?", ref, ny)]
    assert got == [datetime(2026, 3, 5, 14, 0, tzinfo=ny)]
    got = [m.start for m in find_times("lets grab 30 min mon 1030a PT", ref, ny)]
    assert got == [datetime(2026, 3, 9, 10, 30, tzinfo=ZoneInfo("America/Los_Angeles"))]
    assert [m.start.hour for m in find_times("weds at noon", ref, ny)] == [12]
    assert find_times("Suite 5a, 3/18", ref, ny) == []  # a flat, not 5 am
    spoken = find_times("Wednesday at two thirty pm central", ref, ny)
    assert [m.start for m in spoken] == [
        datetime(2026, 3, 4, 14, 30, tzinfo=ZoneInfo("America/Chicago"))
    ]


def test_a_place_named_before_a_converted_time_is_its_zone() -> None:
    from detector.texttime import find_times

    tokyo = ZoneInfo("Asia/Tokyo")
    text = "April 14 10:00 to 11:00 (Japan time)\n  * In Singapore it becomes 9:00 to 10:00."
    got = find_times(text, datetime(2026, 4, 8, 14, 30, tzinfo=tokyo), tokyo)
    assert got[0].start == got[1].start  # one slot, two zones


def test_hiring_words_typed_on_a_phone_and_said_to_a_dictation_app() -> None:
    assert "interview word" in _reasons("intervew w/ Kofi set for wed 3/18 @ 11a ET")
    assert "hiring process" in _reasons("saw ur app for the data engineer spot")
    assert "hiring process" in _reasons("to talk about the operations analyst roll")
    assert "hiring process" in _reasons("Role is Data Scientist, Underwriting.")
    assert "conversation" in _reasons("can u chat thurs 2p ET? 30 min")
    assert "confirmed" in _reasons("Perfect - Wednesday at half past ten (Central) it is!")
    assert classify.prescreen(b"Subject: FW: Leah G - next step\r\n\r\ncan we push to thurs?")


def test_look_alikes_in_the_same_shorthand() -> None:
    assert "networking" in _reasons("def not an interview lol, just coffee")
    assert "sales demo" in _reasons("i'll show how Screenwise auto-schedules interviews")
    assert "event/fair" in _reasons("Speaker: Tomasz. Room B2. Added from your personal schedule.")
    assert "internal meeting" not in _reasons("11:45 Team lunch (informal, not evaluated)")


def test_a_bare_weekday_takes_the_date_an_earlier_mail_of_the_thread_offered() -> None:
    offer = _mail(
        "<w1@orrin.example>", "Gretchen <g@orrin.example>",
        "Marisol has these openings for the Director role:\n  * Thursday, April 16 at 8:00 AM PT"
        "\n  * Friday, April 17 at 11:30 AM PT\nPlease let me know which works best.",
        "Wed, 8 Apr 2026 13:27:00 -0700", subject="Orrin: meeting with Marisol",
    )  # fmt: skip
    pick = _mail(
        "<w2@orrin.example>", "Gretchen <g@orrin.example>",
        "Perfect - Friday at 11:30 it is. Invitation to follow.",
        "Thu, 9 Apr 2026 08:05:00 -0700", subject="RE: Orrin: meeting with Marisol",
        extra="In-Reply-To: <w1@orrin.example>\r\nReferences: <w1@orrin.example>\r\n",
    )  # fmt: skip
    (iv,) = detect([offer, pick], OWNER).interviews
    assert iv.start.date() == date(2026, 4, 17)


# --- round 8h (blind47-49) -----------------------------------------------------------------


def test_design_rounds_openings_and_scams() -> None:
    assert "screen/round" in _reasons("Live Design Exercise - Maren (Product Designer)")
    assert "screen/round" in _reasons("Let's do the whiteboard session next Wednesday")
    assert "hiring process" in _reasons(
        "our Senior Product Designer (Remote - North America) opening"
    )
    scam = "Reply with your SIN and confirm your banking details; interview via text chat"
    assert "scam" in _reasons(scam)


def test_look_alikes_after_an_offer_and_on_campus() -> None:
    assert "appointment" in _reasons("I'm your relocation consultant; a 30-minute intro call")
    assert "event/fair" in _reasons(
        "campus placement drive; HR interview for shortlisted candidates only"
    )
    # an interviewer pulled into an offsite is why the slot moves, not an internal meeting
    assert "internal meeting" not in _reasons("Farah has been pulled into a leadership offsite")


def test_your_time_written_before_the_time() -> None:
    from detector.texttime import find_times

    tokyo, paris = ZoneInfo("Asia/Tokyo"), ZoneInfo("Europe/Paris")
    text = "Haruto will see you tomorrow morning (your time) at 8h30. Good luck!"
    (m,) = find_times(text, datetime(2026, 3, 3, 17, 45, tzinfo=tokyo), tokyo, reader_tz=paris)
    assert m.start == datetime(2026, 3, 4, 8, 30, tzinfo=paris)


def test_a_deleted_calendar_event_cancels_the_event_of_its_id() -> None:
    event = {
        "id": "ev7", "iCalUID": "ev7@calendar.example", "status": "confirmed",
        "summary": "Interview: Product Designer", "description": "Interview with Ibrahim",
        "start": {"dateTime": "2026-04-02T14:00:00-04:00"},
        "end": {"dateTime": "2026-04-02T14:45:00-04:00"},
        "organizer": {"email": "recruiting@orrery.example"},
        "attendees": [{"email": "cand@example.org", "self": True}],
    }  # fmt: skip
    live = SourceItem("a.gcal.json", "gcal-json", json.dumps(event).encode())
    gone = SourceItem("b.gcal.json", "gcal-json", b'{"id": "ev7", "status": "cancelled"}')
    (iv,) = detect([live, gone], OWNER).interviews
    assert iv.status == "cancelled"


def test_a_recruiter_who_copies_the_named_interviewer_moves_the_ats_interview() -> None:
    ats = _mail(
        "<w1@myworkday.example>", "Northvale Financial <northvale@myworkday.example>",
        "Your interview has been scheduled.\nJob Requisition: Product Designer (R-0048213)\n"
        "Date: Wednesday, April 8, 2026\nTime: 10:00 AM - 11:00 AM Eastern Daylight Time\n"
        "Interviewer(s): Farah Qureshi, Senior Design Manager\n",
        "Mon, 30 Mar 2026 15:02:00 -0400", subject="Interview Scheduled - Product Designer",
    )  # fmt: skip
    move = _mail(
        "<d1@northvale.example>", "Declan Murray <declan.murray@northvale.example>",
        "Farah has been pulled into a leadership offsite on Wednesday. Could we move your "
        "interview to Thursday (April 9) at half past ten instead? Same length.",
        "Mon, 6 Apr 2026 08:51:00 -0400", subject="Your interview with Farah",
        extra="Cc: Farah Qureshi <farah.qureshi@northvale.example>\r\n",
    )  # fmt: skip
    (iv,) = detect([ats, move], OWNER).interviews
    assert iv.start == datetime(2026, 4, 9, 10, 30, tzinfo=ZoneInfo("America/New_York"))


def test_german_ist_a_pairing_round_and_a_parking_ticket() -> None:
    from detector.texttime import zone_in

    assert zone_in(" Uhr? Wir planen 45 Minuten ein. Mit dabei ist Jan") is None
    assert str(zone_in(" IST (Bengaluru)")) == "Asia/Kolkata"
    assert "screen/round" in _reasons("You'll pair with Thijs Mulder for 90 minutes")
    assert "event/fair" not in _reasons("bring your ticket to the interview for validation")
    assert "event/fair" in _reasons("Your ticket and QR code for the hiring fair are below")
