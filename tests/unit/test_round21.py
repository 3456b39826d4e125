"""Capabilities added in round 21 (session 9, the first contact with blind104-106)."""

from __future__ import annotations

from _detdata import mail

from detector import detect, infer_owner


def test_names_in_any_cased_script_spell_their_addresses() -> None:
    # the second interviewer's name has no ASCII capital ("Vũ"); the first opens with "Đ"
    body = (
        "Người phỏng vấn: anh Đỗ Minh Khoa – QA Lead (khoa.do@saomai.example) và chị "
        "Vũ Hải Yến – Senior QA Engineer (yen.vu@saomai.example)\r\n\r\n"
        "Thời gian: 14h00 – 15h00, Thứ Năm, ngày 12/03/2026 (giờ Việt Nam)\r\n"
        "Hình thức: Online qua Google Meet\r\n\r\nTrân trọng,\r\nPhạm Ngọc Lan\r\n"
        "HR Executive | Sao Mai Software\r\n"
    )
    item = mail(
        "<v1@saomai.example>",
        "Phạm Ngọc Lan <lan.pham@saomai.example>",
        body,
        "Mon, 09 Mar 2026 10:12:00 +0700",
        "Thư mời phỏng vấn vòng 1 – QA Engineer",
    )
    (found,) = detect([item], infer_owner([item])).interviews
    assert {p.email: p.name for p in found.interviewers} == {
        "khoa.do@saomai.example": "Đỗ Minh Khoa",
        "yen.vu@saomai.example": "Vũ Hải Yến",
    }
