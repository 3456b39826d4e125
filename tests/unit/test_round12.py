"""Capabilities added in round 12 (session 7, the first contact with blind77-79): Flemish and
Dutch clocks, Chinese weekdays and numeral hours, the dinner before an interview day, schedule
rows under one of several days, and the boilerplate that only offers to reschedule."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import signal_names

from detector import classify
from detector.extract import expand_acronym, pick_role
from detector.observe import text_when
from detector.texttime import duration_in, find_dates, find_times, starts_line

BRUSSELS = ZoneInfo("Europe/Brussels")
SHANGHAI = ZoneInfo("Asia/Shanghai")
CHICAGO = ZoneInfo("America/Chicago")


def _starts(text: str, sent: datetime, tz: ZoneInfo) -> list[datetime]:
    return [m.start for m in find_times(text, sent, tz)]


def test_flemish_and_dutch_clocks() -> None:
    sent = datetime(2026, 3, 9, 16, tzinfo=BRUSSELS)
    assert _starts("vrijdag 13 maart vanaf 9u30", sent, BRUSSELS) == [
        datetime(2026, 3, 13, 9, 30, tzinfo=BRUSSELS)
    ]
    assert _starts("bel ik je maandag om 10u", sent, BRUSSELS) == [
        datetime(2026, 3, 16, 10, tzinfo=BRUSSELS)
    ]
    assert _starts("Vrijdag om half drie komt mij het beste uit", sent, BRUSSELS) == [
        datetime(2026, 3, 13, 14, 30, tzinfo=BRUSSELS)
    ]
    assert duration_in("We trekken er ongeveer drie\nkwartier voor uit.") == timedelta(minutes=45)
    assert duration_in("Reken op een uurtje.") == timedelta(hours=1)


def test_two_days_joined_by_or_are_a_proposal() -> None:
    sent = datetime(2026, 3, 12, 9, tzinfo=BRUSSELS)
    text = "Past donderdag 19 maart om 10.00 uur, of vrijdag 20 maart om half drie?"
    assert text_when(text, sent, BRUSSELS).proposal


def test_a_reply_attribution_that_names_the_writer_after_the_verb() -> None:
    sent = datetime(2026, 3, 10, 8, tzinfo=BRUSSELS)
    text = (
        "Super, genoteerd. Tot vrijdag!\n\n"
        "Op ma 9 mrt 2026 om 19:03 schreef Lotte Van Aken <lotte@mail.example>:\n"
    )
    assert text_when(text, sent, BRUSSELS).start is None  # 19:03 is when she wrote


def test_chinese_weekdays_and_numeral_hours() -> None:
    sent = datetime(2026, 4, 8, 22, tzinfo=SHANGHAI)
    starts = _starts("这周五中午12点，或者下周一下午3点", sent, SHANGHAI)
    assert starts == [
        datetime(2026, 4, 10, 12, tzinfo=SHANGHAI),
        datetime(2026, 4, 13, 15, tzinfo=SHANGHAI),
    ]
    assert _starts("下周一上午十点半", sent, SHANGHAI) == [
        datetime(2026, 4, 13, 10, 30, tzinfo=SHANGHAI)
    ]
    assert _starts("没问题，那就下周一下午三点见。", sent, SHANGHAI)[0].hour == 15
    assert _starts("早一点到就好", sent, SHANGHAI) == []  # "a little earlier", no hour
    # a weekday after its date is one mention with it: "3月12日（周四）"
    (d,) = find_dates("3月12日（周四）下午2:00-3:00", date(2026, 3, 8))
    assert d.day == date(2026, 3, 12)


def test_chinese_hiring_words_and_look_alikes() -> None:
    assert "screen/round" in signal_names("就是和我面谈这一轮")
    assert "screen/round" in signal_names("想先跟你电话简单聊聊（HR面，20分钟左右）")
    assert classify.score("请您作为面试官参加，面试官邀请")[0] < 0
    assert classify.score("背调公司将与您通话核实工作经历，面试")[0] < 0
    assert "offer" in signal_names("录用通知：请于4月13日入职报到")
    assert "coaching/mock" in signal_names("1对1模拟面试，会议号 123")


def test_the_dinner_before_an_interview_day_is_not_the_interview() -> None:
    sent = datetime(2026, 1, 15, 14, tzinfo=ZoneInfo("America/New_York"))
    text = (
        "WEDNESDAY, JANUARY 21\n"
        "6:30 PM   Pre-interview dinner with our current fellows - Trattoria Lucca\n\n"
        "THURSDAY, JANUARY 22\n"
        "8:00 - 8:40 AM    Welcome & program overview\n"
        "8:45 - 9:10       Interview 1\n"
    )
    found = text_when(text, sent, ZoneInfo("America/New_York"))
    assert found.start == datetime(2026, 1, 22, 8, tzinfo=ZoneInfo("America/New_York"))


def test_schedule_rows_take_the_day_that_heads_them() -> None:
    sent = datetime(2026, 2, 24, 15, tzinfo=CHICAGO)
    text = (
        "Sunday, March 8 | 7:00p | Dinner with members of the hospitalist group\n"
        "Monday, March 9 | 8:30a – 9:15a | Meet with the Chief Medical Officer\n"
        "9:15a – 10:15a | Hospital tour\n"
        "10:15a – 11:15a | Interview with the Director of Hospital Medicine\n"
        "11:30a – 12:30p | Lunch with the team (5 West conference room)\n"
        "1:30p – 2:00p | Wrap-up with Mara\n"
    )
    found = text_when(text, sent, CHICAGO)
    assert (found.start, found.end) == (
        datetime(2026, 3, 9, 8, 30, tzinfo=CHICAGO),
        datetime(2026, 3, 9, 14, tzinfo=CHICAGO),
    )
    assert starts_line("  - Tuesday, February 10", len("  - Tuesday, "))


def test_a_daypart_after_the_clock_decides_morning_or_evening() -> None:
    sent = datetime(2026, 3, 3, 16, tzinfo=CHICAGO)
    assert _starts("how's Friday the 13th at 7:30 in the morning?", sent, CHICAGO)[0].hour == 7
    assert _starts("el jueves 12 a las 5 de la tarde", sent, CHICAGO)[0].hour == 17


def test_boilerplate_that_offers_to_reschedule_moves_nothing() -> None:
    assert not classify.is_reschedule("请准时参加，如需改期请回复我。")
    assert not classify.is_reschedule("Need to reschedule? Use the link below.")
    assert classify.is_reschedule("We need to reschedule your interview to Thursday at 2pm.")
    assert classify.is_reschedule("Zou je een uur later kunnen komen, dus om 14.00 uur?")


def test_medical_training_titles_and_look_alikes() -> None:
    texts = ["Program: Pulmonary and Critical Care Medicine Fellowship"]
    assert expand_acronym("PCCM Fellowship", texts) == (
        "Pulmonary and Critical Care Medicine Fellowship"
    )
    assert "hiring process" in signal_names(
        "Program Coordinator, Critical Care Medicine Fellowship"
    )
    volunteer = "Thank you for volunteering as a resident interviewer! Here is your schedule"
    assert "user is the interviewer" in signal_names(volunteer)
    assert pick_role(["voor de functie Transportplanner. Zie hieronder"]) == "Transportplanner"


def test_dutch_offers_and_job_centres() -> None:
    offer = (
        "blij je een aanbod te doen voor de functie Senior Backend Engineer (arbeidsvoorwaarden)"
    )
    assert "offer" in signal_names(offer)
    assert classify.score("afspraak met je loopbaanbegeleider van de VDAB, gesprek")[0] < 0
