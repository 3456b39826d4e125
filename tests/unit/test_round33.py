"""Capabilities added in round 33 (session 11, the first contact with blind141-142): Ukrainian
mail, one mail announcing two interview steps on two days, and a drug representative's working
day (a lunch-and-learn, a coach paid for a mock interview, a 30-60-90 day business plan)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.classify import is_cancel, is_reschedule
from detector.texttime import find_times

KYIV = ZoneInfo("Europe/Kyiv")
EASTERN = ZoneInfo("America/New_York")


def test_ukrainian() -> None:
    ref = datetime(2026, 3, 5, 10, 3, tzinfo=KYIV)
    (slot,) = find_times(
        "Фіксуємо: вівторок, 10 березня, 15:00–16:00 за київським часом.", ref, KYIV
    )
    assert (slot.start, slot.end) == (
        datetime(2026, 3, 10, 15, tzinfo=KYIV),
        datetime(2026, 3, 10, 16, tzinfo=KYIV),
    )
    (tomorrow,) = find_times("Перенесемо на завтра, 14:00", ref, KYIV)
    assert tomorrow.start == datetime(2026, 3, 6, 14, tzinfo=KYIV)
    assert is_reschedule("Перенесемо на завтра, 14:00")
    assert is_cancel("На жаль, співбесіду скасовано.")
    assert {"interview word", "screen/round"} <= signal_names("запрошуємо на технічну співбесіду")
    assert "availability request" in signal_names("Підкажіть, будь ласка, коли вам зручно")
    assert "assessment" in signal_names("Наступний крок — тестове завдання.")
    assert "appointment" in signal_names("ТЦК: уточнення даних + відстрочка")
    # the quoted reply's "ср, 4 бер. 2026 р. о 21:36 ... пише:" is no meeting time
    (screen,) = blind_case("b141-01")
    assert screen.start == datetime(2026, 3, 10, 15, tzinfo=KYIV)
    # "Можемо запропонувати такі слоти": offered, not booked; the reply fixes one, and
    # "Співбесіду проводитиме Андрій Павленко" names who conducts it
    (booked,) = blind_case("b141-20")
    assert booked.start == datetime(2026, 4, 7, 14, tzinfo=KYIV)
    assert [p.email for p in booked.interviewers] == ["andrii.pavlenko@karpaty-mobility.example"]


def test_two_steps_in_one_mail() -> None:
    # "1) Технічна співбесіда — вівторок, 17 березня ... 2) Фінальна розмова з нашим CTO —
    # пʼятниця, 20 березня, 16:30–17:00": two interviews, the second in no invite
    technical, final = blind_case("b141-10")
    assert technical.start == datetime(2026, 3, 17, 11, tzinfo=KYIV)
    assert final.start == datetime(2026, 3, 20, 16, 30, tzinfo=KYIV)


def test_a_drug_reps_working_day() -> None:
    assert "sales demo" in signal_names("Confirming your lunch & learn for Wednesday 3/4.")
    assert blind_case("b142-14") == ()
    # the owner paid a coach for it ("Payment: $149.00 USD")
    assert "paid by the owner" in signal_names("Payment:\n$149.00 USD")
    assert blind_case("b142-18") == ()
    # a candidate's "30-60-90 day business plan" is no pricing tier
    assert "sales demo" not in signal_names("Sales plan presentation (30-60-90 day business plan)")
    (day,) = blind_case("b142-13")
    assert (day.start, day.end) == (
        datetime(2026, 4, 23, 9, tzinfo=EASTERN),
        datetime(2026, 4, 23, 12, 30, tzinfo=EASTERN),
    )
    # the owner's quoted "Thursday at 7:30 works" is the DM's "7:30 AM", not the evening
    (coffee,) = blind_case("b142-10")
    assert coffee.start == datetime(2026, 4, 16, 7, 30, tzinfo=EASTERN)
