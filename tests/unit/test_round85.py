"""Capabilities added in round 85 (session 24, after batch 97): Hausa clocks and dates, and the
clock of mail written in a language spoken on one clock all year."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from _detdata import blind_case, misread_times

from detector.texttime import named_zones, sender_zone

WAT = timezone(timedelta(hours=1))


def test_hausa_clocks_and_dates() -> None:
    ref = datetime(2026, 10, 12, 10)
    said = {
        "Ranar Laraba, 21 ga Oktoba, 2026 da karfe 10 na safe": datetime(2026, 10, 21, 10),
        "gajeriyar hira ta waya gobe da karfe 2 na rana": datetime(2026, 10, 13, 14),
        "Ranar Litinin, 2 ga Nuwamba, 2026 da karfe 11 na safe": datetime(2026, 11, 2, 11),
        "Lokaci: Ranar Alhamis, 22 ga Oktoba da karfe 4 na yamma": datetime(2026, 10, 22, 16),
    }
    assert misread_times(said, ref, WAT) == []


def test_one_clock_language_keeps_its_offset() -> None:
    # a +01:00 Date on Hausa mail in October is West Africa's (no daylight saving), so its
    # "karfe 11 na safe" on 2 November stays at +01:00, not London's winter +00:00
    sent = datetime(2026, 10, 22, 15, 37, tzinfo=WAT)
    hausa = "Muna gayyatar ki zuwa hirar karshe da karfe 11 na safe"
    zone = sender_zone(sent, named=named_zones(hausa))
    assert datetime(2026, 11, 2, 11, tzinfo=zone).utcoffset() == timedelta(hours=1)
    # English from the same offset keeps the common reading (London's summer time)
    assert sender_zone(sent, named=named_zones("See you at 11")) == ZoneInfo("Europe/London")
    # the Hausa final, read in the mail and the invite, ends when the invite does
    (iv,) = blind_case("b326-16")
    assert (iv.start, iv.end) == (
        datetime(2026, 11, 2, 11, tzinfo=WAT),
        datetime(2026, 11, 2, 11, 45, tzinfo=WAT),
    )
