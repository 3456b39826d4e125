"""Capabilities added in round 41 (session 13, the first contact with blind161-163): Russian,
Kazakh, Hebrew and Vietnamese hiring mail and their look-alikes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _detdata import blind_case, signal_names

from detector.extract import has_quote_start, pick_company, pick_role, spells_a_domain
from detector.texttime import duration_in, named_zones


def test_russian_and_kazakh_invitations() -> None:
    # "Приглашаем вас на техническое интервью на позицию «Финансовый аналитик»"
    found = signal_names("Приглашаем вас на техническое интервью на позицию «Финансовый аналитик»")
    assert {"interview word", "screen/round", "hiring process"} <= found
    # Kazakh "Сізді «Қаржылық талдаушы» лауазымына сұхбатқа шақырамыз"
    assert "interview word" in signal_names("«Қаржылық талдаушы» лауазымына сұхбатқа шақырамыз")
    # hh.kz's relay: "в 15:00 по времени Астаны, примерно 30 минут" (Kazakhstan is UTC+5 now)
    (iv,) = blind_case("b163-01")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 18, 10, tzinfo=UTC)
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=30)
    assert iv.company == "Zhetysu Capital"  # the domain's Latin name, not HeadHunter's
    (iv,) = blind_case("b163-06")
    assert iv.start.astimezone(UTC) == datetime(2026, 4, 28, 5, tzinfo=UTC)
    assert [p.email for p in iv.interviewers] == ["b.toleuov@akzhol-karzhy.example"]
    # a screen, then the director: "приглашаем вас на первичное интервью", "второй этап"
    first, second = sorted(blind_case("b163-09"), key=lambda i: i.start)
    assert first.role == second.role == "Главный аналитик управления финансового планирования"


def test_russian_times_and_zones() -> None:
    assert [str(z) for z in named_zones("11:00 по московскому времени")] == ["Europe/Moscow"]
    assert [str(z) for z in named_zones("10:00 по ташкентскому времени")] == ["Asia/Tashkent"]
    assert [str(z) for z in named_zones("16:00 (время Алматы)")] == ["Asia/Almaty"]
    assert duration_in("Формат: Zoom, примерно 30 минут") == timedelta(minutes=30)
    # Gmail's and Yandex's Russian quote headers write no verb
    assert has_quote_start("пн, 4 мая 2026 г. в 12:18, Aigerim Seitkali <a@example.com>:")
    assert has_quote_start('22.06.2026, 18:40, "Айгерим Сейткали" <a@example.com>:')
    # the move from Tuesday to Thursday, the quoted reply's stamp no interview
    (iv,) = blind_case("b163-07")
    assert iv.start.astimezone(UTC) == datetime(2026, 5, 14, 10, tzinfo=UTC)
    assert [p.email for p in iv.interviewers] == ["jasur.karimov@chorsu-fintech.example"]
    # "Интервью проведёт Кирилл Захаров (k.zakharov@...)"; the corrected Moscow time
    (iv,) = blind_case("b163-13")
    assert iv.start.astimezone(UTC) == datetime(2026, 6, 25, 8, tzinfo=UTC)
    assert [p.email for p in iv.interviewers] == ["k.zakharov@arktur-leasing.example"]


def test_russian_look_alikes() -> None:
    # a tender committee that interviews bidders; the owner on a panel for a junior analyst
    assert "internal meeting" in signal_names("Заседание тендерной комиссии: рассмотрение заявок")
    assert "user is the interviewer" in signal_names("собеседование с кандидатом Ерланом")
    for case in ("b163-15", "b163-21"):
        assert blind_case(case) == (), case
    # "Вопросы — мне на madina@...": the recruiter, not an interviewer
    (iv,) = blind_case("b163-02")
    assert "madina.zhaksylykova@steppe-commodities.example" not in {
        p.email for p in iv.interviewers
    }


def test_hebrew_weekday_letters_and_deadlines() -> None:
    # "קבענו ליום א׳ 7.6 בשעה 09:30, לשעה ורבע" after a home assignment due "עד יום ה׳ 28.5"
    (iv,) = blind_case("b161-05")
    assert iv.start.astimezone(UTC) == datetime(2026, 6, 7, 6, 30, tzinfo=UTC)
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=75)
    # a floating invite whose description says "(שעון ישראל)"
    (iv,) = blind_case("b161-13")
    assert iv.start.astimezone(UTC) == datetime(2026, 7, 8, 7, tzinfo=UTC)
    # "קבעתי מחדש את הראיון" after the interviewer's reserve duty: one cancelled, one booked
    assert sorted(i.status for i in blind_case("b161-12")) == ["cancelled", "scheduled"]


def test_hebrew_and_english_look_alikes() -> None:
    # a Comeet rejection naming the past interview; the owner's own intro call with an intern;
    # a deadline hold for a home assignment; an M.Sc. admissions interview
    assert "rejection" in signal_names("החלטנו להתקדם בשלב זה עם מועמדים אחרים")
    assert "user is the interviewer" in signal_names("שיחת היכרות עם מועמד לסטאז׳. אני מראיינת")
    assert "assessment" in signal_names("Deadline: Yarkon Fintech home assignment")
    assert "other interview types" in signal_names("הנך מוזמנת לראיון קבלה מול ועדת הקבלה")
    for case in ("b161-18", "b161-19", "b161-21", "b161-22"):
        assert blind_case(case) == (), case
    # "Congratulations on clearing the online assessment!" then the Teams interview
    assert "assessment" not in signal_names("Congratulations on clearing the online assessment!")
    assert len(blind_case("b162-04")) == 1
    # the founder's "Let's plan on 45 minutes" in the mail after the time was agreed
    (iv,) = blind_case("b161-08")
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=45)
    assert pick_role(["the panel interview for the Threat Hunter position"]) == "Threat Hunter"


def test_vietnamese() -> None:
    # TopCV's footer "Hủy đăng ký nhận thông báo" (unsubscribe) cancels nothing
    (iv,) = blind_case("b162-01")
    assert iv.status == "scheduled"
    assert (iv.role or "").startswith("Chuyên viên Phân tích Dữ liệu")
    # typed without marks: "chieu mai luc 15h30", "khoang 60 phut"; "Ben Nghe Foods" is benghe
    (iv,) = blind_case("b162-03")
    assert iv.start.astimezone(UTC) == datetime(2026, 3, 24, 8, 30, tzinfo=UTC)
    assert iv.end is not None and iv.end - iv.start == timedelta(minutes=60)
    assert spells_a_domain("Ben Nghe Foods", ["benghe-foods.example"])
    # a trial class; "gửi giúp chị 2–3 khung giờ em rảnh" (send me the times you are free)
    assert "training course" in signal_names("Xác nhận lịch học thử Power BI")
    assert "availability request" in signal_names("Em gửi giúp chị 2–3 khung giờ em rảnh")
    for case in ("b162-11", "b162-18"):
        assert blind_case(case) == (), case


def test_a_cyrillic_firm_without_a_corporate_domain() -> None:
    # only a job board's relay: the registered name in guillemets names the employer
    text = "Работодатель АО «Жетісу Капитал» приглашает вас на собеседование"
    assert pick_company([text], [], []) == ("Жетісу Капитал", "registered name with its legal form")
    assert pick_company(["«Ақжол Қаржы» ЖШС атынан"], [], [])[0] == "Ақжол Қаржы"
