"""Capabilities added in round 87 (session 25, after batch 99): Luganda and Tok Pisin clocks and
days; Ghana's and Queensland's clocks; the look-alikes and names the batch wrote in new ways."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from _detdata import blind_case, misread_times, signal_names

from detector.texttime import duration_in

EAT = timezone(timedelta(hours=3))
PNG = timezone(timedelta(hours=10))
WAT = timezone(timedelta(hours=1))
CST = timezone(timedelta(hours=-6))
MST = timezone(timedelta(hours=-7))


def test_luganda_counts_hours_from_sunrise() -> None:
    ref = datetime(2026, 10, 5, 16, 42)
    said = {
        "Nja kukukubira essimu enkya (Lwakubiri) ku ssaawa nnya ez'okumakya.": datetime(
            2026, 10, 6, 10
        ),
        "intervyu eno eri ku Lwakuna ku ssaawa nnya ez'okumakya.": datetime(2026, 10, 8, 10),
        "Mukono, ku ssaawa munaana ez'olweggulo.": datetime(2026, 10, 5, 14),
        "ku ssaawa nnya n'ekitundu ez'okumakya": datetime(2026, 10, 5, 10, 30),
    }
    assert misread_times(said, ref, EAT) == []
    (screen,) = blind_case("b339-01")
    assert screen.start == datetime(2026, 10, 6, 10, tzinfo=EAT)
    # "Only candidates who pass the written test will be invited for oral interviews"
    assert blind_case("b339-02") == ()
    # "conducted by our Chief Engineer, Eng. Ronald Okello (copied)"
    technical, _final = blind_case("b339-03")
    assert [p.email for p in technical.interviewers] == ["ronald.okello@mugabiroads.example"]


def test_tok_pisin() -> None:
    ref = datetime(2026, 10, 14, 17, 5)
    said = {
        "Mi laik mekim liklik intaviu wantaim yu long fon tumora long 10 klok long moning.": (
            datetime(2026, 10, 15, 10)
        ),
        "Taim: Mande 19 Oktoba long 2 klok long apinun": datetime(2026, 10, 19, 14),
    }
    assert misread_times(said, ref, PNG) == []
    assert duration_in("Em bai kisim 30 minit samting.") == timedelta(minutes=30)
    (screen,) = blind_case("b340-08")
    assert screen.start == datetime(2026, 10, 15, 10, tzinfo=PNG)
    # the flight the company books is no meeting: the interview stays at 2 in the afternoon
    (lae,) = blind_case("b340-17")
    assert lae.start == datetime(2026, 10, 23, 14, tzinfo=PNG)
    # a charter that leaves "every second Tuesday at 6:00am" is no interview either
    assert [iv.start for iv in blind_case("b340-12")] == [datetime(2026, 10, 29, 8, 30, tzinfo=PNG)]


def test_clocks_named_by_place() -> None:
    # "10:00am Ghana time" from "Ring Road Central, Accra" is UTC, not Chicago's Central
    (screen,) = blind_case("b338-01")
    assert screen.start == datetime(2026, 10, 6, 10, tzinfo=UTC)
    # "from 3:00pm to 3:45pm WAT – that is 2:00pm to 2:45pm your time": one slot on two clocks
    (final,) = blind_case("b338-13")
    assert final.start == datetime(2026, 11, 2, 15, tzinfo=WAT)
    # "11:00-11:20am AEST" from Brisbane in October is +10:00 (Sydney then keeps +11:00), and
    # "If either slot doesn't work" offers no choice
    screen, technical = blind_case("b340-03")
    assert screen.start == datetime(2026, 10, 7, 11, tzinfo=PNG)
    assert technical.start == datetime(2026, 10, 12, 14, tzinfo=PNG)


def test_look_alikes() -> None:
    assert "non-job meeting" in signal_names("our 2026 Annual Harvest and Thanksgiving Service")
    assert "reference check" not in signal_names("This is the last step before reference checks.")
    assert "onboarding" not in signal_names("how many orientation shifts travelers get")
    # a church harvest is no interview; a final before reference checks is one
    assert blind_case("b338-14") == ()
    (final,) = blind_case("b340-15")
    assert final.start == datetime(2026, 10, 20, 15, tzinfo=PNG)


def test_nurse_hiring() -> None:
    # "Interview: Danielle Okafor-Reyes - RN, 7 West MICU (Nights)": an RN's interview
    (manager,) = blind_case("b341-04")
    assert [p.email for p in manager.interviewers] == ["karen.whitfieldosei@lakeshoremed.example"]
    # a travel recruiter's "wants to do a quick phone interview tomorrow at 1:00 PM Mountain"
    (call,) = blind_case("b341-07")
    assert call.start == datetime(2026, 10, 14, 13, tzinfo=CST)
    assert call.role is None  # not "Manager wants to talk tomorrow!"
    # the phone screen booked in forwarded texts ("[Mon 10/26 5:11 PM] Sonoran Valley Health:
    # You're scheduled!"), then the manager's Teams interview
    screen, manager = blind_case("b341-14")
    assert screen.start == datetime(2026, 10, 29, 10, tzinfo=MST)
    assert manager.start == datetime(2026, 11, 5, 8, 30, tzinfo=MST)
    # "Shauna Petrakis and Kofi Mensah-Baird (both nights, copied here) can do November 9"
    (peer,) = blind_case("b341-18")
    assert {p.email for p in peer.interviewers} == {
        "spetrakis@prairiegrovehealth.example",
        "kmensahbaird@prairiegrovehealth.example",
    }
    assert peer.start == datetime(2026, 11, 9, 14, tzinfo=CST)
