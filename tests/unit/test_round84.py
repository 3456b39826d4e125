"""Capabilities added in round 84 (session 24, the first contact with blind330-333): Yoruba mail
in any spelling of its marks, a teacher's demonstration rounds, South African and US public-sector
look-alikes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from _detdata import blind_case, misread_times, signal_names

from detector.letters import toneless

WAT = timezone(timedelta(hours=1))


def test_toneless_spellings() -> None:
    # "Ọ̀wàrà" with combining marks, "Ọwara" with the dot only, "Owara" plain: one month
    pattern = re.compile(toneless("owara"), re.I)
    for spelling in ("Ọ̀wàrà", "Ọwara", "Owara", "ọ̀wàrà"):
        assert pattern.fullmatch(spelling), spelling
    assert not pattern.fullmatch("Owerri")


def test_yoruba_clocks_and_days() -> None:
    ref = datetime(2026, 10, 13, 10)
    said = {
        "ní ọ̀la, Ọjọ́rú, ní agogo mẹ́wàá òwúrọ̀": datetime(2026, 10, 14, 10),
        "ní Ọjọ́bọ̀, 22 Ọ̀wàrà, ní agogo méjì ọ̀sán": datetime(2026, 10, 22, 14),
        "Ọjọ́ Ẹtì, 23 Ọ̀wàrà 2026, ní agogo mọ́kànlá òwúrọ̀": datetime(2026, 10, 23, 11),
    }
    assert misread_times(said, ref, WAT) == []
    # "Ola" alone is a name, not tomorrow
    assert (
        misread_times({"Ola will call at 3pm on 22 Ọ̀wàrà": datetime(2026, 10, 22, 15)}, ref, WAT)
        == []
    )


def test_yoruba_interviews() -> None:
    # "ìfọ̀rọ̀wánilẹ́nuwò" (an interview) written without its marks, "5 Owara 2026, ni agogo
    # merin irole (4:00pm)"
    (iv,) = blind_case("b331-01")
    assert iv.start == datetime(2026, 10, 5, 16, tzinfo=WAT)
    # "Ẹ yege nínú ìdánwò àkọsílẹ̀" (you passed the written test), then the demonstration lesson
    (iv,) = blind_case("b331-08")
    assert iv.start == datetime(2026, 10, 14, 10, tzinfo=WAT)
    # a call to the written test, where "kò sí ìfọ̀rọ̀wánilẹ́nuwò" (there is no interview); a PTA
    # meeting at the owner's own school
    assert blind_case("b331-04") == ()
    assert blind_case("b331-12") == ()


def test_teaching_demonstrations() -> None:
    # "Stage 2 - Facilitation session ... a segment of a teacher workshop on phonics", and a
    # Calendar event's "Demo tutoring session": rounds, not a workshop's or a vendor's demo
    stage_two, _stage_three = blind_case("b331-14")
    assert stage_two.start == datetime(2026, 11, 3, 10, tzinfo=UTC)
    (iv,) = blind_case("b331-21")
    assert iv.start == datetime(2026, 11, 12, 10, tzinfo=timezone(timedelta(hours=-5)))


def test_public_sector_look_alikes() -> None:
    # "Exam Seat Confirmation ... Written Merit Examination"; a residents' meeting whose members
    # "will interview the two candidates for Treasurer"; a church braai
    assert blind_case("b332-08") == ()
    assert blind_case("b332-18") == ()
    assert blind_case("b330-12") == ()
    assert "non-job meeting" in signal_names("Bring your own meat for the braai")


def test_itinerary_row_names_the_interview() -> None:
    # "11:30 - 12:15  HR and values interview with me" makes the itinerary a timetable, whose
    # flights do not make it a travel booking: the onsite starts at the first session
    (iv,) = blind_case("b330-15")
    assert iv.start == datetime(2026, 11, 3, 7, tzinfo=UTC)
