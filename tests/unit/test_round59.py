"""Capabilities added in round 59 (session 17): the Traditional Chinese cases blind229 had left
open (times and lengths in Chinese numerals, a check-in time, labels and quotes that name the
job, a job board relaying a company, the owner forwarding from an old mailbox)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from _detdata import blind_case

from detector import texttime
from detector.extract import pick_role, role_from_segments

TAIPEI = timezone(timedelta(hours=8))


def test_chinese_numeral_clock_and_length() -> None:
    ref = datetime(2026, 10, 19, 22, 10, tzinfo=TAIPEI)
    (found,) = texttime.find_times("報到時間：上午十點二十分", ref, TAIPEI)
    assert (found.start.hour, found.start.minute) == (10, 20)
    assert texttime.duration_in("下午 4:00，約一小時") == timedelta(hours=1)
    assert texttime.duration_in("大约半小时") == timedelta(minutes=30)
    assert texttime.duration_in("兩個小時") == timedelta(hours=2)
    # "十分" is also Japanese for "enough": numerals count hours only
    assert texttime.duration_in("十分に準備してください") is None


def test_forwarded_notice_from_the_owners_old_mailbox() -> None:
    # the owner forwards from "yvonne.lin@oldmail" to "yvonne.lin@example.com"; the notice
    # checks in at 10:20 ("報到時間") and interviews 10:30-11:30; "請聯繫人資 許雅雯 小姐
    # （yawen.hsu@...）" is whom to answer, the notice's sender being a no-reply box
    (iv,) = blind_case("b229-20")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 29, 2, 30, tzinfo=UTC)
    assert iv.end is not None
    assert iv.end.astimezone(UTC) == datetime(2026, 10, 29, 3, 30, tzinfo=UTC)
    assert iv.interviewers == () and iv.recruiter is not None
    assert iv.recruiter.email == "yawen.hsu@taixin-pt.example"


def test_job_named_in_chinese() -> None:
    assert pick_role(["應徵職務：產品行銷經理（功率元件）\n"]) == "產品行銷經理（功率元件）"
    assert pick_role(["感謝您應徵宏嶺科技「策略行銷經理」一職"]) == "策略行銷經理"
    subject = "遠溪電子｜海外業務行銷經理 視訊面試－林怡君"
    assert role_from_segments(subject, "Yuanxi Elec") == "海外業務行銷經理"
    # a job board relaying the company: its contact line, not the relay's address
    (iv,) = blind_case("b229-01")
    assert iv.recruiter is not None and iv.recruiter.email == "yating.chang@yujing-semi.example"
    # "面試官：行銷部 資深經理 黃志明（副本）" names the one copied in
    _, second = blind_case("b229-08")
    assert [p.email for p in second.interviewers] == ["zhiming.huang@jingfeng-mat.example"]
