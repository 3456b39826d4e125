"""Capabilities added in round 66 (session 18, the first contact with blind258-261): a Sofia
developer writing Bulgarian, a Reykjavik biologist writing Icelandic, an Adelaide engineer, a
Hanoi analyst writing Vietnamese."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from _detdata import blind_case, signal_names

from detector import classify, extract, texttime


def test_bulgarian() -> None:
    assert "interview word" in signal_names("бих искала да проведем кратко телефонно интервю")
    assert "hiring process" in signal_names("благодарим Ви за кандидатурата по обявата")
    # "утре от 16:00 ч." (tomorrow at 16:00) in a mail of Monday 19 October
    sofia = timezone(timedelta(hours=3))
    ref = datetime(2026, 10, 19, 17, 48, tzinfo=sofia)
    found = texttime.find_times("интервю по телефона утре от 16:00 ч.", ref, sofia)
    assert [m.start for m in found] == [datetime(2026, 10, 20, 16, tzinfo=sofia)]
    # a job board's relay ("X чрез DEV. BG") and its role in quotes ("по обява „X“")
    said = "покана за интервю по обява „Java Developer (Spring Boot)“"
    assert extract.pick_role([said]) == "Java Developer (Spring Boot)"
    for case in ("b258-01", "b258-11", "b258-12"):
        assert len(blind_case(case)) == 1, case
    # the quote header "На вт, 22.09.2026 г. в 12:31 ч. X <x@y> написа:" is no interview time
    (iv,) = blind_case("b258-06")
    assert iv.start == datetime(2026, 10, 2, 12, 30, tzinfo=UTC)
    # a building's general meeting, and the owner among those interviewing an intern
    # ("Кандидат: Виктор Русев", "Интервюиращи: <owner>")
    assert "non-job meeting" in signal_names("Общо събрание на етажната собственост")
    assert blind_case("b258-16") == () and blind_case("b258-18") == ()


def test_icelandic() -> None:
    assert "interview word" in signal_names("Okkur langar að bjóða þér í atvinnuviðtal")
    assert "hiring process" in signal_names("Takk fyrir umsóknina um starf sérfræðings")
    assert "hiring process" not in signal_names("Umsókn um endurnýjun árskorts")
    ref = datetime(2026, 9, 10, 14, tzinfo=UTC)
    said = {
        "atvinnuviðtal á þriðjudaginn kl. 10:00": datetime(2026, 9, 15, 10, tzinfo=UTC),
        "fimmtudaginn 24. september kl. 13:00": datetime(2026, 9, 24, 13, tzinfo=UTC),
        "á morgun kl. 11": datetime(2026, 9, 11, 11, tzinfo=UTC),
    }
    for text, when in said.items():
        assert [m.start for m in texttime.find_times(text, ref, UTC)] == [when], text
    assert texttime.duration_in("viðtalið taki um 45 mínútur") == timedelta(minutes=45)
    (iv,) = blind_case("b259-01")
    assert iv.start == datetime(2026, 9, 15, 10, tzinfo=UTC)
    assert iv.end == datetime(2026, 9, 15, 10, 45, tzinfo=UTC)
    # the directorate of labour's benefits interview
    assert blind_case("b259-14") == () and blind_case("b259-19") == ()


def test_look_alikes_in_australia_and_vietnam() -> None:
    # a radio producer ("put you to air"), a Fair Work mediation
    assert "other interview types" in signal_names("We'd call your mobile and put you to air")
    assert "other interview types" in signal_names("a workplace dispute lodged by Ms Tregenza")
    assert blind_case("b260-08") == () and blind_case("b260-11") == ()
    # a year-end party, a residents' meeting, an alumni newsletter's interview
    assert "non-job meeting" in signal_names("trân trọng mời toàn thể CBNV tham dự Tiệc tất niên")
    assert "non-job meeting" in signal_names("Hội nghị nhà chung cư thường niên")
    assert "other interview types" in signal_names("muốn thực hiện một bài phỏng vấn chị")
    for case in ("b261-04", "b261-10", "b261-13"):
        assert blind_case(case) == (), case
    # "chọn giúp chị 1 trong các khung giờ sau": slots to choose from
    assert classify.PROPOSAL.search("em vui lòng chọn giúp chị 1 trong các khung giờ sau")
    assert blind_case("b261-21") == ()


def test_vietnamese_this_afternoon() -> None:
    hanoi = timezone(timedelta(hours=7))
    ref = datetime(2026, 7, 20, 9, 12, tzinfo=hanoi)
    found = texttime.find_times("Mình sẽ gọi cho bạn lúc 4:30pm chiều nay", ref, hanoi)
    assert [m.start for m in found] == [datetime(2026, 7, 20, 16, 30, tzinfo=hanoi)]
    (iv,) = blind_case("b261-05")
    assert iv.start == datetime(2026, 7, 20, 9, 30, tzinfo=UTC)


def test_clock_changes_and_mountains_in_australia_and_norway() -> None:
    # "the Mt Torrens site" names a mountain, not Mountain time; "at 10 MT" still does
    assert texttime.zone_words("We're closing the Mt Torrens site") == []
    assert texttime.zone_words("10am MT") == texttime.zone_words("Denver")
    (iv,) = blind_case("b260-07")
    assert iv.start == datetime(2026, 11, 26, 23, 30, tzinfo=UTC)
    # "Norway goes back to winter time on Sunday 25 October, so this will be 09:00 in
    # Reykjavik": the clocks' Sunday is no interview
    _, second = blind_case("b259-05")
    assert second.start == datetime(2026, 10, 29, 9, tzinfo=UTC)
