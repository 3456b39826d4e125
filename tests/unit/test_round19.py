"""Capabilities added in round 19 (session 8, the first contact with blind98-100): Vietnamese
interviews, clocks, dates, lengths and people; Scottish and Irish English; the staff side of
housing; a part's length is not the interview's; subjects of a session are no job titles."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from _detdata import signal_names

from detector import classify
from detector.extract import has_quote_start, org_key, pick_role
from detector.people import _PANEL_LINE, _on_labelled_line
from detector.texttime import duration_in, find_dates, find_times

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")
LONDON = ZoneInfo("Europe/London")


def _starts(text: str, sent: datetime, tz: ZoneInfo) -> list[datetime]:
    return [m.start for m in find_times(text, sent, tz) if not m.not_a_meeting]


def test_vietnamese_words() -> None:
    invite = (
        "Cảm ơn em đã ứng tuyển vị trí QA Engineer. Phòng Nhân sự mời em tham gia phỏng vấn "
        "vòng 1. Em vui lòng xác nhận."
    )
    names = signal_names(invite)
    assert {"interview word", "screen/round", "hiring process", "confirmed"} <= names
    assert classify.CANCEL.search("chị xin phép hủy buổi phỏng vấn")
    assert not classify.CANCEL.search("Hủy nhận thông báo: https://x.example/unsubscribe")
    assert classify.RESCHEDULE.search("chị phải dời buổi phỏng vấn vòng 2 sang sau Tết")
    assert "rejection" in signal_names("hồ sơ của em chưa phù hợp với vị trí này")
    assert "job alert" in signal_names("Có 4 việc làm mới khớp với thông báo của bạn")
    assert "coaching/mock" in signal_names("Cà phê CN – Linh & Hà (tập phỏng vấn)")
    assert "scam" in signal_names("Ứng viên cần đóng phí kích hoạt tài khoản 300.000đ")
    assert "scam" not in signal_names("Mang theo: CMND/CCCD để đăng ký khách")
    assert "user is the interviewer" in signal_names(
        "Chị Hà tham gia với vai trò người phỏng vấn chuyên môn cùng anh Duy"
    )


def test_vietnamese_clocks_dates_and_lengths() -> None:
    sent = datetime(2026, 3, 9, 10, 12, tzinfo=SAIGON)
    assert _starts("9h30 sáng Thứ Tư, 25/03/2026", sent, SAIGON) == [
        datetime(2026, 3, 25, 9, 30, tzinfo=SAIGON)
    ]
    assert _starts("Em có tiện vào 2 giờ chiều mai không?", sent, SAIGON) == [
        datetime(2026, 3, 10, 14, tzinfo=SAIGON)
    ]
    # the weekday before its date is one mention: "Thứ Năm, ngày 26/02/2026"
    ref = date(2026, 2, 3)
    (day,) = find_dates("9h30 sáng Thứ Năm, ngày 26/02/2026 (mùng 10 Tết)", ref)
    assert day.day == date(2026, 2, 26)
    assert duration_in("thời lượng 1 tiếng") == timedelta(hours=1)
    assert duration_in("khoảng 45 phút") == timedelta(minutes=45)
    # a bare "at 3" is still the afternoon
    london = datetime(2026, 2, 13, 11, 40, tzinfo=LONDON)
    assert _starts("Would Wednesday week suit, the 25th, at 3 o'clock?", london, LONDON) == [
        datetime(2026, 2, 25, 15, tzinfo=LONDON)
    ]


def test_vietnamese_people_roles_and_quotes() -> None:
    assert _on_labelled_line("- Người phỏng vấn: anh ")
    assert pick_role(["Trao đổi nhanh về vị trí QA Engineer (dự án Nhật)"]) == "QA Engineer"
    assert has_quote_start("Ok em.\n\nVào 18:02 Th 4, 1 thg 4, 2026, Hà <h@x.example> đã viết:\n")


def test_scottish_and_irish_english() -> None:
    sent = datetime(2026, 1, 15, 16, 48, tzinfo=LONDON)
    assert _starts("Are you about for a wee phone the morra at 11?", sent, LONDON) == [
        datetime(2026, 1, 16, 11, tzinfo=LONDON)
    ]
    assert "screen/round" in signal_names("I'd like to have a wee chat on the phone")
    assert "confirmed" in signal_names("Friday at 12 is in the diary - speak then!")


def test_the_staff_side_of_housing() -> None:
    hiring = (
        "We are pleased to invite you to interview for the Housing Officer post. We are a "
        "registered social landlord; we will ask about tenancy management."
    )
    names = signal_names(hiring)
    assert "housing viewing" not in names and "housing employer" in names
    work = "Can you lead the tenancy sustainment interview with Mrs Reid on Tuesday?"
    assert "user is the interviewer" in signal_names(work)


def test_lengths_of_parts_and_of_the_whole() -> None:
    text = (
        "you will be asked to deliver a presentation lasting no more than 10 minutes. The "
        "whole interview will last approximately 45 minutes."
    )
    assert duration_in(text) == timedelta(minutes=45)


def test_titles_and_hosts() -> None:
    assert pick_role(["Coding 1 (data structures)"]) is None
    assert (
        pick_role(
            [
                "There is a new update on your application for Senior Software Engineer, "
                "Cloud Storage "
                "(Req 2931847)."
            ]
        )
        == "Senior Software Engineer, Cloud Storage"
    )
    assert (
        pick_role(
            [
                "Invite attached.\n\nNell Pruitt | Recruiter | Acme | 412-555-0172\n"
                "Interview with Ari"
            ]
        )
        is None
    )
    assert _PANEL_LINE.search("Host: Haruka Sakamoto\nPanel: Takeshi Ono (QA Manager)")


def test_newsletters_stages_and_public_bodies() -> None:
    footer = "You receive this because you subscribed at harborline.example. Unsubscribe"
    assert "newsletter/tips" in signal_names(footer)
    assert "newsletter/tips" in signal_names("Our recruiters hold open office hours every Thursday")
    assert classify.prescreen(b"the panel would like to take you through to the second stage")
    assert org_key("strathallan.gov.example") == "strathallan"
    assert "assessment" not in signal_names(
        "Congratulations - you passed the SkillCheck online test (82/100)! We would like to "
        "invite you to a technical interview."
    )
