"""Duration strings such as ``"24h"``, ``"1d 12h"`` or ``"90m"`` <-> :class:`datetime.timedelta`.

Written by hand on purpose. The candidates on PyPI were checked: ``durations`` (last release
2014) is unmaintained; ``pytimeparse2`` returns ``None`` on bad input with no reason and accepts
clock forms like ``"1:30"`` that are ambiguous in a config file; ``isodate`` (and pydantic's own
``timedelta``) only speaks ISO 8601 (``P1DT12H``), which users do not write by hand. The grammar
needed here is one regular expression, and owning it lets every error say what was wrong.
"""

from __future__ import annotations

import re
from datetime import timedelta

_UNIT_SECONDS: dict[str, int] = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
_UNIT_ALIASES: dict[str, str] = {
    "w": "w", "wk": "w", "wks": "w", "week": "w", "weeks": "w",
    "d": "d", "day": "d", "days": "d",
    "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "m": "m", "min": "m", "mins": "m", "minute": "m", "minutes": "m",
    "s": "s", "sec": "s", "secs": "s", "second": "s", "seconds": "s",
}  # fmt: skip
_PART = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*,?", re.IGNORECASE)

DURATION_HINT = 'use a number and a unit, e.g. "24h", "1d 12h", "90m"'
DURATION_PATTERN = r"^\s*(\d+(\.\d+)?\s*[A-Za-z]+\s*,?\s*)+$"
"""A loose pattern for the JSON schema (editors); :func:`parse_duration` is the real check."""


def parse_duration(text: str) -> timedelta:
    """Parse ``"1d 12h"``-style text into a timedelta.

    Units: w, d, h, m, s (and their English words). Each unit at most once; decimals allowed
    (``"1.5h"``). Raises :class:`ValueError` with a one-line message naming the bad text.
    """
    problem = f'invalid duration "{text}" ({DURATION_HINT})'
    pos = 0
    seen: set[str] = set()
    total = 0.0
    stripped = text.strip()
    if not stripped:
        raise ValueError(problem)
    while pos < len(stripped):
        match = _PART.match(stripped, pos)
        if match is None:
            raise ValueError(problem)
        unit = _UNIT_ALIASES.get(match.group(2).lower())
        if unit is None:
            raise ValueError(f'invalid duration "{text}" (unknown unit "{match.group(2)}")')
        if unit in seen:
            raise ValueError(f'invalid duration "{text}" (unit "{unit}" given twice)')
        seen.add(unit)
        total += float(match.group(1)) * _UNIT_SECONDS[unit]
        pos = match.end()
    return timedelta(seconds=total)


def format_duration(value: timedelta) -> str:
    """The shortest ``"1d 12h"``-style text for ``value`` (``"0s"`` for zero).

    Round-trips through :func:`parse_duration` for whole seconds; used to write defaults into
    the generated example config and JSON schema.
    """
    seconds = round(value.total_seconds())
    if seconds == 0:
        return "0s"
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    parts: list[str] = []
    for unit in ("d", "h", "m", "s"):  # no weeks: "14d" reads better than "2w" in a config
        count, seconds = divmod(seconds, _UNIT_SECONDS[unit])
        if count:
            parts.append(f"{count}{unit}")
    return sign + " ".join(parts)
