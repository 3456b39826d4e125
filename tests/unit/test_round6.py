"""Capabilities added in round 6 (blind14-16): Japanese/Korean/Chinese/Turkish times, dates,
lengths and words; city-named zones; calendar products of mail providers; agency versus client;
a forwarded invite naming the owner as the candidate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from detector import classify
from detector.domains import has_tool_brand
from detector.extract import (
    clients_first,
    is_agency_domain,
    pick_company,
    pick_role,
    role_last_resort,
)
from detector.observe import Obs, text_when
from detector.texttime import duration_in, find_times, zone_in

KST = timezone(timedelta(hours=9))
SENT = datetime(2026, 3, 6, 9, 0, tzinfo=KST)


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.start.isoformat(), m.end.isoformat() if m.end else None)
        for m in find_times(text, SENT, KST)
    ]


def test_japanese_korean_and_chinese_clock_times_with_their_dates() -> None:
    assert _spans("日時：2026年3月12日（木）14:00〜15:00（日本時間）") == [
        ("2026-03-12T14:00:00+09:00", "2026-03-12T15:00:00+09:00")
    ]
    # 오후 = afternoon, and the end of the range inherits it
    assert _spans("일시: 3월 17일(화) 오후 3시 ~ 4시") == [
        ("2026-03-17T15:00:00+09:00", "2026-03-17T16:00:00+09:00")
    ]
    assert _spans("2026年3月20日 下午3点到4点半") == [
        ("2026-03-20T15:00:00+09:00", "2026-03-20T16:30:00+09:00")
    ]


def test_an_hour_count_is_a_length_not_a_clock_time() -> None:
    assert _spans("所要時間は1時間程度です") == []
    assert duration_in("所要時間は1時間程度") == timedelta(hours=1)
    assert duration_in("면접은 약 30분 소요") == timedelta(minutes=30)
    assert duration_in("yaklaşık 1 saat") == timedelta(hours=1)


def test_a_list_of_slots_in_japanese_is_a_proposal() -> None:
    text = (
        "以下の候補日時からご都合のよい枠をお知らせください。\n"
        "・3月11日（水）10:00〜11:00\n・3月12日（木）14:00〜15:00"
    )
    assert text_when(text, SENT, KST).proposal


def test_a_city_names_its_zone() -> None:
    lisbon = find_times(
        "Tuesday, 31 March, at 16h Lisbon time", datetime(2026, 3, 25, tzinfo=UTC), UTC
    )
    assert lisbon[0].start.isoformat() == "2026-03-31T16:00:00+01:00"  # summer time by then
    assert str(zone_in(" (Kathmandu)")) == "Asia/Kathmandu"
    # a person's name that is also a zone city is not read as one
    assert zone_in(" with Casey and Regina") is None


def test_a_mail_providers_calendar_product_is_a_tool_not_an_employer() -> None:
    assert has_tool_brand("zohocalendar.example")
    assert has_tool_brand("icloud-calendar.example")
    assert not has_tool_brand("himalayaledger.example")


def test_the_client_is_the_employer_when_an_agency_forwards_its_invite() -> None:
    assert is_agency_domain("bluewaketalent.example")
    assert not is_agency_domain("cabotmarine.example")
    domains = clients_first(["bluewaketalent.example", "cabotmarine.example"])
    assert domains == ["cabotmarine.example", "bluewaketalent.example"]
    text = "Good news - Cabot Marine want to go ahead.\n\nDeclan\nRecruiter, BlueWake Talent"
    assert pick_company([text], domains, [])[0] == "Cabot Marine"


def test_a_forwarded_invite_naming_the_owner_as_candidate_is_the_owners_interview() -> None:
    owner = frozenset({"niamh.power@example.com"})
    tokens = classify.owner_tokens(owner, ["Niamh Power"])
    mine = classify.booking_direction("(candidate: Niamh Power, via BlueWake)", owner, tokens)
    theirs = classify.booking_direction("(candidate: Omar Haddad)", owner, tokens)
    assert mine == [("owner named as the candidate", 1.0)]
    assert theirs and theirs[0][1] == -8.0


def test_a_teams_tenant_is_not_a_lease() -> None:
    _, reasons = classify.score("our Teams tenant is being migrated")
    assert not any(r.startswith("housing viewing") for r in reasons)
    _, reasons = classify.score("the tenancy agreement for the flat")
    assert any(r.startswith("housing viewing") for r in reasons)


def test_titles_in_other_scripts_come_last() -> None:
    assert (
        role_last_resort(["一次面接日程のご相談（バックエンドエンジニア）"])
        == "バックエンドエンジニア"
    )
    assert role_last_resort(["[한빛모빌리티] 2차 면접 - 데이터 엔지니어"]) == "데이터 엔지니어"
    assert pick_role(["Kıdemli Backend Geliştirici pozisyonu için"]) is None  # not English
    assert role_last_resort(["Kıdemli Backend Geliştirici pozisyonu için"]) == (
        "Kıdemli Backend Geliştirici"
    )


def test_a_surname_with_a_title_names_a_copied_colleague() -> None:
    from detector.model import Person
    from detector.people import _conducts

    body = "You'll meet Dr. Okafor, who will chair the panel, and Professor Lindqvist."
    assert _conducts(Person("Chidi Okafor", "c.okafor@x.example"), body, ["chidi"])
    assert not _conducts(Person("Mere Parata", "mere@x.example"), body, ["mere"])


def test_will_be_your_panel_and_two_letter_first_names() -> None:
    from detector.model import Person
    from detector.people import _conducts

    body = "Ravi (Design Director) and Jo (Staff Designer) - both cc'd - will be your panel."
    assert _conducts(Person("Jo Ferreira", "jo@x.example"), body, ["ravi", "jo"])


def test_a_contact_line_in_portuguese_is_not_the_writer_interviewing() -> None:
    from detector.people import _SELF_IN

    assert _SELF_IN.search("qualquer dúvida fala direto comigo por aqui") is None
    assert _SELF_IN.search("uma conversa de 30 minutos comigo") is not None
    assert _SELF_IN.search("Das Gespräch führe ich gemeinsam mit Herrn Dr. Pichler") is not None


def test_said_outright_that_it_is_not_an_interview() -> None:
    for text in (
        "my team isn't hiring right now, so this isn't an interview - just coffee",
        "Mock panel interview (practice) - peers play the panel",
    ):
        total, _ = classify.score(text)
        assert total < 0, text
    total, _ = classify.score("It's not a formal interview, just a chat with the hiring manager")
    assert total > 0


def test_usual_availability_is_not_a_booking() -> None:
    sent = datetime(2026, 10, 26, 16, 40, tzinfo=UTC)
    [m] = find_times("She's usually free Thursday/Friday 12pm.", sent, UTC)
    assert m.not_a_meeting


def test_an_agency_alone_names_its_client_in_the_subject() -> None:
    texts = ["Tallgrass Robotics - final step", "Great news - Tallgrass loved the ops case."]
    assert pick_company(texts, ["brightpathtalent.example"], [])[0] == "Tallgrass Robotics"


def test_gendered_title_endings_are_kept_whole() -> None:
    # "(a)" used to end the title at "Engenheiro"
    role = pick_role(["Próxima etapa - vaga de Engenheiro(a) de Software Sênior (Backend)"])
    assert role is not None and role.startswith("Engenheiro de Software Sênior")


def test_a_live_video_interview_is_not_a_recorded_one() -> None:
    live, _ = classify.score("Your live video interview with Colette has been scheduled. HireVue")
    recorded, _ = classify.score("This is not a live interview: record your answers on HireVue")
    assert live >= classify.ACCEPT and recorded < 0


def test_a_job_board_is_a_vendor_not_the_employer() -> None:
    from detector.domains import is_ats_domain

    assert is_ats_domain("indeed.example") and is_ats_domain("mail.joinhandshake.example")


def test_a_paid_membership_pitch_is_sales() -> None:
    total, reasons = classify.score(
        "Quick intro call so I can walk you through the membership ($29/month, first month free)"
    )
    assert any(r.startswith("sales demo") for r in reasons) and total < 0


def test_a_guest_who_signs_as_hr_only_arranged_it() -> None:
    from detector.model import Person
    from detector.people import _signs_as_coordinator

    text = "We'd like you to meet Alana Reyes.\n\nThanks,\nMarisol Dunn\nHR Generalist, Copperline"
    assert _signs_as_coordinator(Person("Marisol Dunn", "m@x.example"), [_obs(text)])
    assert not _signs_as_coordinator(Person("Alana Reyes", "a@x.example"), [_obs(text)])


def _obs(text: str) -> Obs:
    return Obs(source_id="m", order=0, msg=None, event=None, text=text, score=5.0, reasons=[])


def test_a_hard_wrapped_line_is_one_sentence_to_the_vocabularies() -> None:
    _, reasons = classify.score(
        "we'd love to extend you an\noffer for the Senior Risk Analyst role"
    )
    assert any(r.startswith("offer") for r in reasons)


def test_a_friends_own_interview_is_not_the_owners() -> None:
    assert classify.writers_own_interview("I have an interview that afternoon, wish me luck")
    assert not classify.writers_own_interview("I have an interview slot for you on Tuesday")


def test_moving_your_interview_is_a_reschedule() -> None:
    assert classify.is_reschedule("Could we move your interview to Wednesday 3/11 at 1 pm?")


def test_the_time_after_the_move_is_the_new_one() -> None:
    sent = datetime(2026, 5, 12, 18, 2, tzinfo=timezone(timedelta(hours=-4)))
    when = text_when(
        "see you Wednesday, May 13. A conflict landed at 2, can we push to 3pm same day?",
        sent,
        sent.tzinfo or UTC,
    )
    assert when.start is not None and when.start.hour == 15


def test_a_step_with_a_person_is_not_a_title() -> None:
    from detector.extract import role_from_segments

    assert role_from_segments("Entrevista com gestor - Analista de BI Pleno", "Ipê") == (
        "Analista de BI Pleno"
    )


def test_durations_after_a_label_and_listed_participants() -> None:
    assert duration_in("Duração:\n1h30") == timedelta(hours=1, minutes=30)
    assert duration_in("à 1h30 du matin") is None  # a time, not a length


def test_a_position_field_and_a_selection_process_name_the_role() -> None:
    assert pick_role(["Position: Technical Artist\nLocation: Remote"]) == "Technical Artist"
    assert pick_role(
        ["Que bom ter você no processo para\nDesenvolvedor(a) Backend Pleno\naqui"]
    ) == ("Desenvolvedor Backend Pleno")


def test_a_quote_attribution_date_is_not_a_meeting_time() -> None:
    sent = datetime(2026, 7, 6, 15, 0, tzinfo=timezone(timedelta(hours=-3)))
    text = (
        "Ajustei para 16h30.\n\n"
        "Em seg., 6 de jul. de 2026 às 14:03, Fernanda Lima <\nf@x.example>\nescreveu:"
    )
    when = text_when(text, sent, sent.tzinfo or UTC)
    assert when.start is None or when.start.hour != 14


def test_sliding_and_moving_words_are_reschedules() -> None:
    assert classify.is_reschedule("would you be able to slide to 3:15 PM the same day?")
    assert classify.is_reschedule("I've moved the Zoom and the calendar hold to Tue 3/10, 11:15")


def test_more_look_alikes_from_non_tech_employers() -> None:
    for text in (
        "Recruitment & Selection: Interview Panel Skills. This course is mandatory for all staff.",
        "Thank you for agreeing to sit on the interview panel. 09:30 Candidate 1 - J. Sutton",
        "Congratulations on accepting our offer! Please come in for your pre-employment checks.",
        "Quarterly supplier review; we will also interview the two candidate suppliers.",
        "Re: Your mock system design interview. Payment received: EUR 149.00",
        "David will call you to go over likely consular interview questions.",
    ):
        total, _ = classify.score(text)
        assert total < 0, text


def test_cross_border_words_and_dates() -> None:
    sent = datetime(2026, 4, 7, 16, 58, tzinfo=timezone(timedelta(hours=1)))
    [m] = find_times("Thursday 16th at 10:00 UK time is in my diary", sent, sent.tzinfo or UTC)
    assert m.start.isoformat() == "2026-04-16T10:00:00+01:00"
    assert classify.is_cancel("il colloquio è stato annullato")
    assert classify.score("Proszę wybrać dogodny termin w moim kalendarzu")[0] < 0
    assert classify.score("entrevista gravada: grave as suas respostas até sexta")[0] < 0


def test_a_short_first_name_and_a_sign_off() -> None:
    from detector.model import Person
    from detector.people import _conducts

    body = "Senior UX Researcher - chat with Will\n\nWith apologies,\nHattie Blake"
    firsts = ["william", "hattie"]
    assert _conducts(Person("William Crane-Ashby", "w@x.example"), body, firsts)
    assert not _conducts(Person("Hattie Blake", "h@x.example"), body, firsts)


def test_a_daylight_saving_note_dates_the_clocks_not_the_meeting() -> None:
    sent = datetime(2026, 4, 1, 10, 5, tzinfo=timezone(timedelta(hours=11)))
    text = (
        "Here's your schedule for Tuesday 7 April 2026 (all times AEST - heads up, daylight "
        "saving ends this Sunday 5 April).\n9:30 AM - 10:15 AM Coding"
    )
    [m] = find_times(text, sent, sent.tzinfo or UTC)
    assert m.start.date().isoformat() == "2026-04-07"
    assert not classify.is_reschedule("Note we move to summer time on Sunday")


def test_an_arrival_time_before_a_timetable_is_not_the_start() -> None:
    sent = datetime(2026, 4, 7, 15, 31, tzinfo=timezone(timedelta(hours=1)))
    text = (
        "Your assessment centre is on Wednesday 22 April 2026 at the Civic Centre.\n\n"
        "Please arrive from 9.15am to register. The timetable for the morning is:\n\n"
        "09:30 - 10:15 Panel interview\n10:30 - 11:30 Written exercise\n"
        "11:45 - 12:30 Group exercise\n"
    )
    when = text_when(text, sent, sent.tzinfo or UTC)
    assert when.start is not None and when.start.isoformat() == "2026-04-22T09:30:00+01:00"
    assert when.end is not None and when.end.isoformat() == "2026-04-22T12:30:00+01:00"


def test_a_bottom_posted_reply_keeps_the_answer_below_the_quote() -> None:
    from detector.extract import new_text, quoted_text

    body = (
        "On Mon, Jun 8, 2026 at 7:02 PM Kavitha <k@x.example> wrote:\n"
        "> Thursday morning is best for me.\n"
        "Done - scheduled for tomorrow at half past ten, for one hour.\n"
    )
    assert "scheduled for tomorrow" in new_text(body)
    assert "Thursday morning" not in new_text(body)
    assert "Thursday morning" in quoted_text(body)
    top = "Sounds good.\n\nOn Mon, Jun 8, 2026 at 7:02 PM K <k@x.example> wrote:\n> earlier\n"
    assert new_text(top).strip() == "Sounds good."


def test_a_thread_that_says_the_owner_interviews_is_not_the_owners_interview() -> None:
    from detector.lifecycle import Acc, _owner_interviews

    when = datetime(2026, 4, 9, 14, 0, tzinfo=timezone(timedelta(hours=-7)))
    booked = Obs("m2", 1, None, None, "Gabriel can interview Ravi at 2", 5.0, [], start=when)
    booked.thread_root = "<t>"
    reminder = Obs(
        "m3", 2, None, None, "you're interviewing Ravi", -3.0, ["user is the interviewer (-8)"]
    )
    reminder.thread_root = "<t>"
    acc = Acc(None, "<t>", when, None, obs=[booked])
    assert _owner_interviews(acc, [booked, reminder])
    assert not _owner_interviews(acc, [booked])
