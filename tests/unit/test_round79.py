"""Capabilities added in round 79 (session 23, the first contact with blind310-313): a Vientiane
logistics coordinator (Lao, Thai), an Accra finance analyst, a Tunis mechanical engineer (French,
Arabic) and a Chicago product manager."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import blind_case, signal_names, starts_in

from detector import classify, texttime


def test_lao_and_thai() -> None:
    vientiane = ZoneInfo("Asia/Vientiane")
    ref = datetime(2026, 10, 5, 15, 40)
    # "ມື້ອື່ນ ຕອນບ່າຍ ໒ ໂມງ": tomorrow, 2 in the afternoon (Lao digits)
    assert starts_in("ມື້ອື່ນ ຕອນບ່າຍ ໒ ໂມງ", ref, "Asia/Vientiane") == [
        datetime(2026, 10, 6, 14, tzinfo=vientiane)
    ]
    assert starts_in("ວັນຈັນ ທີ ໑໒ ຕຸລາ ໒໐໒໖ ເວລາ ໑໐:໐໐ – ໑໑:໐໐ ໂມງ", ref, "Asia/Vientiane") == [
        datetime(2026, 10, 12, 10, tzinfo=vientiane)
    ]
    assert starts_in("ວັນພຸດນີ້ 10 ໂມງເຊົ້າ", ref, "Asia/Vientiane") == [
        datetime(2026, 10, 7, 10, tzinfo=vientiane)
    ]
    assert starts_in("พรุ่งนี้ บ่าย 2 โมงครึ่ง", ref, "Asia/Vientiane") == [
        datetime(2026, 10, 6, 14, 30, tzinfo=vientiane)
    ]
    assert texttime.duration_in("ໃຊ້ເວລາປະມານ ໓໐ ນາທີ") == timedelta(minutes=30)
    assert "interview word" in signal_names("ບໍລິສັດຂໍເຊີນທ່ານມາ ສຳພາດ ຮອບທໍາອິດ")
    assert classify.is_reschedule("ພວກເຮົາຈຶ່ງຂໍເລື່ອນ ການສໍາພາດ ຮອບທີ 2")
    (iv,) = blind_case("b310-01")
    assert iv.start == datetime(2026, 10, 6, 7, tzinfo=UTC)
    # a relay board's line gives the English twin of the Lao title
    (iv,) = blind_case("b310-02")
    assert iv.role is not None and iv.role.startswith("Logistics Coordinator")
    # Thai "ระหว่างเวลา 09:00-16:00 น." is a window, and the mail asks for availability
    assert blind_case("b310-19") == ()
    # an unknown relay's no-reply beside the employer's own contact: the contact's firm
    (iv,) = blind_case("b310-13")
    assert iv.company is not None and iv.company.startswith("Chaophraya")
    # a floating calendar file in the zone the correspondents write from (+07:00, no one zone's)
    (iv,) = blind_case("b310-18")
    assert iv.start == datetime(2026, 11, 4, 7, tzinfo=UTC)
    assert iv.status == "cancelled"
    # a lunch that closes the programme is no session of the interview day
    (iv,) = blind_case("b310-20")
    assert iv.end == datetime(2026, 11, 3, 5, tzinfo=UTC)


def test_ghanaian_formal_letters() -> None:
    assert "confirmed" in signal_names("we are pleased to invite you for a panel interview")
    # the owner's "I will report at 8:30am" is the arrival the letter asked for, not a new time
    (iv,) = blind_case("b311-01")
    assert iv.start == datetime(2026, 10, 20, 9, tzinfo=UTC)
    # "Financial Advisory Services" is a firm's department, not a financial adviser's meeting
    (iv,) = blind_case("b311-06")
    assert [p.email for p in iv.interviewers] == ["edem.kpodo@asantewhitfield.example"]
    # a break between the aptitude test and the interview is no session
    (iv,) = blind_case("b311-04")
    assert iv.start == datetime(2026, 10, 21, 13, tzinfo=UTC)
    # the building the firm is named after is not the firm
    (iv,) = blind_case("b311-17")
    assert iv.company == "Asante Whitfield"
    # "Final interview: Ama Owusu-Ansah / Jonathan Pryce (CFO)" beside "Jonathan Pryce, our
    # CFO": the bracket is the interviewer's rank, not the job
    (iv,) = blind_case("b311-09")
    assert iv.role is None


def test_tunisian_mail() -> None:
    tunis = ZoneInfo("Africa/Tunis")
    ref = datetime(2026, 10, 7, 10)
    # an Arabic clock in words: "على الساعة العاشرة صباحا" (at ten in the morning)
    text = "يوم الثلاثاء 20 أكتوبر 2026 على الساعة العاشرة صباحا"
    assert starts_in(text, ref, "Africa/Tunis") == [datetime(2026, 10, 20, 10, tzinfo=tunis)]
    assert starts_in("يوم 20 أكتوبر الساعة الرابعة إلا ربعا مساء", ref, "Africa/Tunis") == [
        datetime(2026, 10, 20, 15, 45, tzinfo=tunis)
    ]
    assert texttime.duration_in("تدوم المقابلة حوالي ساعة.") == timedelta(hours=1)
    # a relay booked it; the company's own mail in a thread of its own moves it ("الموعد الجديد")
    (iv,) = blind_case("b312-05")
    assert iv.start == datetime(2026, 10, 22, 10, 30, tzinfo=UTC)
    assert iv.end == datetime(2026, 10, 22, 11, 30, tzinfo=UTC)
    assert blind_case("b312-06") == ()  # "convoquer au test écrit": the written test alone
    assert blind_case("b312-15") == ()  # "Forum Emploi Ingénieurs": a job fair
    assert blind_case("b312-17") == ()  # "frais de dossier ... par Western Union": a scam
    # the Paris office's name is the firm's
    (iv,) = blind_case("b312-08")
    assert iv.company == "Ingéral"
    (first, _again) = blind_case("b312-10")
    assert first.role == "Ingénieur(e) en conception mécanique"


def test_american_tech_mail() -> None:
    # a founder's late note: "the Founding PM would report to me", "I'd love to get to know you"
    (iv,) = blind_case("b313-09")
    assert iv.start == datetime(2026, 10, 14, 19, tzinfo=UTC)
    # "Product Sense Case" is a session, not a job
    hiring_manager, case = blind_case("b313-06")
    assert case.role == hiring_manager.role == "Senior Product Manager, Payments"
    # "Reggie will share his feedback with Caleb and me": the writer hears it, not conducts it
    (iv,) = blind_case("b313-11")
    assert [p.email for p in iv.interviewers] == ["reggie@switchbacklabs.example"]
