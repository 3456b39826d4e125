"""Capabilities added in round 32 (session 11, the first contact with blind137-139): a slot
written on both clocks to a reader whose zone is unknown, a withdrawal quoted in Spanish, and a
landlord's "entrevista" in Chile."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names

from detector.classify import is_cancel
from detector.extract import is_machine_address
from detector.texttime import find_times

CHICAGO = ZoneInfo("America/Chicago")


def test_your_time_and_my_time() -> None:
    # "Monday at 9 your time (11 my time)" from Chicago to a reader whose zone is unknown: the
    # writer's clock places the slot; the reader's "9" is no other meeting time
    ref = datetime(2026, 3, 6, 17, 12, tzinfo=CHICAGO)
    (mine,) = (
        m
        for m in find_times("let's do Monday at 9 your time (11 my time). I'll call", ref, CHICAGO)
        if not m.not_a_meeting
    )
    assert mine.start == datetime(2026, 3, 9, 11, tzinfo=CHICAGO)
    (screen,) = blind_case("b138-08")  # 9:00 in San Diego, the day after the clocks changed
    assert screen.start == datetime(2026, 3, 9, 9, tzinfo=ZoneInfo("America/Los_Angeles"))


def test_spanish_withdrawal_and_landlord() -> None:
    # the owner's "no voy a seguir en el proceso ... cancelo la entrevista del jueves 16",
    # quoted under the recruiter's "Ya saqué la reunión de la agenda de Ezequiel"
    assert is_cancel("Ya saqué la reunión de la agenda de Ezequiel.")
    (withdrawn,) = blind_case("b137-07")
    assert withdrawn.status == "cancelled"
    # a Santiago landlord's "entrevista con la propietaria" for an "arriendo" is no job
    assert "housing viewing" in signal_names("Postulación arriendo - entrevista con la propietaria")
    assert blind_case("b137-16") == ()
    # "talento@" is the talent team's mailbox, not a person to thank
    assert is_machine_address("talento@ceibo-mobility.example")
