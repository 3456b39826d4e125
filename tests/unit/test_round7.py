"""Capabilities added in round 7 (blind23-25, first scored in session 4): founders' terse
threads, trial days and take-home debriefs, forwarded header blocks, day timetables."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from detector import classify
from detector.extract import pick_role, role_last_resort
from detector.observe import text_when

PDT = timezone(timedelta(hours=-7))
CEST = timezone(timedelta(hours=2))


def _reasons(text: str) -> set[str]:
    return {r.split(" (")[0] for r in classify.score(text)[1]}


def test_a_bare_hour_offered_for_a_named_day_is_a_time() -> None:
    sent = datetime(2026, 3, 9, 22, 40, tzinfo=PDT)
    start, *_ = text_when("lets do 4 tmrw? ill send a link. 30 min", sent, PDT)
    assert start == datetime(2026, 3, 10, 16, 0, tzinfo=PDT)
    # without a day the number stays a number ("lets do 4 rounds")
    assert text_when("lets do 4 rounds of review", sent, PDT).start is None


def test_a_forwarded_mails_date_header_is_not_a_meeting_time() -> None:
    sent = datetime(2026, 3, 9, 9, 12, tzinfo=PDT)
    text = (
        "Tomas - can you grab 45 min with him this week?\n\n"
        "---------- Forwarded message ---------\n"
        "From: Devin Rahimi <dev@example.com>\n"
        "Date: Fri, Mar 6, 2026 at 5:40 PM\n"
        "Subject: Backend role\n"
    )
    assert text_when(text, sent, PDT).start is None
    # an ATS block's "When:" beside a "Contact:" address is the meeting
    ats = "Contact: leo@bramble.example\nWhen: Wednesday, 11 March 2026 10:00\n"
    assert text_when(ats, sent, PDT).start == datetime(2026, 3, 11, 10, 0, tzinfo=PDT)


def test_a_meetup_where_people_met_is_not_an_event_invitation() -> None:
    assert "event/fair" not in _reasons("Great meeting you at the Toronto health-tech meetup!")
    assert "event/fair" not in _reasons("Devin is the one I mentioned from the Toronto meetup.")
    assert "event/fair" in _reasons("Join us at the Rust meetup on Thursday, pizza provided.")


def test_founders_words_for_a_session_are_interview_words() -> None:
    assert "screen/round" in _reasons("45 min: a bit of live debugging on a small service")
    assert "screen/round" in _reasons("can you grab 45 min for the technical convo?")
    # a take-home's live debrief is a conversation, not the assessment itself
    debrief = _reasons("lets do a debrief call on your take-home, 2pm ET thursday")
    assert "live work-sample review" in debrief and "assessment" not in debrief
    assert "assessment" in _reasons("Here's the take-home, please submit it by Friday.")


def test_a_trial_day_with_pairing_and_a_closing_talk_is_not_only_an_assessment() -> None:
    text = "ein bezahlter Probetag: 10:00 Pairing mit Bastian, 17:00 Abschlussgespräch"
    assert "assessment" not in _reasons(text)
    assert "assessment" in _reasons("a paid trial shift on the shop floor, Saturday 9-5")


def test_quoted_printable_german_mail_passes_the_prescreen() -> None:
    raw = b"Subject: Probetag\r\n\r\nAbschlussgespr=C3=A4ch mit Bastian um 17:00 Uhr\r\n"
    assert classify.prescreen(raw)


def test_a_day_timetable_ends_with_its_last_row() -> None:
    text = (
        "Datum: Donnerstag, 16. April\n\nAblauf:\n09:30 Uhr  Kaffee & Kickoff\n"
        "10:00-13:00  Pairing\n13:00  Mittagessen\n14:00-16:30  weiter pairen\n"
        "17:00 Uhr  Abschlussgespräch (ca. 30 Min.)\n"
    )
    start, end, *_ = text_when(text, datetime(2026, 4, 9, 17, 48, tzinfo=CEST), CEST)
    assert (start, end) == (
        datetime(2026, 4, 16, 9, 30, tzinfo=CEST),
        datetime(2026, 4, 16, 17, 30, tzinfo=CEST),
    )


def test_a_title_before_stelle_after_die() -> None:
    assert pick_role(["die letzte Stufe für die Senior Frontend Engineer Stelle"]) == (
        "Senior Frontend Engineer"
    )


def test_investor_meetings_and_similes_are_not_interviews() -> None:
    vc = _reasons(
        "invite you to our Monday partner meeting to discuss Bramblekit's seed round. "
        "Fair warning, it can feel a bit like an interview."
    )
    assert {"fundraising", "networking"} <= vc
    # a startup saying its round closed is still hiring
    assert "fundraising" not in _reasons("we're hiring a founding engineer (seed round closed)")


def test_hackathon_judging_is_an_event() -> None:
    assert "event/fair" in _reasons("Sun 2pm judging: each team gets a 5-minute interview")


def test_startup_titles_from_hiring_words_and_event_titles() -> None:
    hiring = "we're hiring our first Mobile Engineer (React Native, remote)."
    assert pick_role([hiring]) is None  # not an explicit pattern: only the last resort reads it
    assert role_last_resort([hiring]) == "Mobile Engineer"
    assert role_last_resort(["Founder chat (Founding Data Scientist)"]) == "Founding Data Scientist"


def test_the_other_side_of_the_table_in_senior_and_academic_hiring() -> None:
    board = "Trustees, agenda: 9:30 Interview - Candidate A (90 min). Candidate packets are ready."
    assert "user is the interviewer" in _reasons(board)
    assert "user is the interviewer" in _reasons("Thank you for serving on the Fellowship panel.")
    # "the candidate a link" is not "Candidate A"
    assert "user is the interviewer" not in _reasons("we'll send the candidate a link for 2pm")
    clearance = _reasons("a personal subject interview for your security clearance")
    assert "other interview types" in clearance
    mapping = _reasons("this isn't tied to a live search; we're mapping the market")
    assert "networking" in mapping


def test_a_campus_visit_arrival_day_is_not_a_travel_booking() -> None:
    assert "travel booking" not in _reasons("Monday, April 13 - arrival. A shuttle collects you.")
    assert "travel booking" in _reasons("Your record locator is KX7Q2M. Departure 7:05am.")


def test_a_search_firm_is_an_agency_whatever_its_domain() -> None:
    from detector.extract import is_agency_domain, pick_company, says_it_searches

    assert says_it_searches("As ever, Alder & Voss is retained by the Foundation")
    assert says_it_searches("I'm arranging this on behalf of our client")
    assert not says_it_searches("Our search for a new office continues")
    texts = ["Kinoshita Family Foundation - Director, Global Programs - panel confirmed"]
    domains = ["aldervoss.example", "kinoshita-foundation.example"]
    assert is_agency_domain("aldervoss.example", {"aldervoss.example"})
    name, _ = pick_company(texts, domains, [], {"aldervoss.example"})
    assert name == "Kinoshita Family Foundation"


def test_a_role_loses_tenure_track_notes_and_a_candidates_initials() -> None:
    assert pick_role(["the position of Assistant Professor of Chemistry (tenure-track). Your"]) == (
        "Assistant Professor of Chemistry"
    )


def test_a_room_number_is_not_a_clock_time() -> None:
    from detector.texttime import find_times

    sent = datetime(2026, 4, 15, 10, 0, tzinfo=CEST)
    assert find_times("Donnerstag, 7. Mai 2026, Raum C 2.14", sent, CEST) == []
    # a dotted time with am/pm, "at", a range or a zone is still a time
    assert find_times("Tuesday 7 April at 10.30am", sent, CEST)
    assert find_times("Tuesday 7 April, 2.30 CET", sent, CEST)


def test_senior_and_academic_hiring_words() -> None:
    assert "hiring process" in _reasons("Noordkade Energie - CEO search: meeting with the Chair")
    assert "hiring process" in _reasons("Berufungsverfahren W2: Gespräch mit der Kommission")
    assert "screen/round" in _reasons("14:00 Probelehrveranstaltung, then the job talk")
    assert "hiring process" in _reasons("you have been shortlisted for the post")
    assert classify.RESCHEDULE.search("we need to move your interview back by one day")


def test_two_timetable_rows_when_the_last_says_how_long() -> None:
    text = (
        "Termin: Donnerstag, 7. Mai 2026\n\nAblauf:\n  14:00 Uhr  Probelehrveranstaltung\n"
        "  ca. 15:00 Uhr  Gespräch mit der Berufungskommission (ca. 45 Minuten)\n"
    )
    _, end, *_ = text_when(text, datetime(2026, 4, 15, 10, 0, tzinfo=CEST), CEST)
    assert end == datetime(2026, 5, 7, 15, 45, tzinfo=CEST)


def test_a_signature_line_names_the_organisation_before_its_address() -> None:
    from detector.extract import pick_company

    sig = "Lorna Featherstone\nPacific Crest University | 1450 Cedar Loop, Arcata CA | 707-555-0138"
    assert pick_company([sig], ["pcu.example"], [])[0] == "Pacific Crest University"


def test_a_take_home_already_liked_is_not_this_mails_assessment() -> None:
    assert "assessment" not in _reasons("the team liked your take-home a lot. Next is a chat")
    assert "assessment" in _reasons("Here is your take-home; please send it back by Monday")


def test_mst_for_arizona_keeps_standard_time_in_summer() -> None:
    from detector.texttime import find_times

    sent = datetime(2026, 4, 29, 9, 0, tzinfo=PDT)
    (m,) = find_times("Wed, May 6, 2026 from 1:00 PM - 1:30 PM MST (Arizona)", sent, PDT)
    assert m.start.utcoffset() == timedelta(hours=-7)
    # a writer on Denver's summer clock means Denver's daylight time (since round 22 a writer
    # on -07:00 in summer means Arizona's: see test_round22)
    denver = sent.astimezone(ZoneInfo("America/Denver"))
    (d,) = find_times("Wed, May 6, 2026 at 1:00 PM MST", denver, denver.tzinfo)
    assert d.start.utcoffset() == timedelta(hours=-6)


def test_an_agency_subject_names_the_client_before_the_candidate() -> None:
    from detector.extract import pick_company

    texts = ["Fernbank Robotics <> Sam: intro call confirmed", "for Fernbank Robotics via Dover"]
    assert pick_company(texts, ["dover-recruit.example"], [])[0] == "Fernbank Robotics"


def test_a_forward_carries_its_mail_whatever_the_separator() -> None:
    from detector.extract import is_forward

    assert is_forward("Fwd: Interview Confirmed") and is_forward("TR: Entretien")
    assert is_forward("Re: FW: schedule") and not is_forward("Re: Interview")


def test_a_start_before_instead_is_the_new_start_and_an_end_never_is() -> None:
    sent = datetime(2026, 3, 9, 10, 47, tzinfo=PDT)
    text = (
        "Marcus has a board call on Thursday 3/12. Could we start at 4:30 instead? Same 45 "
        "minutes, so you'd wrap at 5:15."
    )
    assert text_when(text, sent, PDT).start == datetime(2026, 3, 12, 16, 30, tzinfo=PDT)


def test_two_windows_offered_are_a_proposal() -> None:
    sent = datetime(2026, 3, 4, 11, 40, tzinfo=PDT)
    text = "Marcus has two windows next week:\n - Tue 3/10 at 8:30am PT\n - Wed 3/11 at 1:00pm PT"
    assert text_when(text, sent, PDT).proposal


def test_a_counter_offer_names_another_day() -> None:
    assert classify.COUNTER.search("Is the office open? If not, I could do Tuesday 7th")
    assert not classify.COUNTER.search("Monday at 9 is perfect, see you then")


def test_a_24_hour_clock_without_a_colon() -> None:
    from detector.texttime import find_times

    sgt = timezone(timedelta(hours=8))
    (m,) = find_times("Date/Time: Thu 19/3, 1130 hrs SGT", datetime(2026, 3, 13, tzinfo=sgt), sgt)
    assert m.start == datetime(2026, 3, 19, 11, 30, tzinfo=m.start.tzinfo)


def test_staffing_round_names_are_interview_rounds() -> None:
    assert "screen/round" in _reasons("Your Managerial round with Ms. Shalini Menon is on Friday")
    assert "screen/round" in _reasons("PFB the details of your L1 (technical) round")


def test_the_owners_row_of_a_slot_table() -> None:
    ist = timezone(timedelta(hours=5, minutes=30))
    text = (
        "Technical interviews on Thursday, 26th March 2026 (IST):\n"
        "1 | Omkar Jadhav | 10:00 AM - 10:30 AM\n2 | Pallavi Shinde | 10:30 AM - 11:00 AM\n"
        "3 | Sneha Patil | 2:30 PM - 3:00 PM\n"
    )
    sent = datetime(2026, 3, 24, 9, 10, tzinfo=ist)
    start, end, *_ = text_when(text, sent, ist, "", frozenset({"sneha", "patil", "cse"}))
    assert (start, end) == (
        datetime(2026, 3, 26, 14, 30, tzinfo=ist),
        datetime(2026, 3, 26, 15, 0, tzinfo=ist),
    )


def test_an_agency_subjects_step_segment_is_not_the_client() -> None:
    from detector.extract import pick_company

    texts = ["RE: Interview Schedule - L1 - Vardhan Finserv - Java", "Vardhan Finserv panel"]
    assert pick_company(texts, ["pinnacletalent.example"], [])[0] == "Vardhan Finserv"


def test_early_careers_words_and_look_alikes() -> None:
    assert "interview word" in _reasons("Einladung zum Gruppengespräch - Ausbildung")
    # a group task "mit anderen Bewerbern" is not a rejection
    assert "rejection" not in _reasons("Gruppenaufgabe mit anderen Bewerberinnen und Bewerbern")
    assert "rejection" in _reasons("haben wir uns für einen anderen Bewerber entschieden")
    assert "event/fair" not in _reasons("Thanks for applying through the Cal Coast career fair.")
    assert "event/fair" in _reasons("Register now for the Spring career fair on March 3.")
    chat = _reasons("a networking conversation - not part of any firm's recruiting process")
    assert "networking" in chat
    test = _reasons("proctored coding assessment. Candidates who clear the assessment will be")
    assert {"assessment", "interview only after a test"} <= test


def test_an_all_day_interview_day_takes_its_description_rows() -> None:
    from detector.model import CalendarEvent
    from detector.observe import observe_event

    ev = CalendarEvent(
        source_id="day.ics",
        uid="u1",
        summary="Interview day - Kestrel Robotics",
        description=(
            "All times Berlin time (CEST).\n09:30-10:15 Intro\n10:30-12:30 Deep dive\n"
            "12:30-13:30 Lunch\n13:30-14:15 Wrap-up"
        ),
        start=datetime(2026, 4, 16, tzinfo=CEST),
        end=datetime(2026, 4, 17, tzinfo=CEST),
        all_day=True,
    )
    ob = observe_event(ev, 0)
    assert (ob.start, ob.end) == (
        datetime(2026, 4, 16, 9, 30, tzinfo=ob.start.tzinfo if ob.start else None),
        datetime(2026, 4, 16, 14, 15, tzinfo=ob.start.tzinfo if ob.start else None),
    )
    assert ob.start is not None and ob.start.utcoffset() == timedelta(hours=2)


def test_the_owners_own_calendar_note_of_an_interview_is_not_a_party() -> None:
    from detector.model import Person

    me = frozenset({"wl@example.com"})
    alone = classify.structure(me, Person("", "wl@example.com"), [], None, "Phone screen - Acme")
    assert alone == [("the owner's own calendar entry", -2.0)]
    prep = classify.structure(me, Person("", "wl@example.com"), [], None, "Prep for interview")
    assert prep == [("the owner organized this event", -6.0)]
    guests = [Person("", "friend@mail.example")]
    party = classify.structure(me, Person("", "wl@example.com"), guests, None, "Dinner")
    assert party == [("the owner organized this event", -6.0)]


def test_sitting_in_on_a_colleagues_candidate_call() -> None:
    assert "user is the interviewer" in _reasons("can you sit in on the candidate call Thursday?")


def test_european_look_alikes_and_a_deadline_at_midnight() -> None:
    from detector.texttime import find_times

    assert "appointment" in _reasons("Conferma appuntamento: colloquio mutuo casa")
    assert "user research" in _reasons("Bekræftelse: dit brugerinterview. Gavekort på 500 kr.")
    sent = datetime(2026, 3, 17, 8, 0, tzinfo=CEST)
    (m,) = find_times("do piątku, 20 marca 2026, godz. 23:59", sent, CEST)
    assert m.not_a_meeting
    slots = "Lediga tider:\n • onsdag 4 mars kl. 13.00\n • torsdag 5 mars kl. 10.00"
    assert text_when(slots, datetime(2026, 2, 27, tzinfo=CEST), CEST).proposal


def test_a_health_tech_role_is_not_a_patient_appointment() -> None:
    assert "appointment" not in _reasons("the Senior Full-Stack Developer (Patient Portal) role")
    assert "appointment" in _reasons("Please log in to your patient portal before the visit")


def test_a_booking_notice_to_the_host_is_dropped_when_the_owner_is_the_invitee() -> None:
    from detector.model import Owner
    from detector.observe import _add_direction

    text = "A new event has been scheduled.\nInvitee:\nSam Okonkwo\nEvent Type: Final chat"
    reasons = ["booking notice to a host (-8)"]
    change = _add_direction(text, None, Owner(frozenset({"sam.okonkwo@example.com"})), reasons)
    assert change == 9.0 and reasons == ["owner booked as the invitee of a host (+1)"]


def test_nordic_italian_finnish_and_polish_clock_prefixes_and_dates() -> None:
    from detector.texttime import find_dates, find_times

    cet = timezone(timedelta(hours=1))
    sent = datetime(2026, 3, 23, 9, 40, tzinfo=cet)
    (m,) = find_times("venerdì 27 marzo alle 9.30", sent, cet)
    assert m.start == datetime(2026, 3, 27, 9, 30, tzinfo=cet)
    (d,) = find_dates("Sopisiko sinulle tiistaina 10.3. klo 14", sent.date())
    assert d.day.isoformat() == "2026-03-10"
    (f,) = find_dates("Date: 18-Aug-2026", sent.date())
    assert f.day.isoformat() == "2026-08-18"
    assert not find_dates("version 4.30 is out", sent.date())


def test_a_quote_attribution_in_other_languages_is_not_new_text() -> None:
    from detector.extract import new_text

    reply = (
        "kiitos! Tiistai klo 14 sopii.\n\nke 5.3.2026 klo 13.20 Sanna <s@x.example> kirjoitti:\n"
    )
    assert "13.20" not in new_text(reply)


def test_more_languages_for_proposals_cancels_agreement_and_sessions() -> None:
    assert classify.PROPOSAL.search("Le proporrei una di queste due date")
    assert classify.CANCEL.search("Je suis au regret de devoir annuler notre entretien")
    assert classify.is_agreement("Tiistai klo 14 sopii hyvin")
    assert "interview word" in _reasons("Mobile Developer – puhelinhaastattelu")
    assert "screen/round" in _reasons("Conversa final - último passo do processo")
    assert classify.RESCHEDULE.search("can we move you to Thu 3/12 @ 4:30p PST?")
    assert "internal meeting" not in _reasons("Ellen got pulled into an offsite Tuesday")


def test_arriving_early_is_not_a_length() -> None:
    from detector.texttime import duration_in

    text = "Please arrive 10 minutes early. Please plan for about an hour."
    assert duration_in(text) == timedelta(hours=1)
    assert duration_in("a 30 minute call") == timedelta(minutes=30)


def test_a_romance_weekday_with_a_bare_day_of_the_month() -> None:
    from detector.texttime import find_dates

    ref = datetime(2026, 10, 19, tzinfo=CEST).date()
    (d,) = find_dates("¿Te vendría bien el martes 27 a la misma hora?", ref)
    assert d.day.isoformat() == "2026-10-27"
    # a clock or a range after the weekday is not a day of the month
    assert [x.day.isoformat() for x in find_dates("Montag 9-17 Uhr", ref)] == ["2026-10-26"]
    assert [x.day.isoformat() for x in find_dates("à jeudi 10h30 !", ref)] == ["2026-10-22"]
    (fr,) = find_dates("Parfait, jeudi 16 à 10h30 me convient.", ref.replace(month=4, day=8))
    assert fr.day.isoformat() == "2026-04-16"
    # a weekday before a slash date is left to that date, not read as "Thursday the 3rd"
    # (which would be 2026-11-03 here)
    assert [x.day.isoformat() for x in find_dates("Thu 3/12", ref)] == ["2026-12-03"]


def test_two_days_offered_for_one_time_is_a_proposal() -> None:
    et = timezone(timedelta(hours=-5))
    text = "Early next week works - maybe Tue or Wed at 2pm ET?"
    assert text_when(text, datetime(2026, 2, 27, 16, 11, tzinfo=et), et).proposal


def test_founders_and_recruiters_short_confirmations() -> None:
    assert "confirmed" in _reasons("Perfect, let's lock it in: Thu 3/12 @ 4:30p PST.")
    assert "confirmed" in _reasons("Wednesday at 2pm ET it is. I'll block 45 minutes")
    assert "conversation" in _reasons("Happy to talk to Rowan about the role")


def test_italian_due_is_two_not_a_deadline() -> None:
    from detector.texttime import find_times

    sent = datetime(2026, 4, 9, 11, 20, tzinfo=CEST)
    text = "Ti propongo due possibilità:\n- giovedì 16 aprile alle 15:00"
    assert not find_times(text, sent, CEST)[0].not_a_meeting
    assert find_times("the report is due by Friday 5pm", sent, CEST)[0].not_a_meeting


def test_offers_a_friends_own_onsite_and_a_portfolio_walkthrough() -> None:
    assert "offer" in _reasons("I'm delighted to offer you the role. The written offer is attached")
    assert classify.writers_own_interview("ROWAN. I got the onsite at Grubline!! Thursday at 10")
    assert not classify.writers_own_interview("You've got the onsite! Thursday at 10 with Sam")
    assert "live work-sample review" in _reasons("Technical Artist - portfolio walkthrough")
    assert "newsletter/tips" not in _reasons("Sent by Tempora for Halloway · Manage preferences")


def test_a_schedule_row_far_below_its_only_date() -> None:
    bst = timezone(timedelta(hours=1))
    text = (
        "Below is your itinerary for Thursday 2 April 2026. All times are BST.\n"
        + "Location: 4th floor, 18 Quayside Walk, London (ask for Priya at reception).\n" * 3
        + "Time | Session | Interviewer\n09:30 – 10:15\nSystem design\n10:15 – 11:00\nCoding\n"
    )
    start, end, *_ = text_when(text, datetime(2026, 3, 25, 16, 47, tzinfo=bst), bst)
    assert (start, end) == (
        datetime(2026, 4, 2, 9, 30, tzinfo=start.tzinfo if start else None),
        datetime(2026, 4, 2, 11, 0, tzinfo=start.tzinfo if start else None),
    )


def test_a_dst_note_with_the_verb_first_and_a_poll_result() -> None:
    from detector.texttime import find_dates

    note = "Germany already left summer time on 25 October and Canada follows on 1 November"
    assert find_dates(note, datetime(2026, 10, 28, tzinfo=CEST).date()) == []
    assert "confirmed" in _reasons("Rohit Malhotra has chosen the final date for the poll")


def test_early_careers_programme_names_are_roles() -> None:
    text = "Thanks for applying to our Summer 2026 Data Analyst Intern posting through the fair"
    assert pick_role([text]) == "Summer 2026 Data Analyst Intern"
    # a job word that only hourly hiring uses, with its contract note dropped
    assert pick_role(["Position: Barista (Part-Time)"]) == "Barista"


def test_a_teams_thread_id_in_a_link_is_not_an_address() -> None:
    from detector.extract import emails_in

    text = (
        "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3@thread.v2/0\n"
        "Questions: liam.p@bluegum.example."
    )
    assert [a for a, _ in emails_in(text)] == ["liam.p@bluegum.example"]
