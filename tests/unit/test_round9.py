"""Capabilities added in round 9 (the known misses of blind50-52 and the first contact with
blind53-55, session 6): colonless 24-hour schedule rows, a next round in the same thread,
agency screens, Dutch cancellations and titles with numbers in brackets."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from _detdata import mail, signal_names

from detector import classify, detect, infer_owner
from detector.extract import pick_company, pick_role, role_from_segments, without_disclaimers
from detector.model import Owner, Person, SourceItem
from detector.observe import relative_move, text_when
from detector.texttime import find_dates, find_times, named_zones, sender_zone

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


# --- times ---------------------------------------------------------------------------------


def test_a_colonless_24_hour_range_is_a_time_but_a_year_range_is_not() -> None:
    sent = datetime(2026, 4, 28, 10, tzinfo=NEW_YORK)
    text = "Tuesday, May 5, 2026\n0800–0830 | Welcome\n0930-1030 | Panel"
    got = [(m.start, m.end) for m in find_times(text, sent, NEW_YORK)]
    assert got == [
        (datetime(2026, 5, 5, 8, tzinfo=NEW_YORK), datetime(2026, 5, 5, 8, 30, tzinfo=NEW_YORK)),
        (
            datetime(2026, 5, 5, 9, 30, tzinfo=NEW_YORK),
            datetime(2026, 5, 5, 10, 30, tzinfo=NEW_YORK),
        ),
    ]
    assert find_times("the 2025-2026 season", sent, NEW_YORK) == []
    assert find_times("call Tasha at 401-555-0181", sent, NEW_YORK) == []


def test_a_leading_zero_hour_is_the_morning() -> None:
    sent = datetime(2026, 4, 28, 10, tzinfo=NEW_YORK)
    (m,) = find_times("Panel at 07:30 on May 5", sent, NEW_YORK)
    assert m.start.hour == 7
    (m,) = find_times("Panel at 7:30 on May 5", sent, NEW_YORK)
    assert m.start.hour == 19  # office hours: a bare 7:30 is the evening one


def test_a_day_of_the_month_in_brackets_after_a_weekday_decides_the_week() -> None:
    # sent on Wednesday 18 February: "next Thursday" alone could be the 19th
    days = find_dates("a second stage next Thursday (26th) at 14h00", date(2026, 2, 18))
    assert date(2026, 2, 26) in [d.day for d in days]


# --- words -----------------------------------------------------------------------------------


def test_an_agency_screen_before_putting_the_candidate_forward_is_hiring() -> None:
    text = (
        "I'd like to do a proper 30-minute screening call before I put you forward to any of "
        "my clients. Thursday at half past ten works my end, I'll ring you."
    )
    reasons = signal_names(text)
    assert "hiring process" in reasons
    assert "outreach" not in reasons
    assert "outreach" in signal_names(
        "My client, a leading bank, is hiring. Are you open to a chat?"
    )


def test_a_shift_booked_with_no_interview_needed_is_not_an_interview() -> None:
    text = "Shift match: ICU Charge RN. No interview needed - your profile is credentialed."
    assert "networking" in signal_names(text)


def test_a_dutch_cancellation_cancels() -> None:
    assert classify.is_cancel("Helaas moeten we het gesprek van woensdag 14h annuleren.")
    assert classify.is_cancel("Het gesprek is geannuleerd.")
    assert not classify.is_cancel("We kijken uit naar het gesprek van woensdag.")


# --- fields ----------------------------------------------------------------------------------


def test_roles_with_a_number_in_brackets_and_kinds_of_jobs() -> None:
    body = "your first stage for the Financial Reporting Manager (IFRS 17) role: Tuesday"
    assert pick_role([body]) == "Financial Reporting Manager (IFRS 17)"
    assert pick_role(["Re: Financial Controller roles - quick call Thursday"]) is None


def test_a_firm_that_signs_as_a_search_firm_is_an_agency_and_its_client_employs() -> None:
    texts = [
        "Oakhurst Reinsurance - 1st stage confirmed",
        "Confirming your first stage with Oakhurst Reinsurance.\n\nPriya Mistry\n"
        "Thornbury Grey Search | +44 20 7946 0901",
    ]
    domains = ["thornburygrey.example"]
    name, _ = pick_company(texts, domains, [], agencies={"thornburygrey.example"})
    assert name == "Oakhurst Reinsurance"


# --- threads ---------------------------------------------------------------------------------


def test_a_next_round_in_the_same_thread_is_its_own_interview_with_the_rounds_fields() -> None:
    agency = "Priya Mistry <priya@thornburygrey.example>"
    first = mail(
        "<r1@thornburygrey.example>",
        agency,
        "Confirming your first stage with Oakhurst Reinsurance for the Financial Reporting "
        "Manager (IFRS 17) role: Tuesday 17/02 at 10:00 GMT, 45 mins on Teams with Callum "
        "Reeve.\n\nPriya Mistry\nThornbury Grey Search | +44 20 7946 0901\n",
        "Thu, 12 Feb 2026 10:00:00 +0000",
        subject="Oakhurst Reinsurance - 1st stage confirmed",
    )
    second = mail(
        "<r2@thornburygrey.example>",
        agency,
        "Brilliant feedback from Callum - they'd like you back for a second stage next "
        "Thursday (26th) at 14h00, in person. Allow 90 minutes.\n\nPriya\n",
        "Wed, 18 Feb 2026 16:30:00 +0000",
        subject="Re: Oakhurst Reinsurance - 2nd stage!",
        extra=(
            "In-Reply-To: <r1@thornburygrey.example>\r\nReferences: <r1@thornburygrey.example>\r\n"
        ),
    )
    items = [first, second]
    found = sorted(detect(items, infer_owner(items)).interviews, key=lambda i: i.start)
    assert [i.start for i in found] == [
        datetime(2026, 2, 17, 10, tzinfo=LONDON),
        datetime(2026, 2, 26, 14, tzinfo=LONDON),
    ]
    assert {i.company for i in found} == {"Oakhurst Reinsurance"}
    assert found[1].role == "Financial Reporting Manager (IFRS 17)"
    # two interviews of one conversation keep apart in the ledger
    assert found[0].key != found[1].key
    assert found[1].key.startswith(found[0].key)


# --- round 9, second part: the rest of blind50-52's known misses ----------------------------


def test_a_time_taken_back_at_once_is_not_read() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    sent = datetime(2026, 3, 13, 14, tzinfo=berlin)
    (m,) = find_times("so that's 4pm... sorry, 3pm your time", sent, berlin)
    assert m.start.hour == 15


def test_the_clocks_switching_is_no_move() -> None:
    assert not classify.is_reschedule("Heads up: the US already switched to daylight time.")
    assert classify.is_reschedule("Could we switch it to Thursday?")


def test_a_city_named_by_its_initials_with_time_is_its_zone() -> None:
    sent = datetime(2026, 3, 9, 18, tzinfo=ZoneInfo("Asia/Hong_Kong"))
    text = "it is tomorrow evening for you (9pm Tuesday NY time / 9am Wednesday here)"
    first = find_times(text, sent, ZoneInfo("Asia/Hong_Kong"))[0]
    assert first.start.tzinfo == ZoneInfo("America/New_York")
    assert first.start.hour == 21


def test_look_alikes_from_new_fields_of_work() -> None:
    assert "user is the interviewer" in signal_names(
        "Booking you both to interview Jordan Pike (external candidate) for the Staff RN job."
    )
    assert "appointment" in signal_names(
        "bitte kommen Sie zu einem Beratungsgespräch bei Ihrer Arbeitsvermittlerin"
    )
    assert "appointment" in signal_names(
        "Your appointment: account opening. The short KYC interview"
    )
    assert "networking" in signal_names(
        "Informal networking drinks for finance candidates - no interviews, just a chance"
    )
    assert "other interview types" in signal_names(
        "Witness Interview - R. Delacroix (investigation)"
    )
    assert "other interview types" in signal_names("Notice of Interview - Character and Fitness")
    assert "other interview types" in signal_names(
        "Confirmation - Entrevue de classement (français)"
    )
    assert "media interview" in signal_names(
        "o Henrique deu uma entrevista à Revista Vinhos & Mesa"
    )


def test_words_that_make_a_plain_mail_an_interview() -> None:
    founder = signal_names(
        "Hannes here, one of the two founders. I like to have a relaxed culture-fit chat with "
        "every candidate."
    )
    assert {"founder/executive", "screen/round", "hiring process"} <= founder
    assert "confirmed" in signal_names("You'll sit down with Carla Mbeki, their CNO, for an hour.")
    assert "confirmed" in signal_names("Perfect - noon ET on Friday it is.")
    assert "confirmed" in signal_names("Gostaríamos de a convidar para uma entrevista presencial.")
    assert classify.is_reschedule("consegue passar p/ sexta à msm hora (11h)?")
    # a privacy footer's "unsubscribe" does not make a recruiter's mail a newsletter
    footer = (
        "He will call your mobile for the first-round phone interview tomorrow at 10:30.\n\n"
        "Harbourline Legal Search respects your privacy. To unsubscribe from market updates, "
        "reply STOP."
    )
    assert "newsletter/tips" not in signal_names(without_disclaimers(footer))


def test_a_long_name_matches_its_domains_initials_and_a_hyphenated_key() -> None:
    texts = ["Thank you for your interest in Cottonwood Valley School District."]
    name, _ = pick_company(texts, ["cvsd.example"], [])
    assert name == "Cottonwood Valley School District"
    name, _ = pick_company(["Employer: Ridgeway Engineering"], ["ridgeway-eng.example"], [])
    assert name == "Ridgeway Engineering"


def test_teaching_titles_and_a_step_named_before_the_title() -> None:
    assert pick_role(["Thank you for applying for the 7th Grade Science position"]) == (
        "7th Grade Science"
    )
    assert pick_role(["What:   Recruiter Screen - Curriculum Designer, Middle School Science"]) == (
        "Curriculum Designer, Middle School Science"
    )
    # an abbreviation that qualifies a title is not expanded from another phrase of the mail
    texts = ["the AP Chemistry Teacher position", "our Assistant Principal, Nadia Sorrell"]
    assert pick_role(texts) == "AP Chemistry Teacher"


def test_the_owners_forward_from_their_work_address_is_the_companys_mail() -> None:
    body = (
        "saving to my personal email!\n\n---------- Forwarded message ---------\n"
        "From: Hollis Grange <hgrange@kinnikinnick.example>\n"
        "Subject: Second interview\nTo: Marisol Kettering <mkettering@plattebend.example>\n\n"
        "We'd like to invite you back for a second-round interview for the AP Chemistry Teacher "
        "position. Thu 3/19 @ 4:30p - library conference room. Plan for about an hour.\n"
        "Joining me will be our Assistant Principal, Nadia Sorrell "
        "(nsorrell@kinnikinnick.example).\n"
    )
    item = SourceItem(
        "fwd",
        "rfc822",
        (
            "Delivered-To: marisol.kettering@example.com\r\n"
            "From: Marisol Kettering <mkettering@plattebend.example>\r\n"
            "To: marisol.kettering@example.com\r\nSubject: Fwd: Second interview\r\n"
            "Date: Fri, 13 Mar 2026 15:06:00 -0600\r\nMessage-ID: <fwd@plattebend.example>\r\n\r\n"
            + body
        ).encode(),
    )
    owner = infer_owner([item])
    assert owner.emails == {"marisol.kettering@example.com", "mkettering@plattebend.example"}
    (found,) = detect([item], owner).interviews
    assert {p.email for p in found.interviewers} == {
        "hgrange@kinnikinnick.example",
        "nsorrell@kinnikinnick.example",
    }


# --- round 9, third part: blind56-58 (trades, a new PhD, UK retail) -------------------------


def test_british_half_past_and_rough_hours() -> None:
    sent = datetime(2026, 2, 9, 19, tzinfo=LONDON)
    (m,) = find_times("Could you pop in Thursday at half 2 for a chat?", sent, LONDON)
    assert (m.start.day, m.start.hour, m.start.minute) == (12, 14, 30)
    (m,) = find_times("would half ten on Sat suit you?", sent, LONDON)
    assert (m.start.hour, m.start.minute) == (10, 30)
    (m,) = find_times("Can you come in for a quick chat about 10ish on Tuesday?", sent, LONDON)
    assert (m.start.day, m.start.hour) == (10, 10)
    assert find_times("about half an hour on Tuesday", sent, LONDON) == []
    # Dutch "om half elf" is still half before eleven
    (m,) = find_times("om half elf op dinsdag 3 maart", sent, LONDON)
    assert (m.start.hour, m.start.minute) == (10, 30)


def test_a_leading_zero_24_hour_time_alone_but_not_a_phone_number() -> None:
    chicago = ZoneInfo("America/Chicago")
    sent = datetime(2026, 3, 16, 11, tzinfo=chicago)
    (m,) = find_times("meet you Wednesday 3/18 at 0630 at our yard", sent, chicago)
    assert (m.start.day, m.start.hour, m.start.minute) == (18, 6, 30)
    assert find_times("call 0800 123 4567 on Monday", sent, chicago) == []


def test_working_hours_are_no_meeting_length() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    text = (
        "your application as Store Assistant (student contract, 10 hours/week).\n\n"
        "Dienstag, 14. April 2026, 14:00 Uhr (MESZ)\nDuration: approx. 30 minutes"
    )
    said = text_when(text, datetime(2026, 4, 7, 10, tzinfo=berlin), berlin, "")
    assert said.end == datetime(2026, 4, 14, 14, 30, tzinfo=berlin)


def test_the_events_opening_hours_are_not_an_itinerary_around_the_slot() -> None:
    chicago = ZoneInfo("America/Chicago")
    text = (
        "Your time slot: Tuesday, March 10 · 10:00–10:20 AM CT\n\n"
        "The event runs 9 AM – 3 PM and walk-ins are welcome."
    )
    said = text_when(text, datetime(2026, 3, 6, 14, tzinfo=chicago), chicago, "")
    assert said.start == datetime(2026, 3, 10, 10, tzinfo=chicago)
    assert said.end == datetime(2026, 3, 10, 10, 20, tzinfo=chicago)


def test_look_alikes_of_students_and_hourly_workers() -> None:
    assert "coaching/mock" in signal_names("Personal Tutor Meeting - go through your applications")
    assert "appointment" in signal_names(
        "a short verification interview about your student finance"
    )
    assert "appointment" in signal_names("Your fraud case: telephone interview scheduled")
    assert "appointment" in signal_names(
        "Appointment Confirmation - Houston Northeast DL Office: "
        "Driver License Office, CDL Knowledge Test"
    )
    assert "onboarding" in signal_names(
        "Your shifts for w/c 13 Apr are ready. Accept shifts in app"
    )
    assert "onboarding" in signal_names("Shift confirmed: Sat Mar 21 - Picker/Packer (temp)")
    assert "job alert" in signal_names("12 new jobs near M15 this week. Apply in 2 mins")
    assert "job alert" not in signal_names("Keep exploring jobs near you on Harri.")
    assert "rejection" in signal_names("we have decided not to take your application further")
    assert "travel booking" in signal_names("FLIGHTS (Premium Economy, booking ref. 6TQWXR)")
    # words that only look like other things: a street, a contractor's tenants, a reporter gene
    assert "travel booking" not in signal_names("Es en la 6120 Airline Dr, el portón azul.")
    assert "housing viewing" not in signal_names("We do service work and tenant finish-outs.")
    assert "media interview" not in signal_names("the part on the Polycomb reporter lines")


def test_a_contractors_own_offer_confirmed_by_his_next_mail() -> None:
    def memo(mid: str, body: str, date_: str, extra: str = "") -> SourceItem:
        return mail(
            mid, "Memo Reyes <memo.electric@mail.example>", body, date_, "apprentice", extra
        )

    first = memo(
        "<m1@mail.example>",
        "hey Rafael this is Memo from Reyes & Sons Electric. got ur resume off jobrio. "
        "can u come by the shop tmrw 7am? wont take long just wanna meet u and talk.\n\n"
        "Reyes & Sons Electric LLC\n",
        "Wed, 18 Feb 2026 18:42:00 -0600",
    )
    second = memo(
        "<m2@mail.example>",
        "ok bet see u at 7. park in the back by the van\n",
        "Wed, 18 Feb 2026 19:10:00 -0600",
        "In-Reply-To: <m1@mail.example>\r\nReferences: <m1@mail.example>\r\n",
    )
    items = [first, second]
    (found,) = detect(items, infer_owner(items)).interviews
    assert found.start == datetime(2026, 2, 19, 7, tzinfo=ZoneInfo("America/Chicago"))
    assert found.company == "Reyes & Sons Electric"


# --- round 9, fourth part: blind59-61 (a marketer, a civil engineer in Africa, Seoul/Tokyo) --


def test_a_move_by_an_amount() -> None:
    assert relative_move("Any chance we could start 30 min later? Same Zoom.") == timedelta(
        minutes=30
    )
    assert relative_move("could we push it back an hour?") == timedelta(hours=1)
    assert relative_move("can we start half an hour earlier") == timedelta(minutes=-30)
    assert relative_move("I'll be 10 minutes late") is None


def test_a_phone_numbers_country_decides_an_ambiguous_date_offset() -> None:
    sent = datetime(2026, 3, 18, 16, 40, tzinfo=timezone(timedelta(hours=2)))
    signature = "Talent Acquisition Specialist\nTel +27 14 555 0122 | Mobile +27 72 555 0833"
    zone = sender_zone(sent, None, named_zones(signature))
    assert zone == ZoneInfo("Africa/Johannesburg")  # +02:00 in April too, unlike Helsinki
    assert sender_zone(sent, None, named_zones("no phone here")) != zone


def test_a_country_time_written_before_a_cjk_time() -> None:
    seoul = ZoneInfo("Asia/Seoul")
    sent = datetime(2026, 4, 29, 10, tzinfo=seoul)
    text = "독일 시간 5/7(목) 오후 2시, 한국 시간으로는 같은 날 밤 9시입니다."
    first = find_times(text, sent, seoul)[0]
    assert first.start == datetime(2026, 5, 7, 14, tzinfo=ZoneInfo("Europe/Berlin"))
    # a zone written right after the time still wins
    tokyo = ZoneInfo("Asia/Tokyo")
    later = find_times("日本時間 12時～13時30分\n(11:00 - 12:30 SGT)", sent, tokyo)[-1]
    assert later.start.utcoffset() == timedelta(hours=8)


def test_look_alikes_from_africa_asia_and_marketing() -> None:
    assert "other interview types" in signal_names(
        "APPLICATION FOR REGISTRATION AS PROFESSIONAL ENGINEER: Professional Review Interview"
    )
    assert "scam" in signal_names("all candidates must pay a refundable processing fee of USD 380")
    assert "assessment" in signal_names("You are invited to sit a written assessment on Tuesday")
    assert "assessment" not in signal_names(
        "Congratulations on successfully passing the written test"
    )
    assert "event/fair" in signal_names("オンライン会社説明会へのご予約ありがとうございます")
    assert "rejection" in signal_names(
        "아쉽게도 이번 채용에서는 2차 면접 대상자로 모시지 못하게 되었음을"
    )
    assert "assessment" in signal_names("온라인 인적성검사(HAT) 응시 안내")
    assert "user is the interviewer" in signal_names(
        "Hi Jiwoo (and thanks Seoyeon for the referral!)"
    )
    assert "media interview" in signal_names(
        "we'd love to feature you in our customer story series"
    )
    assert "newsletter/tips" in signal_names("You're registered: How to ace your PMM interview")
    assert "user is the interviewer" not in signal_names(
        "I am coordinating and will not sit on the panel."
    )
    # "kindly confirm your availability" asks for a yes, not for times
    assert not classify.is_proposal("Kindly confirm your availability by replying.", 1)


def test_the_move_word_a_time_answers() -> None:
    joburg = ZoneInfo("Africa/Johannesburg")
    text = (
        "The utility has moved to Stage 6 load-shedding and our block is scheduled to be off "
        "from 08h00 to 12h30 tomorrow.\n\nCould we move your interview to Wednesday the 15th "
        "at 14h00 instead?"
    )
    said = text_when(text, datetime(2026, 4, 13, 7, 48, tzinfo=joburg), joburg, "")
    assert said.start == datetime(2026, 4, 15, 14, tzinfo=joburg)


# --- round 9, fifth part: blind62-64 (a pharmacist in Australia, Canada's public service,
# calendar-first interviews) ---------------------------------------------------------------


def test_agency_names_spelled_by_one_part_of_a_bilingual_or_prefixed_domain() -> None:
    cases = {
        "nhsa-asns.example": "Northern Health Statistics Agency",
        "cfhl-fcpl.example": "Canadian Fund for Heritage Languages",
        "oftc-bctf.example": "Office of the Fiscal Transparency Commissioner",
        "gov-bc-mrc.example": "BC Ministry of Rural Connectivity",
        "mb-prairiewatersheds.example": "Manitoba Department of Prairie Watersheds",
    }
    for domain, name in cases.items():
        text = f"Thank you for your interest in the {name} position posting. Kind regards, {name}"
        assert pick_company([text], [domain], [])[0] == name, domain
    # the last word alone is no name for a two-part domain ("Robotics" is not Shirokane's)
    assert pick_company(["Robotics team"], ["shirokane-robotics.example"], [])[0] != "Robotics"


def test_australian_states_and_the_writers_here() -> None:
    sydney = ZoneInfo("Australia/Sydney")
    sent = datetime(2026, 3, 10, 16, tzinfo=sydney)
    text = "Date: Thursday 19 March 2026\nTime: 2.30pm – 3.15pm AEDT (11.30am – 12.15pm WA time)"
    later = find_times(text, sent, sydney)[-1]
    assert later.start.utcoffset() == timedelta(hours=8)  # Perth
    melbourne = ZoneInfo("Australia/Melbourne")
    said = text_when(
        "Let's say noon Friday your time – that's 3pm here. I'll ring you.",
        datetime(2026, 3, 10, 7, 50, tzinfo=melbourne),
        melbourne,
        "",
    )
    assert said.start == datetime(2026, 3, 13, 15, tzinfo=melbourne)


def test_requisition_numbers_before_a_title() -> None:
    assert pick_role(["Position: Req 48213 Senior Pharmacist"]) == "Senior Pharmacist"
    subject = "Interview Scheduled: #2026-0193 Science Teacher"
    assert role_from_segments(subject, None) == "Science Teacher"


def test_more_look_alikes() -> None:
    assert "non-job meeting" in signal_names("Invitation: Inés turns 30 - patio at Shady Grove")
    assert "assessment" in signal_names(
        "a 90-minute online coding assessment (no live interviewer)"
    )
    assert "interview only after a test" in signal_names(
        "Strong results move straight to the hiring manager interview."
    )
    assert "user is the interviewer" in signal_names(
        "Would you be willing to sit on the selection board? Rating guide to follow."
    )
    assert "rejection" in signal_names(
        "We regret to advise that on this occasion you have not been recommended for appointment."
    )
    # a professional's registration number is no event sign-up
    assert "newsletter/tips" not in signal_names("Bring your registration number and your CV.")


def test_the_owner_declining_and_withdrawing_cancels_the_interview() -> None:
    invite = SourceItem(
        "final.ics",
        "ics",
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            b"UID:final-1@acme.example\r\nDTSTAMP:20260320T150000Z\r\n"
            b"DTSTART:20260327T170000Z\r\nDTEND:20260327T174500Z\r\n"
            b"SUMMARY:Final round - Backend Engineer - with our CEO\r\n"
            b"ORGANIZER;CN=Celeste Moreau:mailto:celeste@acme.example\r\n"
            b"ATTENDEE;CN=Augustin Faure;PARTSTAT=ACCEPTED:mailto:augustin@acme.example\r\n"
            b"ATTENDEE;CN=Cand;PARTSTAT=DECLINED:mailto:cand@example.org\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n"
        ),
    )
    reply = mail(
        "<r@acme.example>",
        "Celeste Moreau <celeste@acme.example>",
        "Thank you for letting me know, and congratulations on the offer.\n\n"
        "On Tue, Mar 24, 2026 at 12:31 PM Cand <cand@example.org> wrote:\n"
        "> I've accepted an offer elsewhere, so I'm withdrawing from the process.\n",
        "Tue, 24 Mar 2026 13:12:00 -0600",
        subject="Re: Withdrawing - Backend Engineer",
        extra="In-Reply-To: <w@example.org>\r\n",
    )
    owner = Owner(emails=frozenset({"cand@example.org"}))
    (found,) = detect([invite, reply], owner).interviews
    assert found.status == "cancelled"
    # declined with no word of withdrawal: a hold turned down, not an interview
    assert not detect([invite], owner).interviews


def test_a_forwarded_writers_claim_names_them_not_the_forwarder() -> None:
    body = (
        "Bonne nouvelle - see below from Greg. He wants to call you Thursday about the General "
        "Manager role.\n\nSimon\n\n---------- Forwarded message ---------\n"
        "From: Greg Whitfield <greg.whitfield@cascadia.example>\nDate: Mon, Mar 9, 2026\n"
        "Subject: Re: GM candidate\n\nSimon - let's do a call for the Montreal GM role. "
        "Thu 3/12 @ 4:30p PST works on my end, I'll ring her cell. 45 min should do.\n"
    )
    item = mail(
        "<f@search.example>",
        "Simon Bouchard <simon@hotelsearch.example>",
        body,
        "Tue, 10 Mar 2026 13:15:00 -0400",
        subject="Fwd: GM candidate for Cascadia",
    )
    (found,) = detect([item], Owner(emails=frozenset({"cand@example.org"}))).interviews
    assert [p.email for p in found.interviewers] == ["greg.whitfield@cascadia.example"]


# --- round 9, last part: blind65-67 (more ATS vendors, Spanish across Latin America, an
# executive search) -------------------------------------------------------------------------


def test_executive_search_words() -> None:
    reasons = signal_names(
        "Sir Nigel Arbuthnot would like to invite you to breakfast on Tuesday at 7.45am, as part "
        "of the CFO selection process."
    )
    assert {"hiring process", "confirmed"} <= reasons
    assert "screen/round" in signal_names("meet their final panel for the Chief Financial Officer")
    assert "screen/round" in signal_names("the PE sponsor proposed a chemistry meeting on Zoom")
    assert "founder/executive" in signal_names(
        "you'll meet Simone Achterberg, Harcourt Leisure's CEO"
    )
    assert "networking" in signal_names(
        "for our market-insight report. Not about any role, I promise."
    )
    assert "non-job meeting" in signal_names("Agenda: 1. Minutes 2. CEO report 3. AOB")
    assert pick_role(["for the Chief Financial Officer appointment:"]) == "Chief Financial Officer"


def test_spanish_cancellations_viewings_and_surveys() -> None:
    assert classify.is_cancel("lamentablemente tenemos que cancelar la entrevista del viernes")
    assert "housing viewing" in signal_names("una breve entrevista con los inquilinos del depto")
    assert "newsletter/tips" in signal_names(
        "We'd love to hear about your candidate experience. Take the 2-minute survey"
    )


def test_an_invite_titled_with_the_owners_name_is_no_event() -> None:
    owner = frozenset({"catriona.welbourne@example.com"})
    guests = [
        Person("Tobias", "tobias@brindlecombe.example"),
        Person("Marcus", "marcus@calderlowe.example"),
        Person("Noor", "noor@other.example"),
    ]
    organizer = Person("Marcus", "marcus@calderlowe.example")
    event = [w for w, _ in classify.structure(owner, organizer, guests, None, "Panel - Party")]
    assert any("organisations (an event)" in w for w in event)
    titled = "CFO final panel - Catriona Welbourne"
    named = [w for w, _ in classify.structure(owner, organizer, guests, None, titled)]
    assert not any("organisations (an event)" in w for w in named)
