"""Where a phone number rings: its time zone, from Google's libphonenumber data.

A mail stamped in UTC (Google Voice texts, some webmail and ATS relays) says nothing of where
its writer is; the number they sign with often does: "+358 40 555 0192" rings in Helsinki,
"(419) 555-0148" in Ohio. ``phonenumbers`` (the Python port of libphonenumber) maps a number's
country and area code to its zones, which a hand-kept table of calling codes could only do for
countries with one zone.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from phonenumbers import timezone as number_zones

# "+27 14 555 0122", "+1 (312) 555-0100"
_INTERNATIONAL = re.compile(r"(?<![\w+])(\+\s?\d[\d ().-]{6,})")
# the North American way, without the country code: "(419) 555-0148", "901-555-0172"
# (not "0917 555 0142", a Philippine mobile, nor a longer run of digits)
_NORTH_AMERICAN = re.compile(r"(?<![\d+])(\(?[2-9]\d\d\)?[ .-]?[2-9]\d\d[ .-]\d{4})(?![\d-])")
# a winter and a summer day: zones that agree on both keep the same clock
_PROBES = (datetime(2026, 1, 15, 12), datetime(2026, 7, 15, 12))


@lru_cache(maxsize=4096)
def _zone_of(number: str) -> tzinfo | None:
    """The one clock ``number`` (in international form) rings in, if its data name one."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    zones: list[ZoneInfo] = []
    for name in number_zones.time_zones_for_number(parsed):
        try:
            zones.append(ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            continue  # "Etc/Unknown"
    if not zones:
        return None
    # Finland's numbers name Helsinki and Mariehamn: one clock, so one zone
    clocks = {tuple(probe.replace(tzinfo=z).utcoffset() for probe in _PROBES) for z in zones}
    return zones[0] if len(clocks) == 1 else None


def phone_zones(text: str) -> list[tzinfo]:
    """The zones of the international numbers ``text`` writes ("+358 40 555 0192": Helsinki),
    each where its country or area has one clock."""
    found = (_zone_of(re.sub(r"[^\d+]", "", m.group(1))) for m in _INTERNATIONAL.finditer(text))
    return [z for z in found if z is not None]


def north_american_zones(text: str) -> list[tzinfo]:
    """The zones of the numbers ``text`` writes the North American way ("(419) 555-0148"),
    read only where the writer signs: the same digits elsewhere may be anything."""
    found = (_zone_of("+1" + re.sub(r"\D", "", m.group(1))) for m in _NORTH_AMERICAN.finditer(text))
    return [z for z in found if z is not None]
