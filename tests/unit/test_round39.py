"""Capabilities added in round 39 (session 12, the first contact with blind155-157): Japanese
business mail, an oil-field engineer's look-alikes, Brazilian Portuguese."""

from __future__ import annotations

from datetime import UTC, date, datetime

from _detdata import blind_case, signal_names

from detector.extract import new_text, pick_role
from detector.texttime import find_dates


def test_japanese_look_alikes() -> None:
    # "今回はご期待に沿えない結果となりました" (a rejection), "ご内見日時" (a flat viewing),
    # "内定者懇親会" (a party for those who accepted offers), "本面談は選考ではございません"
    assert "rejection" in signal_names("今回はご期待に沿えない結果となりました")
    assert "housing viewing" in signal_names("物件のご内見日時が確定いたしました")
    assert "onboarding" in signal_names("内定者懇親会を下記の通り開催いたします")
    assert "networking" in signal_names("本面談は選考ではございません")
    for case in ("b155-14", "b155-16", "b155-18", "b155-22"):
        assert blind_case(case) == (), case


def test_japanese_dates_and_moves() -> None:
    # "来週火曜日の12:00〜12:30" in a mail of Wednesday 13 May: Tuesday the 19th
    (found,) = find_dates("来週火曜日の12:00", date(2026, 5, 13))
    assert found.day == date(2026, 5, 19)
    (iv,) = blind_case("b155-12")
    assert iv.start.astimezone(UTC) == datetime(2026, 5, 19, 3, tzinfo=UTC)
    # "【変更前】2026年4月22日（水）16:00〜17:00 【変更後】2026年4月24日（金）10:30〜11:30"
    (iv,) = blind_case("b155-03")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 24, 1, 30, tzinfo=UTC)


def test_japanese_quote_headers_and_titles() -> None:
    # Gmail and Apple Mail in Japanese write no verb before the quote
    for header in (
        "2026年4月17日(金) 21:16 森田 彩花 <ayaka.morita@example.com>:",
        "2026/04/13 8:47、森田 彩花 <ayaka.morita@example.com> のメール:",
    ):
        text = f"承知いたしました。\n\n{header}\n\n> 辞退させていただきたく"
        assert new_text(text).strip() == "承知いたしました。"
    # "「Account Executive（代理店営業）」ポジションへご応募いただき"
    assert pick_role(["「Account Executive（代理店営業）」ポジションへご応募いただき"]) == (
        "Account Executive（代理店営業）"
    )
    # the owner withdraws through the agency: the interview is cancelled, not a new one
    (iv,) = blind_case("b155-09")
    assert iv.status == "cancelled"


def test_oil_field_look_alikes() -> None:
    # "TWIC® Enrollment ... an enrollment agent will ... collect your fingerprints"
    assert "appointment" in signal_names("an enrollment agent will collect your fingerprints")
    assert blind_case("b156-15") == ()
    # "we'll interview the night crew (pump operators and data van) about the stage 14 screenout"
    assert "user is the interviewer" in signal_names("we'll interview the night crew about it")
    assert "user is the interviewer" not in signal_names("we will interview the finalists")
    assert blind_case("b156-17") == ()


def test_brazilian_portuguese() -> None:
    # "Assembleia Geral Extraordinária - Condomínio Edifício Jatobá"
    assert "non-job meeting" in signal_names("ASSEMBLEIA GERAL EXTRAORDINÁRIA - CONDOMÍNIO")
    assert blind_case("b157-08") == ()
    # "um bate-papo de uns 30 min comigo por vídeo"
    assert "screen/round" in signal_names("um bate-papo de uns 30 min comigo por vídeo")
