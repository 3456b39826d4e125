"""Capabilities added in round 44 (session 13, the first contact with blind170-172): Indian,
Australian and Latin American hiring mail, exported chats, and their look-alikes."""

from __future__ import annotations

from datetime import UTC, datetime

from _detdata import blind_case, signal_names

from detector.chats import chat_message_starts, without_chat_stamps

CHAT = (
    "9/4/26, 18:20 - Mariana: ¿Te sirve el martes 14 o el jueves 16?\n"
    "9/4/26, 18:40 - Mariana: Listo, quedamos el jueves a las 3 pm hora de Colombia\n"
    "9/4/26, 18:43 - Valeria: (para mí son las 2 pm, anotado)\n"
)


def test_an_exported_chat_agrees_after_it_proposes() -> None:
    starts = chat_message_starts(CHAT)
    assert [CHAT[i : i + 14] for i in starts] == [
        "9/4/26, 18:20 ",
        "9/4/26, 18:40 ",
        "9/4/26, 18:43 ",
    ]
    blank = without_chat_stamps(CHAT)
    assert len(blank) == len(CHAT) and "Mariana" not in blank and "jueves 16" in blank
    # the chat the owner mailed herself: the latest message with a time decides
    (iv,) = blind_case("b172-04")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 16, 20, tzinfo=UTC)
    # the two earlier known misses of the same shape
    (iv,) = blind_case("b152-05")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 26, 16, tzinfo=UTC)
    (iv,) = blind_case("b157-07")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 20, 14, 30, tzinfo=UTC)


def test_a_day_in_the_companys_own_zone() -> None:
    # a Sydney panel at 09:30 and a talk at 13:00 fall on two UTC dates: one interview day
    (iv,) = blind_case("b171-09")
    assert iv.end is not None and iv.end.astimezone(UTC) == datetime(
        2026, 11, 11, 2, 30, tzinfo=UTC
    )
    # "It will be a one-on-one with Hamish over Teams" is the interview's format
    assert "internal meeting" not in signal_names("It will be a one-on-one with Hamish")
    assert "internal meeting" in signal_names("Weekly one-on-one with Hamish")
    assert len(blind_case("b171-02")) == 1


def test_a_clock_change_date_is_not_the_interviews() -> None:
    # "Sydney comes off daylight saving on Sunday, 5 April, so 1:00 PM Sydney time on Tuesday,
    # 7 April ..." then "Tuesday, 7 April 2026, 1:00 PM – 1:45 PM Sydney time (AEST)"
    (iv,) = blind_case("b170-09")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 7, 3, tzinfo=UTC)


def test_look_alikes_and_spanish() -> None:
    assert "reference check" in signal_names("Background Verification – Telephonic Verification")
    assert blind_case("b170-14") == ()
    assert "travel booking" not in signal_names("kindly retain the boarding passes")
    assert len(blind_case("b170-13")) == 1
    assert "non-job meeting" in signal_names("Entrevista a proveedores finalistas – Licitación")
    assert blind_case("b172-18") == ()
    # "Conversación final con Santiago", "nuestro CEO y cofundador"
    assert "screen/round" in signal_names("Conversación final con Santiago")
    assert len(blind_case("b172-13")) == 1
    # a shared recruiting calendar organizes it: no team list among the guests
    assert len(blind_case("b172-09")) == 1
