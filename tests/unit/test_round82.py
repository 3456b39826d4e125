"""Capabilities added in round 82 (session 24, the first contact with blind322-325): Somali and
Malagasy mail, a Lagos Big Four firm, a Seattle engineer's loops."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from _detdata import blind_case, misread_times, signal_names

from detector.extract import pick_company

EAT = timezone(timedelta(hours=3))


def test_malagasy_clocks_and_days() -> None:
    # "rahampitso amin'ny 2 ora tolakandro" (tomorrow at 2 in the afternoon), "Alarobia 21
    # Oktobra 2026, amin'ny 9 ora maraina ka hatramin'ny 10 ora sy sasany" (9 to 10:30)
    ref = datetime(2026, 10, 5, 16, 42)
    said = {
        "hiantso anao aho rahampitso amin'ny 2 ora tolakandro": datetime(2026, 10, 6, 14),
        "ny Alarobia 21 Oktobra 2026, amin'ny 9 ora maraina": datetime(2026, 10, 21, 9),
        "Talata 20 Oktobra 2026 amin'ny 3 ora tolakandro": datetime(2026, 10, 20, 15),
        "Alakamisy 12 Novambra 2026, 9 ora sy 45": datetime(2026, 11, 12, 9, 45),
    }
    assert misread_times(said, ref, EAT) == []
    (iv,) = blind_case("b324-01")
    # "Tsy hihoatra ny 30 minitra" (no longer than 30 minutes): "2 ora" is the hour, no length
    assert (iv.start, iv.end) == (
        datetime(2026, 10, 6, 14, tzinfo=EAT),
        iv.start + timedelta(minutes=30),
    )
    # the post in quotes and its French twin in brackets; "hiantso anao aho" (I will call you)
    assert iv.role == "Ingénieur Réseau IP/MPLS"
    assert [p.email for p in iv.interviewers] == ["voahangy.randrianarisoa@tsaratel.example"]


def test_malagasy_interview_words() -> None:
    # "fanadinana am-bava" (an oral examination) and "resadresaka" are the interview; a
    # convocation to "fanadinana an-tsoratra" (the written one) is a test
    assert "interview word" in signal_names("manasa anao hanatrika fanadinana am-bava")
    assert "assessment" in signal_names("manasa anao hanatrika ny fanadinana an-tsoratra")
    assert "assessment" not in signal_names("nahomby tamin'ny fanadinana an-tsoratra natao")
    (iv,) = blind_case("b324-09")
    assert (iv.start, iv.end) == (
        datetime(2026, 10, 21, 9, tzinfo=EAT),
        datetime(2026, 10, 21, 10, 30, tzinfo=EAT),
    )
    assert blind_case("b324-05") == ()


def test_somali_clocks_and_words() -> None:
    ref = datetime(2026, 10, 5, 15, 42)
    said = {
        "berri, Talaado, saacadda 10:00 subaxnimo": datetime(2026, 10, 6, 10),
        "Arbaco, 21 Oktoobar 2026 4-ta galabnimo": datetime(2026, 10, 21, 16),
        "Isniin, 2 Nofeembar 2026, saacadda 3:00 galabnimo": datetime(2026, 11, 2, 15),
        "Khamiista, 29 Oktoobar 2026, saacadda 8:00 fiidnimo": datetime(2026, 10, 29, 20),
    }
    assert misread_times(said, ref, EAT) == []
    (iv,) = blind_case("b323-01")
    assert (iv.start, iv.end) == (
        datetime(2026, 10, 6, 10, tzinfo=EAT),
        datetime(2026, 10, 6, 10, 30, tzinfo=EAT),
    )
    # a radio's "wareysi toos ah", a contract signing that is "Ma aha wareysi", a fee to book
    # the interview on Telegram
    for case in ("b323-20", "b323-14", "b323-24", "b323-18"):
        assert blind_case(case) == (), case


def test_panel_listed_under_somali_heading() -> None:
    # "Guddiga:" (the panel) over two lines with addresses, each person keeping their name
    _screen, panel = blind_case("b323-12")
    assert [(p.name, p.email) for p in panel.interviewers] == [
        ("Sakariye Axmed Good", "sakariye.good@horseedconsult.example"),
        ("Ayaan Muuse Cali", "ayaan.cali@horseedconsult.example"),
    ]


def test_floating_invite_in_the_zone_its_text_names() -> None:
    # DTSTART:20261106T150000 with no zone; "Time: 15:00-15:45 Mauritius time"
    (iv,) = blind_case("b324-18")
    assert iv.start == datetime(2026, 11, 6, 11, tzinfo=UTC)


def test_national_arm_domain() -> None:
    # hkpng is "HKP Nigeria": the name, then the country's code
    body = "Kind regards,\n\nChinedu Okafor\nExperienced Hire Recruitment\nHKP Nigeria"
    assert pick_company([body], ["hkpng.example"], [])[0] == "HKP Nigeria"
    assert pick_company([body], ["hkpgh.example"], [])[0] != "HKP Nigeria"


def test_two_rounds_in_one_itinerary_keep_their_own_people() -> None:
    # "1) Technical Pairing ... With: Nate", "2) Founder Chat ... With: Lena", two invites
    pairing, chat = blind_case("b325-14")
    assert [p.email for p in pairing.interviewers] == ["nate@bluebonnetlabs.example"]
    assert [p.email for p in chat.interviewers] == ["lena@bluebonnetlabs.example"]


def test_roles() -> None:
    # a UN job opening's number, then the title; a loop session's subject is no job; the
    # French "Entretien final avec le Directeur Général" names who, not the job
    (iv,) = blind_case("b323-02")
    assert iv.role == "Health Information Management Officer (P-3)"
    (iv,) = blind_case("b325-18")
    assert iv.role is None
    (iv,) = blind_case("b324-16")
    assert iv.role is None
