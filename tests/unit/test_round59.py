"""Capabilities added in round 59 (session 17): the Traditional Chinese cases blind229 had left
open (times and lengths in Chinese numerals, a check-in time, labels and quotes that name the
job, a job board relaying a company, the owner forwarding from an old mailbox)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from _detdata import blind_case, misread_times, signal_names

from detector import texttime
from detector.extract import has_quote_start, pick_role, role_from_segments

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


def test_vets_and_merchandisers_are_jobs() -> None:
    # "Companion Animal Veterinarian" is a clinic hiring, not the owner's pet at the vet's
    assert "appointment" not in signal_names("our Companion Animal Veterinarian role")
    assert "appointment" in signal_names("Reminder: Milo's vet appointment on Friday")
    (iv,) = blind_case("b234-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 9, 7, 22, 30, tzinfo=UTC)
    assert iv.role == "Companion Animal Veterinarian"
    # "8:00am to about 5:30pm" ends at 5:30; "Ōtautahi" opens a company name
    (iv,) = blind_case("b234-05")
    assert iv.end is not None and (iv.end.hour, iv.end.minute) == (17, 30)
    assert iv.company == "Ōtautahi Animal Hospital"
    # a regulator's CPD audit "interview" is no hiring
    assert blind_case("b234-16") == ()


def test_bangladesh() -> None:
    # "10:30 AM (BST)" from a writer on +06:00 is Bangladesh Standard Time; a "viva voce" is
    # the job's interview round (a doctoral one is a "viva voce examination"), its "Viva
    # board:" the interviewers copied in
    (iv,) = blind_case("b232-02")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 8, 4, 30, tzinfo=UTC)
    assert [p.email for p in iv.interviewers] == ["anwarul.kabir@sitakunda-sweaters.example"]
    # ... while "11:00 BST" from London is British Summer Time, and a "Desk" is no client
    (iv,) = blind_case("b232-07")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 15, 10, tzinfo=UTC)
    assert iv.company == "Halden & Price"
    # Bangla digits and months: "তারিখ: ১২ অক্টোবর ২০২৬ ... সময়: সকাল ১১:৩০ ঘটিকা"
    (iv,) = blind_case("b232-03")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 12, 5, 30, tzinfo=UTC)
    assert [p.email for p in iv.interviewers] == ["mahmudul.hasan@sonargaon-garments.example"]
    # a job portal's invitation with "Jobs you may like:" and its alert footer under it
    (iv,) = blind_case("b232-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 5, 5, tzinfo=UTC)
    # a social-compliance audit's "worker interviews"; a buyer "interviewing new vendors"
    assert blind_case("b232-14") == () and blind_case("b232-16") == ()


def test_hawaii() -> None:
    for case in ("b231-06", "b231-08", "b231-12", "b231-14"):
        assert blind_case(case) == (), case  # family conference, union, preceptor, windows
    # a hospital lobby's "volunteer desk" is no volunteering
    (iv,) = blind_case("b231-19")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 14, 0, 30, tzinfo=UTC)
    # "Would Tuesday 10/20 or Wednesday 10/21 work? I'm open 9 to 12pm": days asked about
    (iv,) = blind_case("b231-09")
    assert iv.start.astimezone(UTC) == datetime(2026, 10, 20, 18, tzinfo=UTC)
    # "for being so quick to send your availability. You're confirmed for two conversations:"
    screen, manager = blind_case("b231-11")
    assert screen.start.astimezone(UTC) == datetime(2026, 9, 22, 18, 30, tzinfo=UTC)
    assert manager.start.astimezone(UTC) == datetime(2026, 9, 25, 23, tzinfo=UTC)


def test_hungarian_dates_times_and_lengths() -> None:
    cet = timezone(timedelta(hours=1))
    ref = datetime(2026, 11, 5, 10, 12, tzinfo=cet)
    said = {
        "Időpont: jövő kedden, november 10-én 10:00 órakor": datetime(2026, 11, 10, 10),
        "Az új időpont: 2026.11.19. (csütörtök) 13:30": datetime(2026, 11, 19, 13, 30),
        "holnap (szerdán) 14:00-kor fogom hívni": datetime(2026, 11, 6, 14),
        "2026. nov. 18., szerda 14:00 – 14:45": datetime(2026, 11, 18, 14),
        "holnap 10 órakor": datetime(2026, 11, 6, 10),
    }
    assert misread_times(said, ref, cet) == []
    assert texttime.duration_in("kb. egy óra") == timedelta(hours=1)
    assert texttime.duration_in("Az interjú kb. 45 perces") == timedelta(minutes=45)
    assert texttime.duration_in("Másfél órát szánok") == timedelta(minutes=90)
    assert texttime.duration_in("holnap 10 órakor") is None  # ten o'clock, not ten hours


def test_hungarian_mail() -> None:
    assert (
        pick_role(
            ["Köszönjük jelentkezését a Bakonyi Sütőipari Zrt. kontrolling vezető pozíciójára."]
        )
        == "Kontrolling vezető"
    )
    assert pick_role(["a(z) „Pénzügyi kontroller” (Gyöngyös) álláshirdetésre"]) == (
        "Pénzügyi kontroller"
    )
    # Gmail's "X <x@y> ezt írta (időpont: 2026. nov. 12., Cs, 13:20):" opens a quote
    assert has_quote_start(
        "Szabó Eszter <e@example.com> ezt írta (időpont: 2026. nov. 12., Cs, 13:20):\n> Köszönöm"
    )
    starts = {
        "b233-01": datetime(2026, 10, 14, 12, tzinfo=UTC),
        "b233-07": datetime(2026, 11, 19, 12, 30, tzinfo=UTC),
        "b233-09": datetime(2026, 11, 18, 13, tzinfo=UTC),
        "b233-11": datetime(2026, 12, 3, 9, tzinfo=UTC),
    }
    for case, start in starts.items():
        (iv,) = blind_case(case)
        assert iv.start.astimezone(UTC) == start, case
    # a forward's "TO:" prefix is no company; its "Másfél órát szánok" gives the end
    (iv,) = blind_case("b233-11")
    assert iv.company == "Kelenföldi Gépgyártó Zrt"
    assert iv.end is not None and iv.end.astimezone(UTC) == datetime(
        2026, 12, 3, 10, 30, tzinfo=UTC
    )
    # a job alert ("8 új állás", "Leiratkozás"), an exam booking, the interview's topic
    # "the local statutory audit" is no audit meeting
    assert blind_case("b233-19") == () and blind_case("b233-16") == ()
    assert len(blind_case("b233-03")) == 2
